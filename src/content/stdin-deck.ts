import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { BuildEvent } from '../model/build-options.js';
import { StudyguideError } from '../errors.js';
import { slugFromFile } from './deck-files.js';
import { MAX_DECK_BYTES } from './read-input.js';
import { makeTempFolder } from '../temp-folder.js';

/** The path that stands for standard input (`studyguide build -`). */
export const STDIN_PATH = '-';

/** How messages name the deck read from standard input. */
export const STDIN_NAME = '<stdin>';

/** A build event with the saved stdin deck's temporary path shown as `<stdin>`. */
export function nameStdin(e: BuildEvent, file: string): BuildEvent {
  if (e.type === 'decks') return { ...e, files: e.files.map((f) => (f === file ? STDIN_NAME : f)) };
  if (e.type === 'warning' && e.diagnostic.file === file) return { ...e, diagnostic: { ...e.diagnostic, file: STDIN_NAME } };
  if (e.type === 'deck-failed' && e.error instanceof StudyguideError && e.error.file === file) {
    const { message, kind, code, hint, line } = e.error;
    return { ...e, file: STDIN_NAME, error: new StudyguideError(message, { kind, code, hint, line, file: STDIN_NAME }) };
  }
  return e;
}

/** An error that stopped the whole build, with the saved stdin deck's temporary path shown as `<stdin>` wherever it names it. */
export function nameStdinError(error: unknown, file: string): unknown {
  if (!(error instanceof StudyguideError) || !(error.file === file || error.message.includes(file))) return error;
  const { kind, code, hint, line } = error;
  const named = error.file === file ? STDIN_NAME : error.file;
  // Two decks for one output folder: the standard input's is renamed with --name.
  const more = error.message.includes(file) ? `${hint}, or name the deck from standard input with --name` : hint;
  return new StudyguideError(error.message.split(file).join(STDIN_NAME), { kind, code, hint: more, line, file: named });
}

/** A check result with the saved stdin deck's temporary path shown as `<stdin>`. */
export function nameStdinResult<R extends { files: string[]; decks: { file: string }[]; findings: { file: string }[] }>(result: R, file: string): R {
  const name = (f: string) => (path.resolve(f) === path.resolve(file) ? STDIN_NAME : f);
  return { ...result, files: result.files.map(name), decks: result.decks.map((d) => ({ ...d, file: name(d.file) })), findings: result.findings.map((f) => ({ ...f, file: name(f.file) })) };
}

/**
 * Reads a stream's bytes up to the deck size limit. Stops there: a stream that never ends
 * (`yes | studyguide check -`) was read until memory ran out. Bytes, not text, so a deck not
 * saved as UTF-8 is refused when read as a file would be, not changed into replacement marks.
 */
async function readStream(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_DECK_BYTES) throw new StudyguideError(`standard input is over the ${MAX_DECK_BYTES / 1048576} MB limit for a deck`, { file: STDIN_NAME, hint: 'split it into several decks' });
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * The YAML parser, loaded when a deck is read from standard input: this module loads with every
 * command line (cli.ts), and the parser was a sixth of `--help`'s start-up.
 */
const yamlParse = (): (typeof import('yaml'))['parse'] => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;

/** A deck's output folder name: `name` when given, else its front-matter title, else its `# ` title, else `stdin`. */
export function stdinSlug(text: string, name?: string): string {
  if (name) return slugFromFile(`${name}.md`);
  const front = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  let title: unknown;
  try {
    title = front ? (yamlParse()(front[1], { logLevel: 'silent' }) as Record<string, unknown> | null)?.title : undefined;
  } catch {
    title = undefined; // the build reports broken front matter at its line
  }
  if (typeof title !== 'string' || !title.trim()) title = /^#[ \t]+(.+?)[ \t#]*$/m.exec(front ? text.slice(front[0].length) : text)?.[1];
  return typeof title === 'string' && title.trim() ? slugFromFile(`${title}.md`) : 'stdin';
}

/**
 * Saves the deck read from standard input as `<slug>.md` in a temporary folder, so it builds like
 * any deck file; `remove` deletes the folder afterwards. Relative image paths in such a deck have
 * no folder to resolve from: use absolute paths or a deck file.
 */
export async function saveStdinDeck(stream: AsyncIterable<Buffer | string> & { isTTY?: boolean }, name?: string): Promise<{ file: string; remove: () => Promise<void> }> {
  if (stream.isTTY) throw new StudyguideError('"-" reads a deck from standard input, but none is piped in', { hint: 'pipe a deck in: cat deck.md | studyguide build -' });
  const bytes = await readStream(stream);
  const text = bytes.toString('utf8');
  if (!text.trim()) throw new StudyguideError('standard input is empty', { file: STDIN_NAME, hint: 'pipe a deck in: cat deck.md | studyguide build -' });
  const dir = await makeTempFolder('studyguide-stdin-', 'a folder for the deck read from standard input');
  const file = path.join(dir, `${stdinSlug(text, name)}.md`);
  await writeFile(file, bytes);
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}
