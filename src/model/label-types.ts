/** The words printed around the content, per language (deck front matter `lang`). */
export interface Labels {
  studyGuide: string;
  contents: string;
  /** Names a part of a combined guide (--combine) in the language's order (`{n}`): "Part {n}", "{n}. rész", "第{n}部分". */
  part: string;
  /** Title of the deck's introduction, printed before the contents. */
  introduction: string;
  /** Title of the closing words a bank wrote after its last question under no heading of their own. */
  closingNotes: string;
  /** Heading of the booklet's ruled pages left for the reader's notes (the half-pages its last sheet would leave blank). */
  notes: string;
  questions: string;
  inShort: string;
  /** Printed in place of the answer of a question with none yet. */
  openQuestion: string;
  /** Printed in place of a picture that could not be printed (on the web, missing), before its description. */
  pictureLeftOut: string;
  /** A question's number in the guide, contents, cards and cheat sheet (`{n}`): "Q{n}", "問{n}", "س{n}". */
  questionNumber: string;
  /** A quiz item's number and its answer key's (`{n}`): "{n}.", "問{n}". */
  quizNumber: string;
  /**
   * The ten digits numbers are printed in ("٠١٢٣٤٥٦٧٨٩"); empty: those the deck writes its own
   * numbers in (model/question-label.ts), Western digits when it writes none.
   */
  digits: string;
  pagePrefix: string;
  pageOf: string;
  fullAnswer: string;
  /** A short page reference in the language's order (`{n}`): "p. {n}", "{n}. o.", "{n}쪽". */
  pageShort: string;
  levels: { easy: string; medium: string; hard: string };
  quiz: string;
  answerKey: string;
  name: string;
  date: string;
  /** Words of the filter note on the cover and contents (`Selection: level easy · tag dns`). */
  selection: string;
  level: string;
  tag: string;
  section: string;
  shuffled: string;
  seed: string;
  /** The screen controls of guide.html (search, filters, buttons); `{shown}`/`{total}` are filled in. */
  searchPlaceholder: string;
  allLevels: string;
  allTags: string;
  collapseAll: string;
  expandAll: string;
  print: string;
  countAll: string;
  /** `countAll` for exactly one question, where the language's noun agrees with the number ("1 question"); else countAll is used. */
  countOne?: string;
  countShown: string;
  /**
   * One level's count on the cheat sheet (`{count}`, `{level}`): "3 easy" in English; languages whose
   * adjectives agree with a number write the level first ("лёгкий: 3").
   */
  countLevel: string;
  /** out/index.html (labels-aids.ts): its default title, the deck count, each kind of output. */
  siteTitle: string;
  deckCount: string;
  deckCountOne: string;
  allInOne: string;
  booklet: string;
  cheatCards: string;
  cheatSheet: string;
  duplexTest: string;
  alignmentSheet: string;
  ankiImport: string;
  quizletImport: string;
  cardsCsv: string;
  /** duplex-test.pdf: the sides, which edge is up, the two flips, and the words on its cards (`{n}`, `{flip}`, `{other}`). */
  front: string;
  back: string;
  edgeUp: string;
  flipLong: string;
  flipShort: string;
  duplexCheck: string;
  duplexFront: string;
  duplexBack: string;
  duplexHold: string;
  duplexFix: string;
}

/** Label overrides (config `labels`): any subset, levels included. */
export type LabelOverrides = Partial<Omit<Labels, 'levels'>> & { levels?: Partial<Labels['levels']> };
