import type { Deck } from '../model/deck.js';
import { toMm } from '../model/lengths.js';
import { outlines, overlaySvg, registrationMarks, scales, topLabel } from './alignment-marks.js';
import { readAsset, type AssetDirs } from './assets.js';
import { CARD_STOCKS } from '../model/card-stocks.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { cardPlan, type CardsRenderOptions } from './render-cards.js';
import type { SheetGeometry } from './card-sheet.js';
import { baseView } from './view.js';

const pt = (n: number) => `${Number(n.toFixed(3))}pt`;

/** What to do with the alignment sheet, step by step, for a stock or plain paper. */
function alignmentSteps(opts: CardsRenderOptions, kind: 'perforated' | 'plain' | 'auto', g: SheetGeometry): string[] {
  const now = `${toMm(opts.offset?.x ?? 0)},${toMm(opts.offset?.y ?? 0)}`;
  const first = 'Print this page at actual size (100 %, no "fit to page"), single-sided, on the printer and tray you will print the cards with.';
  const read = 'Top and bottom scales give X, left and right scales give Y, in millimetres: + is right or down. Take the mean of the two readings.';
  const set = `Build again with --offset X,Y (this page was printed with --offset ${now}: add your reading to it) and print this page again: every line should now cross at 0.`;
  if (kind === 'perforated') {
    return [
      first,
      'Lay it on a sheet of the card stock, edges flush, and hold both against a window.',
      `Where each perforation of the stock crosses a scale, read the number there. ${read}`,
      set,
    ];
  }
  if (kind === 'auto') {
    const edge = `${toMm(g.originX)} mm from the left edge and ${toMm(g.originY)} mm from the top edge`;
    return [
      first,
      `The first card's outline should start ${edge}. Measure both with a ruler.`,
      'X is the expected distance minus the measured one from the left, Y the same from the top, in millimetres (+ moves the print right or down).',
      set,
    ];
  }
  return [
    first,
    'Fold the page in half across its width, open it, and fold it in half along its length (the cuts of this layout are where the folds are).',
    `Where each fold crosses a scale, read the number there. ${read}`,
    set,
  ];
}

/** alignment.html: one sheet with the cards' outlines and scales across every cut line, for a test print. */
export function createAlignmentRenderer(dirs: AssetDirs): (deck: Deck, opts: CardsRenderOptions) => string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'alignment.hbs');
  const css = ['base.css', 'cards.css'].map((n) => readAsset(dirs.styles, n)).join('\n');
  return (deck, opts) => {
    const plan = cardPlan({ ...opts, layout: 'sheet' });
    const g = plan.geometry;
    const stock = plan.stock ? CARD_STOCKS[plan.stock] : undefined;
    const origin = { x: g.originX, y: g.originY };
    const name = plan.stock ?? `${opts.cardSize} cards on ${opts.paper ?? 'a4'} paper`;
    const overlay = overlaySvg(
      g,
      outlines(g, origin) + scales(g, origin) + registrationMarks(g, [origin]) + topLabel(g, origin, `ALIGNMENT · ${name} · this edge up ↑`),
    );
    const sizeCss = `:root { --sheet-w: ${pt(g.sheet.width)}; --sheet-h: ${pt(g.sheet.height)}; }`;
    return template({
      ...baseView({ ...deck, title: `Alignment sheet — ${name}` }, `${css}\n${sizeCss}`, `${pt(g.sheet.width)} ${pt(g.sheet.height)}`),
      heading: `Alignment sheet: ${stock ? stock.description : name}`,
      steps: alignmentSteps(opts, stock?.kind ?? 'auto', g),
      overlay,
      shift: { x: Number((opts.offset?.x ?? 0).toFixed(3)), y: Number((opts.offset?.y ?? 0).toFixed(3)) },
    });
  };
}
