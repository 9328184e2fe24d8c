import type { Deck, Diagnostic } from '../model/deck.js';
import type { DiagramDrawer } from '../print/draw-diagrams.js';
import { diagramKey } from '../print/draw-diagrams.js';
import { readAsset, type AssetDirs } from './assets.js';
import { katexCss } from './katex-css.js';
import { diagramCaption, diagramFigure } from './diagram-figure.js';
import { ignoredSettings } from './diagram-settings.js';
import { decodeEntities, stripTags } from './html-text.js';
import { excerpt } from '../model/excerpt.js';

/** A fenced ```mermaid block as the markdown renderer writes it (highlighting may add classes). */
const MERMAID_BLOCK = /<pre([^>]*)>\s*<code class="[^"]*\blanguage-mermaid\b[^"]*"[^>]*>([\s\S]*?)<\/code>\s*<\/pre>/g;

/** One HTML fragment of a deck, with the line messages about it should point at. */
interface Fragment {
  html: string;
  line: number;
  /** The file the text comes from, when not the deck's (a question of a folder deck). */
  file?: string;
  set(html: string): void;
}

/**
 * The build-time pass that needs the browser: ```mermaid blocks become inline SVG figures, and
 * the deck gets the stylesheets its graphics need (diagram sizing; KaTeX with its fonts when it
 * has maths). Parsing stays synchronous and pure; this runs on the finished model. A diagram
 * mermaid refuses stays printed as code, with a warning at the block's line.
 */
export async function addGraphics(deck: Deck, drawer: DiagramDrawer, dirs: AssetDirs): Promise<Deck> {
  const sources = fragmentsOf(deck).flatMap((f) => [...f.html.matchAll(MERMAID_BLOCK)].map((m) => decodeEntities(stripTags(m[2]))));
  if (sources.length === 0) return addGraphicStyles(deck, dirs);
  const drawings = await drawer.draw(sources);
  const copy: Deck = structuredClone(deck);
  for (const fragment of fragmentsOf(copy)) {
    fragment.set(
      fragment.html.replace(MERMAID_BLOCK, (block, attributes: string, code: string) => {
        const drawing = drawings.get(diagramKey(decodeEntities(stripTags(code))))!;
        // The block's own line, marked when it was parsed (content/diagram-blocks.ts).
        const line = Number(/\bdata-line="(\d+)"/.exec(attributes)?.[1] ?? fragment.line);
        // A card answer that is also the full answer holds the same block twice: warn once.
        const warn = (warning: Diagnostic) => {
          if (!copy.diagnostics.some((d) => d.line === warning.line && d.message === warning.message)) copy.diagnostics.push(warning);
        };
        const file = fragment.file ?? copy.file;
        for (const url of drawing.refused ?? []) warn(refusedWarning(file, line, url));
        const ignored = ignoredSettings(decodeEntities(stripTags(code)));
        if (ignored.length) warn(ignoredWarning(file, line, ignored));
        if ('svg' in drawing) {
          for (const text of drawing.warnings ?? []) warn(mermaidWarning(file, line, text));
          return diagramFigure(drawing.svg, diagramCaption(decodeEntities(stripTags(code))));
        }
        warn(diagramWarning(file, line, drawing.error));
        return block;
      }),
    );
  }
  return addGraphicStyles(copy, dirs);
}

/**
 * The stylesheets a deck's graphics need, without drawing anything: diagram sizing when it has
 * drawn diagrams, KaTeX with its fonts when it has maths. Synchronous, for previews that skip
 * the browser (their diagrams stay code).
 */
export function addGraphicStyles(deck: Deck, dirs: AssetDirs): Deck {
  const html = fragmentsOf(deck).map((f) => f.html);
  const css: string[] = [];
  if (html.some((h) => h.includes('<figure class="diagram">'))) css.push(readAsset(dirs.styles, 'diagrams.css'));
  if (html.some((h) => h.includes('class="katex'))) css.push(katexCss(html.join('\n')));
  return css.length ? { ...deck, extraCss: [deck.extraCss, ...css].filter(Boolean).join('\n') } : deck;
}

function fragmentsOf(deck: Deck): Fragment[] {
  const list: Fragment[] = [{ html: deck.introHtml, line: 1, set: (h) => (deck.introHtml = h) }];
  const outro = deck.outro;
  if (outro) list.push({ html: outro.html, line: 1, set: (h) => (outro.html = h) });
  for (const section of deck.sections) {
    list.push({ html: section.introHtml, line: section.line, set: (h) => (section.introHtml = h) });
    const closing = section.closing;
    if (closing) list.push({ html: closing.html, line: section.line, set: (h) => (closing.html = h) });
    for (const q of section.questions) {
      list.push({ html: q.answerHtml, line: q.line, file: q.file, set: (h) => (q.answerHtml = h) });
      list.push({ html: q.cardHtml, line: q.line, file: q.file, set: (h) => (q.cardHtml = h) });
      for (const v of q.cardRoomier ?? []) list.push({ html: v.html, line: q.line, file: q.file, set: (h) => (v.html = h) });
    }
  }
  return list;
}

function diagramWarning(file: string, line: number, error: string): Diagnostic {
  return {
    file,
    line,
    severity: 'warning',
    code: 'bad-diagram',
    message: `mermaid diagram could not be drawn (${error}); it is printed as code — fix the diagram text`,
  };
}

/** What mermaid said while drawing a diagram it did draw (a typo'd node name, a layout it lacks). */
function mermaidWarning(file: string, line: number, text: string): Diagnostic {
  return { file, line, severity: 'warning', code: 'diagram-warning', message: `mermaid: ${text} — check the diagram text` };
}

/** Settings a diagram's text asks for that print keeps its own: mermaid drops them. */
function ignoredWarning(file: string, line: number, keys: string[]): Diagnostic {
  return {
    file,
    line,
    severity: 'warning',
    code: 'diagram-warning',
    message: `mermaid: the diagram's settings ${keys.join(', ')} left out: print sets these itself (its look, faces and limits) — remove them from the diagram's %%{init}%% or config`,
  };
}

/** An outside address a diagram asked for: refused, as every load from outside is. */
function refusedWarning(file: string, line: number, url: string): Diagnostic {
  const shown = excerpt(url, 160);
  return {
    file,
    line,
    severity: 'warning',
    code: 'blocked-request',
    message: `blocked a request from the diagram page: ${shown}; diagrams load nothing from outside`,
  };
}
