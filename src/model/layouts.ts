// The layouts a question bank can be written in, and what reading one found (content/layouts/).

/** The layouts a deck file can be written in; `auto` detects one per file. */
export const LAYOUT_CHOICES = [
  'auto',
  'studyguide',
  'details',
  'numbered-headings',
  'list-headings',
  'list-questions',
  'qa',
  'table-headings',
  'flashcards',
  'question-lines',
] as const;
export type LayoutChoice = (typeof LAYOUT_CHOICES)[number];
export type LayoutName = Exclude<LayoutChoice, 'auto'>;

/** How each layout is named in the summary line. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  studyguide: 'studyguide format',
  details: 'details blocks',
  'numbered-headings': 'numbered headings',
  'list-headings': 'headings in a list',
  'list-questions': 'questions in a list',
  qa: 'question and answer paragraphs',
  'table-headings': 'question tables',
  flashcards: 'flashcards (question::answer)',
  'question-lines': 'questions on lines of their own',
};

/** What reading a deck file found, for the summary line and `check`. */
export interface Reading {
  layout: LayoutName;
  /** Every layout read, where the file holds banks in more than one, each under its own `#` title. */
  layouts?: LayoutName[];
  /** Whether the layout was detected (auto) or forced by an option or front matter. */
  detected: boolean;
  /** The language read from the deck's prose, when its front matter names none (content/detect-language.ts). */
  language?: string;
  questions: number;
  open: number;
  navigation: number;
  /** Where the navigation left out stands in the file (its links are not checked). */
  navigationLines: LineSpan[];
  leftOut: number;
  /** The answers file read with the questions (a bank kept in two files: content/answers-sibling.ts). */
  answersFile?: string;
  /** Where the deck's closing note starts, read off the last question's answer below a rule (content/layouts/closing-words.ts). */
  closingLine?: number;
  /** Where the parts of advice or stories read as notes, not questions, have their titles (content/layouts/advice-sections.ts). */
  adviceLines?: number[];
}

/** Lines `from` to `to` of a deck file, both included. */
export interface LineSpan {
  from: number;
  to: number;
}
