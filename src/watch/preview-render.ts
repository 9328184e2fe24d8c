import type { BuildOptions } from '../model/build-options.js';
import type { PrintFacts } from '../model/print-facts.js';
import { readDeckBytes, slugFromFile } from '../content/load-deck.js';
import { parseLimits, ParseThread } from '../parse-thread/parse-off-thread.js';
import { allQuestions, type Deck } from '../model/deck.js';
import { selectQuestions } from '../content/select-questions.js';
import { IdSelection } from '../content/id-selection.js';
import { optionsForDeck, wantsOutput } from '../config/config.js';
import { contentError, StudyguideError } from '../errors.js';
import { readFolder } from '../prepare-deck.js';
import type { FolderGroup } from '../content/folder-deck.js';
import { readingSummary } from '../content/layouts/summary.js';
import type { DiagramDrawer } from '../print/draw-diagrams.js';
import { assetDirs } from '../render/assets.js';
import { createGuideRenderer } from '../render/render-guide.js';
import { cardsRenderOptions, createCardsRenderer } from '../render/render-cards.js';
import { createCheatsheetRenderer } from '../render/render-cheatsheet.js';
import { addGraphics, addGraphicStyles } from '../render/deck-graphics.js';

/** The pages a save re-renders in memory, served before the background build has printed them. */
export const PREVIEW_PAGES = ['guide.html', 'cards.html', 'cheatsheet.html'] as const;
export type PreviewPageName = (typeof PREVIEW_PAGES)[number];

/** The latest preview of one deck: its pages' HTML, or the error that stopped it. */
export interface DeckPreview {
  slug: string;
  file: string;
  title?: string;
  questions?: number;
  /** What the file held: layout and counts (content/layouts/summary.ts), as build and check say it. */
  read?: string;
  /**
   * guide.html, cards.html and cheatsheet.html (those the options ask for) as rendered now: no
   * page numbers and no fitted type sizes, which need the printed PDFs; the background build's
   * files replace them once printed.
   */
  pages?: Partial<Record<PreviewPageName, string>>;
  /** `file:line: message — hint`, when the deck or a template is broken. */
  error?: string;
  /** The error is a file left out as no deck (a folder's index or read-me), a warning rather than a failure. */
  leftOut?: true;
  /** Time spent reading, parsing and rendering. */
  ms: number;
}

/** The compiled templates of every preview page, made once per session (and after asset edits). */
interface Renderers {
  guide: ReturnType<typeof createGuideRenderer>;
  cards: ReturnType<typeof createCardsRenderer>;
  cheatsheet: ReturnType<typeof createCheatsheetRenderer>;
}

/**
 * The watch fast path: deck file → guide.html in memory, without a browser. Templates and styles
 * are compiled once and again only after they change (reloadAssets), so a save costs one parse
 * and one template run.
 */
export class PreviewRenderer {
  private renderers?: Renderers;
  /**
   * Decks parse on this thread, kept for the session: a long parse never holds up the server, and
   * a save re-parses only what changed (the thread remembers the rest).
   */
  private readonly parser = new ParseThread({ ...parseLimits(), inlineBytes: 0 }, { remember: true });

  /**
   * With a drawer (PDFs on, so a browser is at hand) mermaid diagrams are drawn, each source once
   * per session; without one they stay code until the printed guide replaces the preview.
   */
  constructor(
    private opts: BuildOptions,
    private readonly drawer?: Pick<DiagramDrawer, 'draw'>,
  ) {}

  /** Renders with these options from now on (the config file was saved), templates and styles read again. */
  useOptions(opts: BuildOptions): void {
    this.opts = opts;
    this.renderers = undefined;
  }

  /** Ends the parser's thread. */
  close(): Promise<void> {
    return this.parser.close();
  }

  /** Forgets the compiled templates and styles; the next render reads them again. */
  reloadAssets(): void {
    this.renderers = undefined;
  }

  /**
   * Renders one deck (from `bytes` when the caller has read the file already); never throws, a problem comes back as `error`. With the facts of the deck's
   * last print its pages show that print's page numbers and type sizes, so they differ from the
   * printed pages served until now only where the deck changed (a small patch, no jump in size).
   */
  render(file: string, facts: PrintFacts = {}, first?: ReadonlySet<PreviewPageName>, bytes?: Buffer): Promise<DeckPreview> {
    const layout = { layout: this.opts.layout, layoutForced: this.opts.flagKeys?.includes('layout') };
    return this.renderParsed(file, facts, first, async () => (await this.parser.preview(file, bytes ?? (await readDeckBytes(file)), layout)).deck);
  }

  /** Renders a folder of one-question files as its one deck, as the build reads it (prepare-deck.ts readFolder). */
  renderFolder(group: FolderGroup, facts: PrintFacts = {}, first?: ReadonlySet<PreviewPageName>): Promise<DeckPreview> {
    return this.renderParsed(group.folder, facts, first, async () => {
      const deck = await readFolder(this.parser, group, this.opts);
      if (!deck)
        throw contentError(
          group.folder,
          undefined,
          'its files are no longer one question each',
          'keep one question a file, or restart watch to preview each file as a deck of its own',
        );
      return deck;
    });
  }

  /**
   * `first`: the pages an author has open, rendered before this returns; the deck's other pages
   * are rendered when first read (previewPages), so a save patches the open page without waiting
   * for the rest. Without it every page is rendered now.
   */
  private async renderParsed(
    file: string,
    facts: PrintFacts,
    first: ReadonlySet<PreviewPageName> | undefined,
    read: () => Promise<Deck>,
  ): Promise<DeckPreview> {
    const started = performance.now();
    const slug = slugFromFile(file);
    try {
      const parsed = await read();
      const deckOpts = optionsForDeck(this.opts, parsed);
      const dirs = assetDirs(this.opts);
      // --only-ids: the file is read again each time, so editing the list updates the preview.
      const listed = this.opts.onlyIds ? (await IdSelection.open(this.opts.onlyIds)).filter : undefined;
      const selected: Deck = selectQuestions(parsed, deckOpts, listed);
      // Maths gets its stylesheet; diagrams are drawn when a browser is at hand, else stay code.
      // addGraphics only calls draw(), which the watch's printing thread answers.
      const drawer = this.drawer as DiagramDrawer | undefined;
      const deck = drawer ? await addGraphics(selected, drawer, dirs).catch(() => addGraphicStyles(selected, dirs)) : addGraphicStyles(selected, dirs);
      this.renderers ??= { guide: createGuideRenderer(dirs, true), cards: createCardsRenderer(dirs), cheatsheet: createCheatsheetRenderer(dirs) };
      const pages = previewPages(pageRenders(this.renderers, deck, deckOpts, facts), first);
      return {
        slug,
        file,
        title: deck.title,
        questions: allQuestions(deck).length,
        read: parsed.reading && readingSummary(parsed.reading),
        pages,
        ms: performance.now() - started,
      };
    } catch (error) {
      // A folder's read-me among the decks is no deck: said as a warning, as the build says it.
      const leftOut = error instanceof StudyguideError && error.code === 'not-a-deck' ? true : undefined;
      return { slug, file, error: describeError(error, file), leftOut, ms: performance.now() - started };
    }
  }
}

/**
 * How to render each of the deck's preview pages its options ask for, with what the last print
 * settled; open questions are on the cheat sheet and the cards ruled for their answers, as printed.
 */
function pageRenders(renderers: Renderers, deck: Deck, opts: BuildOptions, facts: PrintFacts): Partial<Record<PreviewPageName, () => string>> {
  // Page numbers are only cited where the guide is printed too, as the build does.
  const guidePages = facts.guidePages && wantsOutput('guide', opts) ? new Map(Object.entries(facts.guidePages)) : undefined;
  const renders: Partial<Record<PreviewPageName, () => string>> = {
    'guide.html': () => renderers.guide(deck, { paper: opts.paper, pages: guidePages, plan: facts.guidePlan }),
  };
  if (wantsOutput('cards', opts)) {
    const fontSizes = facts.cardFontSizes && new Map(Object.entries(facts.cardFontSizes));
    const questionEms = facts.cardQuestionEms && new Map(Object.entries(facts.cardQuestionEms));
    renders['cards.html'] = () =>
      renderers.cards(deck, { ...cardsRenderOptions(opts, guidePages), fontSizes, deckFontSizes: facts.cardDeckFontSizes, questionEms });
  }
  if (wantsOutput('cheatsheet', opts))
    renders['cheatsheet.html'] = () =>
      renderers.cheatsheet(deck, {
        paper: opts.paper,
        guidePages,
        fontSize: facts.cheatsheetFontSize,
        oneColumn: facts.cheatsheetOneColumn,
        tight: facts.cheatsheetTight,
        onePage: facts.cheatsheetOnePage,
      });
  return renders;
}

/**
 * The pages, those in `first` (all, without it) rendered now and the others on first read, each
 * once: a property read renders it. A page rendered late that fails reads as absent (the server
 * then serves the last written file, under the error: lateError).
 */
function previewPages(renders: Partial<Record<PreviewPageName, () => string>>, first?: ReadonlySet<PreviewPageName>): Partial<Record<PreviewPageName, string>> {
  const pages: Partial<Record<PreviewPageName, string>> = {};
  for (const [name, render] of Object.entries(renders) as [PreviewPageName, () => string][]) {
    if (!first || first.has(name)) {
      pages[name] = render();
      continue;
    }
    let done: { html?: string; error?: unknown } | undefined;
    Object.defineProperty(pages, name, {
      enumerable: true,
      configurable: true,
      // Set on the object it is read from: a copy of the pages (withPages) shares the one render.
      get(this: Partial<Record<PreviewPageName, string>>) {
        if (!done) {
          try {
            done = { html: render() };
          } catch (error) {
            done = { error };
          }
        }
        if (done.html === undefined) lateFailures.set(this, done.error);
        // Rendered: a plain property from now on (spreads and later reads copy the string).
        Object.defineProperty(this, name, { value: done.html, enumerable: done.html !== undefined, configurable: true, writable: true });
        return done.html;
      },
    });
  }
  return pages;
}

/** Pages rendered late whose render failed, with the error. */
const lateFailures = new WeakMap<object, unknown>();

/**
 * The pages `printed` (the background build's files) in place of those of `pages`, and the
 * others as they are: a page left for later stays so, not rendered by the copy (a spread would
 * render every page nobody has open).
 */
export function withPages(pages: DeckPreview['pages'], printed: DeckPreview['pages']): DeckPreview['pages'] {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(pages ?? {})) as NonNullable<DeckPreview['pages']>;
  for (const [name, html] of Object.entries(printed ?? {}))
    Object.defineProperty(copy, name, { value: html, enumerable: true, configurable: true, writable: true });
  return copy;
}

/**
 * Renders the pages a preview left for later, now; its error, described, when one failed (the
 * preview then counts as broken, as when the first pages fail).
 */
export function finishPages(preview: DeckPreview): string | undefined {
  const pages = preview.pages;
  if (!pages) return undefined;
  for (const name of PREVIEW_PAGES) void pages[name];
  return lateError(preview);
}

/** The error, described, of a page of the preview rendered late whose render failed; undefined when none did (or none was read yet). */
export function lateError(preview: DeckPreview): string | undefined {
  const error = preview.pages && lateFailures.get(preview.pages);
  return error === undefined ? undefined : describeError(error, preview.file);
}

/** One line a deck author can act on; template errors say they come from a template. */
export function describeError(error: unknown, file: string): string {
  if (error instanceof StudyguideError) return error.format();
  const message = error instanceof Error ? error.message : String(error);
  // Handlebars and missing-asset errors carry no deck position: name the deck and the cause.
  return `${file}: could not render the guide: ${message.split('\n').slice(0, 4).join('\n')} — fix the template or style named above, or the deck`;
}
