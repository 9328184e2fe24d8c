import { colorEnabled, createBuildReporter, formatError, palette, readingLine, type Streams } from '../cli/terminal.js';
import type { Verbosity } from '../model/verbosity.js';
import type { DeckPreview } from './preview-render.js';
import type { WatchEvent } from './watch.js';

/**
 * Turns watch events into terminal lines: the address once, a line per re-rendered deck with its
 * time, content errors as `error: file:line: …` on stderr, and the background builds' outputs.
 */
export function createWatchReporter(streams: Streams, verbosity: Verbosity, opts: { debug?: boolean } = {}): (e: WatchEvent) => void {
  const builds = createBuildReporter(streams, verbosity, opts);
  const o = palette(colorEnabled(streams.out));
  const c = palette(colorEnabled(streams.err));
  const say = (line: string) => verbosity !== 'quiet' && streams.out.write(`${line}\n`);
  const fail = (text: string) => streams.err.write(`${c.red(`error: ${text}`)}\n`);
  // A file left out as no deck is a warning, written as the build writes its warnings.
  const problemOf = (p: DeckPreview) =>
    p.leftOut ? streams.err.write(`${p.error!.replace(/^([^:]+:\d+): /, `$1: ${c.yellow('warning')}: `)}\n`) : fail(p.error!);
  // What each deck held, printed when first served and again only when a save changed it.
  const reads = new Map<string, string>();
  const sayRead = (p: DeckPreview) => {
    if (!p.read || reads.get(p.file) === p.read) return;
    reads.set(p.file, p.read);
    say(`    ${o.dim(readingLine(p.read))}`);
  };

  return (e) => {
    switch (e.type) {
      case 'listening': {
        const n = e.previews.length;
        say(`${o.bold('studyguide watch')}: ${n} deck${n === 1 ? '' : 's'} at ${o.green(e.url)} ${o.dim('(Ctrl-C to stop)')}`);
        for (const p of e.previews) {
          if (p.error) problemOf(p);
          else {
            say(`  ${o.bold(p.slug)} ${o.dim(`→ ${e.url}${p.slug}/guide.html`)}`);
            sayRead(p);
          }
        }
        break;
      }
      case 'preview':
        if (e.preview.error) problemOf(e.preview);
        else {
          say(`  ${e.preview.slug}: guide.html ${o.dim(`${Math.round(e.preview.ms)} ms, after ${e.changed} changed`)}`);
          sayRead(e.preview);
        }
        break;
      case 'removed':
        say(`  ${e.file} is gone; no longer served`);
        break;
      case 'pdf-start':
        builds.detail(`printing PDFs (${e.files.join(', ') || 'all decks'})`);
        break;
      case 'build':
        builds.event(e.event);
        break;
      case 'pdf-done':
        if (e.built.length) say(`  ${o.green('✓')} PDFs up to date ${o.dim(`(${(e.ms / 1000).toFixed(1)} s)`)}`);
        break;
      case 'problem':
        streams.err.write(`${c.red(formatError(e.error, opts.debug))}\n`);
        break;
    }
  };
}
