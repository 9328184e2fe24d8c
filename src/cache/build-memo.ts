import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildEvent, BuildOptions, BuildResult } from '../model/build-options.js';
import type { BuildContext } from '../build.js';
import { findDeckFiles, slugFromFile } from '../content/deck-files.js';
import { assetDirs } from '../render/assets.js';
import { buildFingerprint, deckKey, stableJson } from './cache-inputs.js';
import { readFreshRecord, sha256, writeRecord, type CacheRecord, type WrittenFile } from './cache-record.js';
import { LOCK_FILE, lockOutputFolder } from '../build-lock.js';
import type { CommandRecord } from './command-record.js';
import { outAmongDecks } from '../out-among-decks.js';

/** What a remembered build replays: its events (outputs relative to out/) and its result. */
interface Memo {
  events: BuildEvent[];
  result: BuildResult;
  /** The command line that ran it, so that line can start without its parser next time. */
  command?: CommandRecord;
}

/**
 * A build that answers from memory when nothing changed: every deck, option, template, style
 * and our code hash as in the last successful build into the same out/, and every file it wrote
 * is intact. That check needs neither the markdown pipeline nor a browser, so build.js (and all
 * it imports) is only loaded when something has to be built. The browser session is the
 * caller's (the command's): it is lent to the build, never started here.
 */
export async function buildUnlessFresh(
  opts: BuildOptions,
  emit: (e: BuildEvent) => void,
  context: BuildContext,
  command?: CommandRecord,
): Promise<BuildResult> {
  const outDir = path.resolve(opts.outDir);
  const unlock = await lockOutputFolder(outDir, (message) =>
    emit({ type: 'warning', diagnostic: { file: path.join(outDir, LOCK_FILE), line: 1, severity: 'warning', code: 'output-locked', message } }),
  );
  try {
    return await buildLocked(opts, outDir, emit, context, command);
  } finally {
    await unlock();
  }
}

async function buildLocked(
  opts: BuildOptions,
  outDir: string,
  emit: (e: BuildEvent) => void,
  context: BuildContext,
  command?: CommandRecord,
): Promise<BuildResult> {
  const { key, files } = await buildKey(opts);
  emit({ type: 'decks', files });
  // Said on every build, a no-op one too: it is about where this command writes, not about a deck.
  const among = await outAmongDecks(opts.outDir, opts.paths, opts.recursive);
  if (among) emit({ type: 'warning', diagnostic: among });
  if (opts.cache !== false) {
    const memo = await readFreshRecord<Memo>(outDir, key);
    if (memo) {
      // Another command line came to the same build: it is the one to recall next time.
      if (command && stableJson(memo.extra.command) !== stableJson(command)) await rewrite(outDir, memo, command);
      return replay(memo.extra, outDir, emit);
    }
  }
  // Something is built: the parser's thread loads the markdown stack while build.js and all it
  // imports load here (the bundled build handed its first deck over, then waited for the thread).
  const { buildParser } = await import('../parse-thread/parse-off-thread.js');
  const parser = context.parser ?? buildParser(context.parseLimits);
  parser.warm();
  try {
    const { build } = await import('../build.js');
    const events: BuildEvent[] = [];
    const result = await build(opts, (e) => (events.push(e), emit(e)), { ...context, parser });
    if (result.failed.length === 0) await remember(outDir, key, events, result, command);
    return result;
  } finally {
    // Ended here too: a build that stops before its first deck (an unreadable --only-ids list) never reaches its own close.
    await parser.close();
  }
}

/** Hash of the deck list, each deck's key and the build fingerprint; and the deck list. */
async function buildKey(opts: BuildOptions): Promise<{ key: string; files: string[] }> {
  const files = await findDeckFiles(opts.paths, opts);
  const dirs = assetDirs(opts);
  const fingerprint = await buildFingerprint(opts, [...dirs.templates, ...dirs.styles]);
  const decks = await Promise.all(files.map(async (f) => [path.resolve(f), await deckKey(f, fingerprint)]));
  return { key: sha256(stableJson({ fingerprint, decks })), files };
}

/** Emits the remembered outputs as unchanged; warnings are not printed again, each deck's first file carries their count. */
function replay(memo: Memo, outDir: string, emit: (e: BuildEvent) => void): BuildResult {
  const warnings = new Map<string, number>();
  const decks = new Set(memo.events.flatMap((e) => (e.type === 'output' ? [e.deck] : [])));
  // A warning of a folder deck's file (folder-deck.ts) counts for the deck named after its folder.
  const deckOf = (file: string) => (decks.has(slugFromFile(file)) ? slugFromFile(file) : slugFromFile(path.dirname(file)));
  for (const e of memo.events) if (e.type === 'warning') warnings.set(deckOf(e.diagnostic.file), (warnings.get(deckOf(e.diagnostic.file)) ?? 0) + 1);
  for (const e of memo.events) {
    if (e.type !== 'output') continue;
    const count = warnings.get(e.deck);
    warnings.delete(e.deck);
    emit({ ...e, file: path.join(outDir, e.file), ms: 0, cached: true, ...(count ? { warnings: count } : {}) });
  }
  return memo.result;
}

/** Records the build's outputs (as this build wrote them: see writeRecord), its warnings and its command line. */
async function remember(outDir: string, key: string, events: BuildEvent[], result: BuildResult, command?: CommandRecord): Promise<void> {
  const outputs = events.filter((e): e is Extract<BuildEvent, { type: 'output' }> => e.type === 'output');
  const files = await Promise.all(
    outputs.map(async (e): Promise<WrittenFile> =>
      e.sha256 ? { path: e.file, sha256: e.sha256, bytes: e.bytes, pages: e.pages } : { path: e.file, data: await readFile(e.file), pages: e.pages },
    ),
  );
  const kept = events.flatMap((e): BuildEvent[] => (e.type === 'output' ? [{ ...e, file: path.relative(outDir, e.file) }] : e.type === 'warning' ? [e] : []));
  await writeRecord<Memo>(outDir, key, files, { events: kept, result, command });
}

/** The same record with another command line. */
async function rewrite(outDir: string, memo: CacheRecord<Memo>, command: CommandRecord): Promise<void> {
  const files = memo.files.map((f): WrittenFile => ({ path: path.join(outDir, f.name), sha256: f.sha256, bytes: f.bytes, pages: f.pages, stat: f.stat }));
  await writeRecord<Memo>(outDir, memo.key, files, { ...memo.extra, command });
}
