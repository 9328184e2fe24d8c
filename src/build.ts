import path from 'node:path';
import { readDeckBytes } from './content/read-deck.js';
import { buildParser, type ParseThread, type ParseLimits } from './parse-thread/parse-off-thread.js';
import { findDeckFiles, slugFromFile } from './content/deck-files.js';
import { deckUnits, folderGroups, type FolderGroup } from './content/folder-deck.js';
import { prepareDeck, prepareFolder, readFolder, type Prepared } from './prepare-deck.js';
import { allQuestions, type Deck, type Diagnostic } from './model/deck.js';
import type { PrintFacts } from './model/print-facts.js';
import type { BuildEvent, BuildOptions, BuildResult } from './model/build-options.js';
import { assetDirs } from './render/assets.js';
import { themeImportWarnings } from './render/theme-imports.js';
import { unreadTemplateWarnings } from './render/unread-templates.js';
import { BrowserSession } from './print/browser-session.js';
import { outputPath, writeOutputs } from './output.js';
import { abortedError, contentError, StudyguideError } from './errors.js';
import { BuildCache } from './cache/cache.js';
import { sha256 } from './cache/cache-record.js';
import { runSteps } from './outputs/run-steps.js';
import { eachLimited } from './each-limited.js';
import type { DeckContext } from './outputs/output.js';
import { findKeyLine, wantsOutput } from './config/config.js';
import { readFile } from 'node:fs/promises';
import type { IndexEntry } from './outputs/index-page.js';
import { loadSteps, OUTPUT_NAMES, printsAnything } from './outputs/steps.js';
import { combineDecks, COMBINED_SLUG } from './content/combine-decks.js';
import { findSharedIds, type NoteIdIndex } from './check/shared-ids.js';
import { addGraphics } from './render/deck-graphics.js';
import { fontCoverageWarnings, labelCoverageWarning } from './render/font-coverage.js';
import { deckLabels } from './model/question-label.js';
import { fontFamilyWarnings } from './render/font-families.js';
import { systemFaceHint } from './render/system-face-hint.js';
import { DiagramDrawer, diagramStore } from './print/draw-diagrams.js';
import type { AssetDirs } from './render/assets.js';
import { BROWSER_CONCURRENCY } from './model/concurrency.js';
import { readingSummary } from './content/layouts/summary.js';
import { unmadeOutputsWarning } from './outputs/unmade-outputs.js';
import { noAnswersWarning } from './outputs/no-answers.js';
import { warmOutputs } from './outputs/warm-outputs.js';
import { mark, scopeDeck, span } from './timeline.js';

/** The output steps, in the order they run (the guide first: cards cite its page numbers). */

/** What the command that runs a build lends it: the browser session it created (and disposes). */
export interface BuildContext {
  session: BrowserSession;
  /** Stops the build between steps and closes the browser at once (the API's `signal`). */
  signal?: AbortSignal;
  /** A drawer lent by the caller (drawing in `session`): builds that share it draw each diagram once. */
  drawer?: DiagramDrawer;
  /**
   * The decks' parse limits, when the caller sets its own (the tests' shared builds parse in
   * place); else the environment's (STUDYGUIDE_PARSE_*), read as the build starts.
   */
  parseLimits?: ParseLimits;
  /** The parser, when the caller started its thread early (build-memo.ts); the build ends it. */
  parser?: ParseThread;
}

/** The recipe: find decks → parse → render + print each output → write atomically. */
export async function build(opts: BuildOptions, report: (e: BuildEvent) => void = () => {}, context: BuildContext): Promise<BuildResult> {
  mark('build start');
  const files = await findDeckFiles(opts.paths, opts);
  const dirs = assetDirs(opts);
  const cache = await BuildCache.open(opts, [...dirs.templates, ...dirs.styles]);
  // A folder of one-question files is one deck (content/folder-deck.ts); its key hashes them all.
  const groups = await folderGroups(opts.paths, files, async (f) => (await cache.bytesOf(f))?.toString('utf8'));
  for (const g of groups) cache.addFolder(g.folder, [...g.files, ...g.indexes]);
  const groupOf = new Map(groups.map((g) => [g.folder, g]));
  const units = deckUnits(files, groups);
  const emit = cache.observe(report);
  for (const d of [...themeImportWarnings(dirs), ...unreadTemplateWarnings(dirs)]) emit({ type: 'warning', diagnostic: d });
  const { session, signal } = context;
  const result: BuildResult = { built: [], failed: [] };
  const drawer = context.drawer ?? new DiagramDrawer(session, opts.cache === false ? undefined : diagramStore(path.join(opts.outDir, '.studyguide-diagrams')));
  const built: IndexEntry[] = []; // every deck that built, for the index and --combine
  const hinted = new Set<string>(); // the system-font hint is given once a build
  const notDecks: Diagnostic[] = []; // files left out as no deck (a folder's read-me), with their warnings
  // The id list's reader (a CSV parser) loads only for --only-ids.
  const selection = opts.onlyIds ? await (await import('./content/id-selection.js')).IdSelection.open(opts.onlyIds) : undefined;
  // Decks parse on their own thread, under a time and memory limit, while others print.
  const parser = context.parser ?? buildParser(context.parseLimits);
  // An abort closes the browser now: prints under way end, and no deck is written half-done.
  const stopBrowser = () => void session.dispose();
  signal?.addEventListener('abort', stopBrowser, { once: true });
  try {
    // Decks print side by side, two at a time (one per core); each deck's files land together.
    const buildUnit = (file: string, group?: FolderGroup): Promise<void> => scopeDeck(slugFromFile(file), () => buildUnitNow(file, group));
    const buildUnitNow = async (file: string, group?: FolderGroup): Promise<void> => {
      if (signal?.aborted) throw abortedError();
      try {
        if (await cache.replay(file, emit)) {
          result.built.push(slugFromFile(file));
          built.push({ slug: slugFromFile(file), file });
          return;
        }
        // This deck will print: the browser starts, and its diagrams are drawn, while its
        // markdown is parsed.
        const bytes = group ? undefined : await cache.bytesOf(file);
        if (printsAnything(opts)) {
          const texts = (group ? await Promise.all(group.files.map((f) => cache.bytesOf(f))) : [bytes]).flatMap((b) => (b ? [b.toString('utf8')] : []));
          if (texts.length) session.warm();
          for (const text of texts) drawer.drawEarly(text);
          if (texts.length) warmOutputs(opts, texts.join('\n'));
        }
        mark('parse start');
        const prepared = group
          ? await prepareFolder(parser, group, opts, selection, (f) => cache.bytesOf(f))
          : await prepareDeck(parser, file, opts, selection, bytes);
        // A folder whose files are not all one question each: every file is a deck of its own.
        if (!prepared) return void (await eachLimited([...group!.files, ...group!.indexes], 1, (f) => buildUnit(f)));
        if ('leftOut' in prepared) {
          // A file that is no deck is said once the build knows whether anything else built.
          if (prepared.leftOut.code === 'not-a-deck') notDecks.push(prepared.leftOut);
          else emit({ type: 'warning', diagnostic: prepared.leftOut });
          return;
        }
        const { deck, deckOpts } = prepared;
        mark('parse end');
        if (signal?.aborted) throw abortedError();
        const { written, facts } = await produceDeck(deck, deckOpts, { session, dirs, drawer, emit, hinted });
        await cache.record(file, written, facts);
        result.built.push(deck.slug);
        built.push({ slug: deck.slug, file, deck });
      } catch (error) {
        if (signal?.aborted) throw abortedError();
        // A broken browser ends the whole build; a broken deck only ends that deck.
        if (error instanceof StudyguideError && error.kind === 'environment') throw error;
        emit({ type: 'deck-failed', file, error });
        result.failed.push({ file, error });
      }
    };
    await eachLimited(units, DECK_CONCURRENCY, (unit) => (typeof unit === 'string' ? buildUnit(unit) : buildUnit(unit.folder, unit)));
    inFileOrder(
      units.map((u) => (typeof u === 'string' ? u : u.folder)),
      result,
      built,
    );
    // A build of nothing but files that are no decks (a folder's read-me alone) fails as such.
    if (!result.built.length && !result.failed.length && notDecks.length) {
      const { file, line, message } = notDecks[0];
      const [what, ...hint] = message.split(' — ');
      const error = contentError(file, line, what.replace(/; left out$/, ''), hint.join(' — '));
      emit({ type: 'deck-failed', file, error });
      result.failed.push({ file, error });
    } else for (const d of notDecks) emit({ type: 'warning', diagnostic: d });
    for (const d of (await selection?.unknownWarnings(files)) ?? []) emit({ type: 'warning', diagnostic: d });
    if (signal?.aborted) throw abortedError();
    // Decks whose outputs were fresh were not parsed; the combined deck needs them all.
    const prepare = (file: string) => {
      const group = groupOf.get(file);
      return group ? prepareFolder(parser, group, opts, selection) : prepareDeck(parser, file, opts, selection);
    };
    const combined = opts.combine && built.length ? await buildCombined(built, opts, prepare, { session, dirs, drawer, emit, hinted }, result) : undefined;
    // A build where every deck failed leaves out/ as it was, index included.
    if (built.length) {
      const { writeIndexPage } = await import('./outputs/index-page.js');
      const layout = { layout: opts.layout, layoutForced: opts.flagKeys?.includes('layout') };
      const reread = async (file: string) => {
        const group = groupOf.get(file);
        const merged = group && (await readFolder(parser, group, opts));
        return merged || (await parser.parse(file, await readDeckBytes(file), layout)).deck;
      };
      const index = await writeIndexPage(opts.outDir, combined ? [...built, { slug: combined.slug, deck: combined }] : built, dirs, reread);
      if (index.kept) emit({ type: 'warning', diagnostic: index.kept });
      else emit({ type: 'output', deck: '', file: index.path, bytes: index.bytes, ms: 0 });
    }
  } catch (error) {
    throw signal?.aborted ? abortedError() : error;
  } finally {
    signal?.removeEventListener('abort', stopBrowser);
    await parser.close();
  }
  return result;
}

/** Decks built at the same time. */
const DECK_CONCURRENCY = BROWSER_CONCURRENCY;

/** Decks finish in any order side by side; the result and the index list them as given. */
function inFileOrder(files: string[], result: BuildResult, built: IndexEntry[]): void {
  const rank = new Map<string, number>(
    files.flatMap((f, i): [string, number][] => [
      [f, i],
      [slugFromFile(f), i],
    ]),
  );
  result.built.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  result.failed.sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0));
  built.sort((a, b) => (rank.get(a.file ?? a.slug) ?? 0) - (rank.get(b.file ?? b.slug) ?? 0));
}

/** What producing a deck's outputs needs from the build. */
interface Producer {
  session: BrowserSession;
  dirs: AssetDirs;
  drawer: DiagramDrawer;
  emit: (e: BuildEvent) => void;
  /** Set once the build has said that CJK text prints in a system font. */
  hinted: Set<string>;
}

/** Draws the deck's diagrams, runs every wanted output step, then writes its folder at once. */
async function produceDeck(parsed: Deck, deckOpts: BuildOptions, { session, dirs, drawer, emit, hinted }: Producer) {
  const deck = await span('graphics', () => addGraphics(parsed, drawer, dirs));
  if (deck.reading) emit({ type: 'read', deck: deck.slug, summary: readingSummary(deck.reading) });
  for (const d of deck.diagnostics) emit({ type: 'warning', diagnostic: d });
  const unanswered = noAnswersWarning(deck, deckOpts);
  if (unanswered) emit({ type: 'warning', diagnostic: unanswered });
  const bookletFromDeck = deck.frontMatter.booklet !== undefined && !deckOpts.flagKeys?.includes('booklet');
  const unmade = unmadeOutputsWarning(deck, deckOpts, bookletFromDeck ? await readFile(deck.file, 'utf8').catch(() => '') : '');
  if (unmade) emit({ type: 'warning', diagnostic: unmade });
  // Characters no font has would print as empty boxes: said here, at their lines.
  mark('coverage warnings start');
  const sources = [...new Set(allQuestions(deck).map((q) => q.file ?? deck.file))];
  const sourceFiles = sources.length ? sources : [deck.file];
  for (const file of sourceFiles) for (const d of await fontCoverageWarnings(file, undefined, deck.lang)) emit({ type: 'warning', diagnostic: d });
  const labelsUncovered = await labelCoverageWarning(deck.file, deckLabels(deck), undefined, deck.lang);
  if (labelsUncovered) emit({ type: 'warning', diagnostic: labelsUncovered });
  // CJK text in a system face paginates differently elsewhere: the npm face to install, once a build
  // (two decks print side by side: the first to find such text says it).
  for (const file of hinted.size ? [] : sourceFiles) {
    const hint = await systemFaceHint(file, { lang: deck.lang });
    if (!hint) continue;
    if (!hinted.size) emit({ type: 'warning', diagnostic: hint });
    hinted.add(file);
    break;
  }
  // So would a family of its own (`fonts`) this machine lacks, in silence: said at its front matter line.
  mark('coverage warnings end');
  const fontsFromDeck = deck.frontMatter.fonts !== undefined && !deckOpts.flagKeys?.includes('fonts');
  const fontsLine = !fontsFromDeck ? undefined : findKeyLine(await readFile(deck.file, 'utf8').catch(() => ''), 'fonts', true);
  for (const d of await fontFamilyWarnings(deck.file, deckOpts.fonts, fontsLine)) emit({ type: 'warning', diagnostic: d });
  const facts: PrintFacts = {};
  const ctx: DeckContext = {
    deck,
    opts: deckOpts,
    session,
    dirs,
    warn: (d) => emit({ type: 'warning', diagnostic: { severity: 'warning', ...d, file: d.file ?? deck.file, line: d.line ?? 1 } }),
    remember: (settled) => Object.assign(facts, settled),
  };
  // The guide first, then the steps that cite its page numbers side by side (outputs/run-steps.ts).
  mark('steps start');
  const files = await runSteps(await loadSteps(OUTPUT_NAMES.filter((name) => wantsOutput(name, deckOpts))), ctx);
  // Nothing is written until every output of the deck exists: a failure leaves the old set.
  const written = files.map((f) => ({ ...f, path: outputPath(deckOpts.outDir, deck.slug, f.name) }));
  await span('write', () => writeOutputs(written));
  for (const f of written)
    emit({
      type: 'output',
      deck: deck.slug,
      file: f.path,
      pages: f.pages,
      bytes: Buffer.byteLength(f.data),
      ms: f.ms ?? 0,
      sha256: sha256(f.data),
      note: f.note,
    });
  return { written, facts };
}

/** `--combine`: the built decks as one more deck in out/all/; its warnings were reported per deck. */
async function buildCombined(
  built: IndexEntry[],
  opts: BuildOptions,
  prepare: (file: string) => Promise<Prepared | undefined>,
  producer: Producer,
  result: BuildResult,
): Promise<Deck | undefined> {
  const file = path.join(opts.outDir, COMBINED_SLUG);
  try {
    const decks = await Promise.all(
      built.map(async (b) => {
        if (b.deck) return b.deck;
        const prepared = await prepare(b.file!);
        if (!prepared) throw contentError(b.file!, 1, 'its files are no longer one question each', 'build again');
        if ('leftOut' in prepared) throw contentError(b.file!, 1, prepared.leftOut.message, 'build again without --combine to see why');
        return prepared.deck;
      }),
    );
    const clash = decks.find((d) => d.slug === COMBINED_SLUG);
    if (clash)
      throw new StudyguideError(`deck ${clash.file} would be written to ${file}/, where --combine writes`, { file: clash.file, hint: 'rename the deck file' });
    // Two decks that give a question one Id are fine apart; combined, both notes have one guid and Anki keeps one.
    const seen: NoteIdIndex = new Map();
    for (const d of decks)
      for (const f of findSharedIds(d.file, allQuestions(d), seen, 'in the combined deck (--combine) and in Anki both are one note'))
        producer.emit({ type: 'warning', diagnostic: { file: f.file, line: f.line, severity: 'warning', code: 'shared-id', message: f.message } });
    // Parts are told apart by their titles alone (contents, bookmarks, running heads): two alike read as one deck twice.
    const titled = new Map<string, Deck>();
    for (const d of decks) {
      const first = titled.get(d.title.trim().toLowerCase());
      if (!first) titled.set(d.title.trim().toLowerCase(), d);
      else
        producer.emit({
          type: 'warning',
          diagnostic: {
            file: d.file,
            line: d.headLines?.title ?? 1,
            severity: 'warning',
            code: 'same-title',
            message: `title "${d.title}" is also the title of ${first.file}:${first.headLines?.title ?? 1}; the combined deck (--combine) shows two parts alike in its contents, bookmarks and running heads — give one of them another title`,
          },
        });
    }
    const quiet = { ...producer, emit: (e: BuildEvent) => e.type !== 'warning' && producer.emit(e) };
    const combined = combineDecks(decks);
    await produceDeck(combined, opts, quiet);
    result.built.push(COMBINED_SLUG);
    return combined;
  } catch (error) {
    if (error instanceof StudyguideError && error.kind === 'environment') throw error;
    producer.emit({ type: 'deck-failed', file, error });
    result.failed.push({ file, error });
    return undefined;
  }
}
