import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { HTTPRequest, Page } from 'puppeteer-core';
import type { BrowserSession } from './browser-session.js';
import { DiagramStore } from './diagram-store.js';
import { fontCss, fontFileFor, fontStacks, setsKanaOrHan } from '../render/fonts.js';
import { readFontFile } from './font-files.js';
import { respondBytes, respondFont } from './respond-bytes.js';

/**
 * One drawn diagram: the SVG markup with what mermaid warned while drawing it, or why it refused
 * the source; with either, the outside addresses the drawing asked for (refused: nothing loads).
 */
export type Drawing = ({ svg: string; warnings?: string[] } | { error: string }) & { refused?: string[] };

/** The settings a diagram's own `%%{init}%%` or front matter may not change (mermaid's `secure` list): mermaid ignores them there. */
export const PRINT_SETTINGS: readonly string[] = [
  'secure',
  'securityLevel',
  'logLevel',
  'startOnLoad',
  'maxTextSize',
  'suppressErrorRendering',
  'maxEdges',
  'themeCSS',
  'themeVariables',
  'theme',
  'darkMode',
  'fontFamily',
  'altFontFamily',
  'fontSize',
  'actorFontFamily',
  'noteFontFamily',
  'messageFontFamily',
  'taskFontFamily',
  'titleFontFamily',
  'systemFontFamily',
  'htmlLabels',
  'look',
  'handDrawnSeed',
  'arrowMarkerAbsolute',
  'legacyMathML',
  'forceLegacyMathML',
];

/** Mermaid settings for print: grey neutral theme, SVG text labels (real PDF text), no clicks. */
const MERMAID_CONFIG = {
  startOnLoad: false,
  // Mermaid's warnings (a style for an unknown node, a layout it falls back from) are caught per
  // diagram and reported at the block's line; its errors already come back as the render's error.
  logLevel: 'warn',
  theme: 'neutral',
  securityLevel: 'strict',
  // Labels as SVG text for every diagram kind (mermaid reads `flowchart.htmlLabels` no more).
  htmlLabels: false,
  // Shapes drawn with rough strokes take their randomness from this seed: the same deck draws
  // the same diagram, so builds stay byte-identical under SOURCE_DATE_EPOCH.
  handDrawnSeed: 1,
  // Flowcharts set close (mermaid's 50 px between nodes and ranks, labels wrapped at 200 px): a
  // drawing shrunk to the guide's column keeps its labels larger (the VPC layout of the bundled
  // deck, 1,007 px wide, printed them at 5.9 pt; 778 px wide, at 7.6 pt).
  flowchart: { useMaxWidth: true, nodeSpacing: 25, rankSpacing: 30, wrappingWidth: 150 },
  // An edge's label sits on its line: mermaid's half-transparent box let the line show through
  // the words (a state diagram's "scheduled and pulled" was struck through). Opaque, it hides it.
  themeCSS: '.edgeLabel rect, .edgeLabel .label rect { opacity: 1; fill: #fff; }',
  // The guide's own heading face: labels are measured here with the face they print in.
  fontFamily: fontStacks().head,
  // Keys a diagram's own `%%{init}%%` or front matter may not set: the first are mermaid's own;
  // the rest would carry a deck's CSS (and its url(…) loads) or fonts into the built pages.
  secure: [...PRINT_SETTINGS],
};

/**
 * The drawing page's made-up origin: requests to it are answered from mermaid's own dist folder
 * (its ES module build, which loads only the chunks a diagram needs: half the time of the 3.5 MB
 * single-file bundle), every other request is refused.
 */
const ORIGIN = 'https://mermaid.studyguide.invalid/';
// The page imports mermaid itself (an import() in code passed to evaluate would be rewritten by
// test bundlers), and the module runs before the load event goto() waits for. Before it, a plain
// script keeps what is passed to console.warn and console.error: mermaid's logger binds them when
// it loads, so the page's own record is the one place its messages can be read per diagram. The
// page's own errors are kept there too; its icon is a data: URL, so the page asks for no other.
// The script calls the function's source itself, not its name: the CLI's bundle may rename it.
const DRAW_PAGE = (kanaHan: boolean) =>
  `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><style>${fontCss({}, undefined, kanaHan)}</style><script>(${keepMessages.toString()})();</script><script type="module">import mermaid from '${ORIGIN}mermaid.esm.min.mjs'; window.mermaid = mermaid;</script></head><body></body></html>`;

/**
 * In the drawing page: console.warn's and console.error's arguments go to `window.warnings` as
 * text (errors marked `error:`), and so do the page's uncaught errors (marked `page error:`).
 */
function keepMessages(): void {
  const kept: string[] = [];
  const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  (window as unknown as { warnings: string[] }).warnings = kept;
  for (const level of ['warn', 'error'] as const) {
    const log = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      kept.push(`${level === 'error' ? 'error: ' : ''}${text(args)}`);
      log(...args);
    };
  }
  window.addEventListener('error', (e) => kept.push(`page error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => kept.push(`page error: ${text([e.reason])}`));
}
let distDir: string | undefined;
const mermaidDist = () => (distDir ??= path.dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs')));

/** The file of mermaid's dist folder a request asks for, when it is one of its modules. */
function mermaidModule(url: string): string | undefined {
  if (!url.startsWith(ORIGIN)) return undefined;
  const dist = mermaidDist();
  const file = path.resolve(dist, decodeURIComponent(new URL(url).pathname).slice(1));
  return file.startsWith(dist + path.sep) && file.endsWith('.mjs') && existsSync(file) ? file : undefined;
}

/** A disk store of drawings for `dir`, keyed also by mermaid's version and our settings. */
export function diagramStore(dir: string): DiagramStore {
  const { version } = createRequire(import.meta.url)('mermaid/package.json') as { version: string };
  return new DiagramStore(dir, JSON.stringify({ version, MERMAID_CONFIG }));
}

/** Short stable id of a diagram source (the cache key and the SVG's id). */
export const diagramKey = (source: string): string => createHash('sha256').update(source).digest('hex').slice(0, 12);

/**
 * Draws mermaid diagrams to SVG in a page of the build's browser session. Only our own script
 * runs there: mermaid's bundle, then each deck's diagram text passed in as a plain string. Each
 * source is drawn once per build, whichever deck uses it, and with a store once for good.
 */
export class DiagramDrawer {
  private readonly cache = new Map<string, Drawing>();
  /** Drawings under way, so a second request for a source waits for the first. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly session: BrowserSession,
    private readonly store?: DiagramStore,
  ) {}

  /** SVG (or an error) for each source, keyed by diagramKey(). */
  async draw(sources: string[]): Promise<Map<string, Drawing>> {
    const todo: string[] = [];
    const waits: Promise<void>[] = [];
    for (const source of new Set(sources)) {
      const key = diagramKey(source);
      if (this.cache.has(key)) continue;
      const underway = this.pending.get(key);
      if (underway) waits.push(underway);
      else todo.push(source);
    }
    if (todo.length) {
      const batch = this.drawNew(todo);
      for (const source of todo) this.pending.set(diagramKey(source), batch);
      waits.push(batch);
    }
    await Promise.all(waits);
    return new Map(sources.map((s) => [diagramKey(s), this.cache.get(diagramKey(s))!]));
  }

  /**
   * Starts drawing the diagrams a deck's raw text plainly holds (```mermaid blocks at the left
   * margin) before the deck is parsed, so its printing does not wait for mermaid to load. The
   * parsed deck's own request then finds them drawn or under way; a block this misses is simply
   * drawn then. Never throws: a failure here is met again, and reported, by that request.
   */
  drawEarly(markdown: string): void {
    const sources = [...markdown.matchAll(/^(`{3,}|~{3,})[ \t]*mermaid[ \t]*\n([\s\S]*?)^\1[ \t]*$/gm)].map((m) => m[2]);
    if (sources.length) this.draw(sources).catch(() => undefined);
  }

  private async drawNew(todo: string[]): Promise<void> {
    try {
      const missing: string[] = [];
      for (const source of todo) {
        const stored = await this.store?.get(source);
        if (stored) this.cache.set(diagramKey(source), { svg: stored });
        else missing.push(source);
      }
      if (!missing.length) return;
      // The page is kept with mermaid loaded: the next build of this process (a test file's, a
      // watch run's) draws in it without loading it again.
      const { drawings: drawn, refused } = await this.session.withPage((page) => drawInPage(page, missing), 'drawing diagrams', 'as loaded');
      const asked = refusedBySource(missing, refused);
      // The HTML parser it needs loads only for a build that drew something.
      const { sanitizeSvg } = await import('./sanitize-svg.js');
      for (const [i, source] of missing.entries()) {
        // Sanitized in Node as a stored drawing is, whatever the page's own clean-up did.
        const raw = drawn[i];
        const svg = 'svg' in raw ? sanitizeSvg(raw.svg) : undefined;
        const warnings = 'svg' in raw ? deckWarnings(raw.warnings ?? []) : [];
        const drawing: Drawing = 'svg' in raw ? (svg ? { svg, warnings } : { error: 'the drawing was not one SVG image' }) : { error: raw.error };
        if (asked[i].length) drawing.refused = asked[i];
        this.cache.set(diagramKey(source), drawing);
        // A drawing with something to say is drawn again next build, so it is said again.
        if ('svg' in drawing && !warnings.length && !drawing.refused) await this.store?.put(source, drawing.svg);
      }
    } finally {
      for (const source of todo) this.pending.delete(diagramKey(source));
    }
  }
}

/**
 * Mermaid's console warnings and errors, and the page's own errors, as a deck's author should
 * read them: without the logger's `%c<time> : WARN :` prefix and its colour, without the ones
 * about mermaid's own set-up (its theme lookups), each once.
 */
export function deckWarnings(logged: string[]): string[] {
  const texts = logged
    .map((text) =>
      text
        .replace(/^(error: )?%c\S+ : (WARN|ERROR) :\s*color: \S+\s*/, (_, error: string | undefined) => error ?? '')
        .replace(/^error: Error: /, 'error: ')
        .trim(),
    )
    .filter((text) => text && text !== 'error:' && !/^No theme found for /.test(text));
  return [...new Set(texts)];
}

/**
 * Which diagram asked for each refused address: the ones whose text holds it. An address no
 * diagram names (mermaid's own, or the page's) goes to the batch's first diagram, marked as such,
 * so it is still said at a line of the deck that was being drawn.
 */
export function refusedBySource(sources: string[], refused: readonly string[]): string[][] {
  const asked = sources.map((): string[] => []);
  for (const url of new Set(refused)) {
    const named = sources.flatMap((source, i) => (source.includes(url) ? [i] : []));
    if (named.length) for (const i of named) asked[i].push(url);
    else if (asked.length) asked[0].push(`${url} (asked for by the diagram page itself, not the diagram text)`);
  }
  return asked;
}

async function drawInPage(page: Page, sources: string[]): Promise<{ drawings: Drawing[]; refused: string[] }> {
  // Nothing may load from outside: the page and mermaid's modules are answered from here, the
  // diagrams need no fetches. What is refused is kept, to be said at the diagram that asked.
  const refused: string[] = [];
  // A diagram with kana or ideographs is measured with the last resort for them in its stack, as its page prints it (render/fonts.ts).
  const items = sources.map((source) => {
    const kanaHan = setsKanaOrHan(source);
    return { id: `diagram-${diagramKey(source)}`, source, fontFamily: kanaHan ? fontStacks({}, undefined, true).head : MERMAID_CONFIG.fontFamily };
  });
  const kanaHan = items.some((item) => item.fontFamily !== MERMAID_CONFIG.fontFamily);
  const onRequest = (request: HTTPRequest) => {
    const url = request.url();
    if (url === ORIGIN) return void request.respond({ status: 200, contentType: 'text/html', body: DRAW_PAGE(kanaHan) });
    const font = fontFileFor(url);
    if (font)
      return void readFontFile(font).then(
        (body) => respondFont(request, body),
        () => request.abort('failed'),
      );
    const file = mermaidModule(url);
    if (file) return void respondBytes(request, readFileSync(file), 'text/javascript');
    if (url.startsWith('data:')) return void request.continue();
    refused.push(url);
    void request.abort('blockedbyclient');
  };
  page.on('request', onRequest);
  try {
    // A page kept from an earlier batch has mermaid loaded already, with the faces this batch measures with.
    if (drawPages.get(page) !== kanaHan) {
      drawPages.delete(page);
      await page.setRequestInterception(true);
      await page.goto(ORIGIN);
      await page.waitForFunction(() => 'mermaid' in globalThis);
      drawPages.set(page, kanaHan);
    }
    return { drawings: await drawAll(page, items), refused };
  } finally {
    page.off('request', onRequest);
  }
}

/** Pages with the drawing page loaded, each with whether its faces are those for kana and ideographs. */
const drawPages = new WeakMap<Page, boolean>();

/** Draws each item in a page with mermaid loaded, one after the other: the SVG, or why mermaid refused it. */
async function drawAll(page: Page, items: { id: string; source: string; fontFamily: string }[]): Promise<Drawing[]> {
  return page.evaluate(
    async (config, list) => {
      const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
      // Faces load when first used; mermaid measures its labels at once, so they are loaded first.
      for (const family of new Set(list.map((item) => item.fontFamily)))
        for (const weight of ['', 'bold ']) await document.fonts.load(`${weight}16px ${family}`);
      const results: ({ svg: string; warnings: string[] } | { error: string })[] = [];
      const kept = (globalThis as unknown as { warnings: string[] }).warnings;
      let family: string | undefined;
      for (const { id, source, fontFamily } of list) {
        kept.length = 0;
        if (fontFamily !== family) mermaid.initialize({ ...config, fontFamily: (family = fontFamily) });
        try {
          const { svg } = await mermaid.render(id, source);
          // Belt and braces on top of mermaid's own sanitizing: no scripts, handlers or outside links.
          // Read as XML; a `click` link (an xlink:href mermaid writes without declaring its prefix)
          // is no XML, and came back as the parser's error page: then read as the HTML page reads it.
          let doc: Document = new DOMParser().parseFromString(svg, 'image/svg+xml');
          if (doc.querySelector('parsererror')) doc = new DOMParser().parseFromString(`<!doctype html><body>${svg}`, 'text/html');
          const root = doc instanceof XMLDocument ? doc.documentElement : doc.body.firstElementChild;
          if (!root) throw new Error('the drawing was no SVG image');
          doc.querySelectorAll('script').forEach((n) => n.remove());
          for (const el of Array.from(doc.querySelectorAll('*'))) {
            for (const attr of Array.from(el.attributes)) {
              const external = /href$/i.test(attr.name) && !attr.value.startsWith('#');
              if (/^on/i.test(attr.name) || external) el.removeAttribute(attr.name);
            }
          }
          results.push({ svg: new XMLSerializer().serializeToString(root), warnings: [...kept] });
        } catch (err) {
          results.push({
            error: String((err as Error)?.message ?? err)
              .split('\n')
              .filter(Boolean)
              .slice(0, 2)
              .join(' '),
          });
        }
      }
      return results;
      interface MermaidApi {
        initialize(c: unknown): void;
        render(id: string, text: string): Promise<{ svg: string }>;
      }
    },
    MERMAID_CONFIG,
    items,
  );
}
