/**
 * What printing a deck settled that its HTML pages show as well: the page each heading landed on
 * in guide.pdf, where the guide's chapters start, and the fitted type sizes of the cards and the
 * cheat sheet. Plain data (it is kept in the deck's cache record and crosses threads): a preview
 * rendered without a browser uses the last print's facts, so it shows the page as printed.
 */
export interface PrintFacts {
  /** Page of each section and question id in guide.pdf. */
  guidePages?: Record<string, number>;
  /** The chapter plan's CSS (print/plan-section-breaks.ts). */
  guidePlan?: { css: string };
  /** Card text size in points per face key (render/render-cards.ts faceKey). */
  cardFontSizes?: Record<string, number>;
  /** The deck's card text size per kind of face, at which a card set smaller keeps its furniture. */
  cardDeckFontSizes?: Partial<Record<'question' | 'answer', number>>;
  /** A flash front's question scale in ems where it was stepped down to fit (print/fit-cards.ts), per face key. */
  cardQuestionEms?: Record<string, number>;
  /** The cheat sheet's body size in points. */
  cheatsheetFontSize?: number;
  /** The sheet was set in one column (a small deck). */
  cheatsheetOneColumn?: boolean;
  /** The sheet was set tighter to save a page. */
  cheatsheetTight?: boolean;
  /** The sheet took one page, so it printed no page number ("page 1 of 1" says nothing). */
  cheatsheetOnePage?: boolean;
}
