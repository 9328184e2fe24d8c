import type { Deck, Question } from '../content/model.js';
import { readAsset, type AssetDirs } from './assets.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { baseView, coverDate, PAPERS, type PageMap, type Paper } from './view.js';

/** Options for one rendering of the guide. */
export interface GuideRenderOptions {
  paper: Paper;
  /** Page of each section/question id, from a previous print pass (blank when unknown). */
  pages?: PageMap;
  /** Printed on the cover when the deck was filtered. */
  filterNote?: string;
}

/** The guide's stylesheets, in cascade order. */
export const GUIDE_STYLES = ['base.css', 'code.css', 'guide.css'];

/**
 * Answers up to about a third of a page are kept on one page; longer ones may split. Measured
 * in characters because the split must be decided before layout (JavaScript is off when printing).
 */
const SHORT_ANSWER_CHARS = 900;

/** A question short enough to keep whole on one page. */
export const isShortQuestion = (q: Question): boolean => q.answerFromCard || q.answerText.length + q.cardText.length <= SHORT_ANSWER_CHARS;

/** Deck → self-contained guide HTML (CSS inlined). */
export function createGuideRenderer(dirs: AssetDirs): (deck: Deck, opts: GuideRenderOptions) => string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'guide.hbs');
  const css = GUIDE_STYLES.map((n) => readAsset(dirs.styles, n)).join('\n');
  // Screen-only extras of guide.html (partials/screen-head.hbs); inert in print, where JavaScript is off.
  const screen = { css: readAsset(dirs.styles, 'screen.css'), js: readAsset(dirs.templates, 'guide-screen.js') };
  return (deck, opts) => {
    const pages = opts.pages ?? new Map<string, number>();
    return template({
      ...baseView(deck, css, PAPERS[opts.paper].css),
      date: coverDate(deck),
      screen,
      filterNote: opts.filterNote ?? deck.filterNote,
      outroPage: pages.get('outro') ?? '',
      sections: deck.sections.map((s, index) => ({
        ...s,
        index,
        pageName: `sec${index}`,
        page: pages.get(s.id) ?? '',
        questions: s.questions.map((q) => ({ ...q, short: isShortQuestion(q), page: pages.get(q.id) ?? '' })),
      })),
    });
  };
}
