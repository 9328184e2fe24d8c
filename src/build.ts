import path from 'node:path';
import { stat } from 'node:fs/promises';
import { findDeckFiles, loadDeck } from './content/load-deck.js';
import { allQuestions, type Deck, type Diagnostic } from './content/model.js';
import { assetDirs } from './render/assets.js';
import { createGuideRenderer } from './render/render-guide.js';
import { createCardsRenderer, type CardSize } from './render/render-cards.js';
import type { Paper } from './render/view.js';
import { BrowserSession } from './print/browser-session.js';
import { printGuide } from './print/print-guide.js';
import { printHtml } from './print/print-pdf.js';
import { setPdfMetadata } from './print/pdf-metadata.js';
import { outputPath, writeOutputs } from './output.js';
import { StudyguideError } from './errors.js';

/** Everything `studyguide build` needs to know, already validated. */
export interface BuildOptions {
  paths: string[];
  outDir: string;
  paper: Paper;
  cardSize: CardSize;
}

/** What the build tells its caller as it goes (the CLI prints these). */
export type BuildEvent =
  | { type: 'output'; deck: string; file: string; pages?: number; bytes: number; ms: number }
  | { type: 'warning'; diagnostic: Diagnostic }
  | { type: 'deck-failed'; file: string; error: unknown };

export interface BuildResult {
  built: string[];
  failed: { file: string; error: unknown }[];
}

interface Output { path: string; data: string | Uint8Array; pages?: number; ms: number }

/** The recipe: find decks → parse → render → print → write, one browser for everything. */
export async function build(opts: BuildOptions, emit: (e: BuildEvent) => void = () => {}): Promise<BuildResult> {
  const files = await findDeckFiles(opts.paths);
  const dirs = assetDirs();
  const renderGuide = createGuideRenderer(dirs);
  const renderCards = createCardsRenderer(dirs);
  const session = new BrowserSession();
  const result: BuildResult = { built: [], failed: [] };
  try {
    for (const file of files) {
      try {
        const deck = await loadDeck(file);
        for (const d of deck.diagnostics) emit({ type: 'warning', diagnostic: d });
        const outputs = await buildDeck(deck);
        await writeOutputs(outputs);
        for (const o of outputs) emit({ type: 'output', deck: deck.slug, file: o.path, pages: o.pages, bytes: (await stat(o.path)).size, ms: o.ms });
        result.built.push(deck.slug);
      } catch (error) {
        // A broken browser ends the whole build; a broken deck only ends that deck.
        if (error instanceof StudyguideError && error.kind === 'environment') throw error;
        emit({ type: 'deck-failed', file, error });
        result.failed.push({ file, error });
      }
    }
  } finally {
    await session.dispose();
  }
  return result;

  async function buildDeck(deck: Deck): Promise<Output[]> {
    const out = (name: string) => outputPath(opts.outDir, deck.slug, name);
    const meta = {
      title: deck.title,
      author: deck.author,
      subject: deck.subtitle ?? `${allQuestions(deck).length} interview questions`,
      keywords: deck.tags,
    };
    let t = Date.now();
    const guide = await printGuide(session, deck, (pages) => renderGuide(deck, { paper: opts.paper, pages }));
    const guidePdf = await setPdfMetadata(guide.pdf, meta);
    const guideMs = Date.now() - t;
    t = Date.now();
    const cardsHtml = renderCards(deck, { cardSize: opts.cardSize, guidePages: guide.pages });
    const cards = await session.withPage((page) => printHtml(page, cardsHtml));
    const cardsPdf = await setPdfMetadata(cards.pdf, { ...meta, title: `${deck.title} — cards` });
    const cardsMs = Date.now() - t;
    for (const url of [...guide.blocked, ...cards.blocked]) {
      emit({ type: 'warning', diagnostic: { file: deck.file, line: 1, severity: 'warning', code: 'blocked-request', message: `blocked a request from the page: ${url.slice(0, 120)}` } });
    }
    return [
      { path: out('guide.html'), data: guide.html, ms: 0 },
      { path: out('guide.pdf'), data: guidePdf.bytes, pages: guidePdf.pages, ms: guideMs },
      { path: out('cards.html'), data: cardsHtml, ms: 0 },
      { path: out('cards.pdf'), data: cardsPdf.bytes, pages: cardsPdf.pages, ms: cardsMs },
    ];
  }
}

/** The bundled content folder, default when no paths are given. */
export const DEFAULT_CONTENT = 'content';
/** Default output folder. */
export const DEFAULT_OUT = 'out';
export const relative = (p: string) => path.relative(process.cwd(), p) || p;
