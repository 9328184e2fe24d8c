/** The typed model every renderer receives. Nothing downstream re-parses markdown. */
import type { LabelOverrides } from './labels.js';
import type { Reading } from './layouts.js';
import type { DeckFonts } from './fonts.js';
import type { DiagnosticCode } from './diagnostic-codes.js';

export const LEVELS = ['easy', 'medium', 'hard'] as const;
export type Level = (typeof LEVELS)[number];

/** A warning about a deck that does not stop the build (blocked image, generated card answer, …). */
export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  code: DiagnosticCode;
  message: string;
}

/** A made card as a card with more room than the smallest prints it: its HTML, text, and whether it is still cut (model/card-room.ts). */
export interface RoomierCard {
  chars: number;
  html: string;
  text: string;
  cut: boolean;
}

export interface Question {
  /** Stable anchor id, unique in the deck (`q-<slug>`). */
  id: string;
  /**
   * Note id for flashcard apps (Anki's guid): the question's `Id:` as written, else derived from
   * the deck and the anchor id, so editing an answer keeps it (content/question-ids.ts).
   */
  guid: string;
  /** The `Id:` the deck gave the question, if any. */
  explicitId?: string;
  /** 1-based number through the deck (Q1 … Qn). */
  number: number;
  /** The question as plain text. */
  text: string;
  /** The question as inline HTML (code spans, emphasis). */
  html: string;
  /**
   * What the question asks about, written under it, as HTML: a multiple-choice question's
   * options, the listing it asks about. Printed with the question, never as the answer.
   */
  promptHtml?: string;
  /** The same as plain text (exports, length estimates). */
  promptText?: string;
  level: Level;
  /** True when nothing gave the question a level (no meta line, heading mark or section default): `medium` stands in. */
  levelDefault?: boolean;
  /** In a combined deck, the question's own deck gives no levels at all: no badge prints for it, as none does in that deck alone. */
  levelUnsaid?: boolean;
  tags: string[];
  /** Full answer as HTML. */
  answerHtml: string;
  /** Card answer as HTML (one to three lines). */
  cardHtml: string;
  /** Card answer as plain text (for length estimates and exports). */
  cardText: string;
  /** Full answer as plain text (exports, search). */
  answerText: string;
  /** True when the card answer was made from the first sentence of the full answer. */
  cardGenerated: boolean;
  /** True when that made card was cut with "…" to fit the smallest card (model/card-room.ts). */
  cardCut?: boolean;
  /** A cut made card as larger cards print it, one version per larger room (model/card-room.ts). */
  cardRoomier?: RoomierCard[];
  /** True when the deck gave only a card answer, reused as the full answer. */
  answerFromCard: boolean;
  /** 1-based line of the `###` heading in the deck file. */
  line: number;
  /** The file the question comes from, when not the deck's own (a folder of one-question files read as one deck). */
  file?: string;
  /** No answer upstream (a foreign bank's unanswered question, or `Status: open`): in the guide and quiz, and on a card ruled to write it. */
  open?: boolean;
  /** Title of the deck the question comes from, when it differs from the printed deck (--combine). */
  deckTitle?: string;
  /** Language of the deck the question comes from, when it differs from the printed deck's (--combine). */
  lang?: string;
  /**
   * The question this one follows up (`20. Props?` over `    1. Props drilling?`): printed over it
   * as a small line, on its card and in the guide, as the follow-up alone says too little.
   */
  followsUp?: { number: number; text: string; html: string };
}

export interface Section {
  id: string;
  title: string;
  /** The default level the section gives its questions, if any. */
  level?: Level;
  introHtml: string;
  questions: Question[];
  /**
   * What the bank gave to read after the section's questions (a "Further reading" heading over
   * a list of links): printed after them, under its own title, never taken for a question.
   */
  closing?: { title: string; html: string };
  line: number;
  /** The part the section belongs to, in a deck made of several (--combine). */
  part?: SectionPart;
  /**
   * The deck's only section, named by no heading (its questions stand under the title alone):
   * printed with no section title. `title` names it where one is needed (`--section`, exports).
   */
  untitled?: boolean;
  /** The language the section is written in, when its prose tells one other than the deck's (a French section of an English bank). */
  lang?: string;
}

/**
 * A part of a combined deck: one source deck, opened by a section of its own (title and intro,
 * no questions) whose id is the part's. `title` of a section in a part names both ("Part ·
 * Section") for outputs that list sections flat; the guide shows the levels apart.
 */
export interface SectionPart {
  /** Id of the section that opens the part. */
  id: string;
  title: string;
  /** 1-based. */
  number: number;
  /** The section's own title inside the part (the part's title for its opening section). */
  sectionTitle: string;
  /** The language of the part's deck, when it differs from the combined guide's (an Arabic deck among English ones). */
  lang?: string;
  /** The part's deck's own label overrides (front matter or config `labels`), printed with its questions. */
  labels?: LabelOverrides;
}

export interface Deck {
  /** From the file name only, never from front matter: the output folder name. */
  slug: string;
  /** Path of the deck file as given (used in messages). */
  file: string;
  title: string;
  subtitle?: string;
  author?: string;
  /** The lines the title, subtitle and author are written on (a front matter key or the "#" heading), for messages; line 1 where not given. */
  headLines?: { title: number; subtitle: number; author: number };
  /** Where the questions come from (front matter `source`), credited on the cover. */
  source?: string;
  /** ISO date from front matter, if any. */
  date?: string;
  lang: string;
  tags: string[];
  introHtml: string;
  /** The intro's own title, when a leading section without questions became the intro ("Overview"). */
  introTitle?: string;
  sections: Section[];
  outro?: { title: string; html: string };
  /** Front matter keys the parser did not use (config overrides; `check` reports unknown ones). */
  frontMatter: Record<string, unknown>;
  diagnostics: Diagnostic[];
  /** Printed-label overrides from config or front matter `labels` (render/labels.ts). */
  labels?: LabelOverrides;
  /** The deck's own font families (config or front matter `fonts`), ahead of the bundled faces. */
  fonts?: DeckFonts;
  /** Which subset this is when filters or shuffle applied (printed on cover and contents). */
  filterNote?: string;
  /** What reading the file found: its layout and counts, for the summary line (layouts/). */
  reading?: Reading;
  /** Stylesheets the deck's graphics need (diagrams, KaTeX fonts), added by render/deck-graphics.ts. */
  extraCss?: string;
}

/** All questions of a deck in order. */
export function allQuestions(deck: Deck): Question[] {
  return deck.sections.flatMap((s) => s.questions);
}

/** Question count per level. */
export function countByLevel(deck: Deck): Record<Level, number> {
  const counts: Record<Level, number> = { easy: 0, medium: 0, hard: 0 };
  // A combined part that gives no levels counts under none: its stand-in "medium" was never said.
  for (const q of allQuestions(deck)) if (!q.levelUnsaid) counts[q.level]++;
  return counts;
}

/** The deck without its open questions: what the cheat sheet and the exports print. */
export function answeredOnly(deck: Deck): Deck {
  if (!allQuestions(deck).some((q) => q.open)) return deck;
  return { ...deck, sections: deck.sections.map((s) => ({ ...s, questions: s.questions.filter((q) => !q.open) })) };
}

/** True when no question of the deck was given a level: a bank that grades none prints no level badges. */
export const unleveled = (deck: Deck): boolean => allQuestions(deck).every((q) => q.levelDefault);
