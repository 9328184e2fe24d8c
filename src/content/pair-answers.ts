import path from 'node:path';
import { allQuestions, type Deck, type Diagnostic, type Question } from '../model/deck.js';
import { hasText, type AnswersFile } from './layouts/answers-file.js';

// A bank kept in two files: the questions file's deck, each open question given the answer its
// answers file numbers as it (answers-sibling.ts names the file, layouts/answers-file.ts reads it).
// Every answer that pairs with no question, and every question left without one, is said at its line.

/** The answers file as read: its answers, and (when any has text) those answers parsed as a deck of ours, one question each, in order. */
export interface ReadAnswers {
  file: string;
  read: AnswersFile;
  deck?: Deck;
  /** The line of the answers file each line of the parsed text came from. */
  lineOf: number[];
}

/** `1. What …?`, `### Q12: …`, `**3.** …`, `- 4) …`: the number a question's line opens with. */
const WRITTEN_NUMBER = /^\s*(?:>\s*)*(?:[-*+]\s+)?(?:#{1,6}\s+)?(?:\*\*|__)?\s*(?:(?:q(?:uestion)?|frage|pregunta|вопрос|问题|题)\s*)?[#№]?\s*(\d{1,4})\s*(?:\*\*|__)?\s*[.):：、]/iu;

/**
 * The number each question was written with (its line read in `lines`), when every one has its
 * own; else their places (1 to N), as a bank that numbers its questions in order would.
 */
export function writtenNumbers(questions: { line: number }[], lines: string[]): number[] {
  const written = questions.map((q) => WRITTEN_NUMBER.exec(lines[q.line - 1] ?? '')?.[1]).map((n) => (n === undefined ? undefined : Number(n)));
  const known = written.filter((n): n is number => n !== undefined);
  return known.length === questions.length && new Set(known).size === known.length ? known : questions.map((_, i) => i + 1);
}

/** The answers file as named beside its questions: its name, or its path from them when the names are one (`../../answers/basics/strings.md`). */
export const shownName = (questions: string, answers: string): string =>
  path.basename(questions) === path.basename(answers) ? path.relative(path.dirname(path.resolve(questions)), path.resolve(answers)) : path.basename(answers);

/** A question as pairing sees it: the number it was written with, its line, whether it has an answer of its own. */
export interface Asked {
  number: number;
  line: number;
  open: boolean;
  /** Its section's title, where answers pair by section (sectionedAnswers). */
  section?: string;
}

/** A section's title as compared between the two files: its words, case and punctuation aside. */
const sectionKey = (title: string): string => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * True when the answers number anew in each section (`## CSS` over `1.` again) and every answer
 * stands under a section the questions file has too: they pair by section and number, not by
 * number alone (which paired the second section's answer 1 with nothing and its 3 with question 3).
 */
export function sectionedAnswers(sections: string[], read: AnswersFile): boolean {
  const numbers = read.entries.map((e) => e.number);
  if (new Set(numbers).size === numbers.length) return false;
  const asked = new Set(sections.map(sectionKey));
  return read.entries.every((e) => e.section !== undefined && asked.has(sectionKey(e.section)));
}

/** Where each question was written with numbers counted anew in each section: its section's written numbers. */
export function sectionNumbers(questions: { line: number }[], sections: string[], lines: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < questions.length; ) {
    let j = i;
    while (j < questions.length && sections[j] === sections[i]) j++;
    out.push(...writtenNumbers(questions.slice(i, j), lines));
    i = j;
  }
  return out;
}

/**
 * Which answer each question gets (question index → entry index) and a warning for each one
 * unpaired: an answer of no question's number, a second one of a number, an empty one, one for a
 * question answered already; a question with none.
 */
export function matchAnswers(asked: Asked[], read: AnswersFile, files: { questions: string; answers: string }): { given: Map<number, number>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warn = (file: string, line: number, message: string, code: Diagnostic['code'] = 'unpaired-answer') => diagnostics.push({ file, line, severity: 'warning', code, message });
  const questionsName = path.basename(files.questions);
  const answersName = shownName(files.questions, files.answers);
  // Answers numbered anew in each section pair within it (sectionedAnswers): the key is section and number.
  const sectioned = asked.some((q) => q.section !== undefined);
  const keyOf = (number: number, section: string | undefined) => (sectioned ? `${sectionKey(section ?? '')}\u0000${number}` : String(number));
  const under = (section: string | undefined) => (sectioned && section !== undefined ? ` of section "${section}"` : '');
  const byNumber = new Map(asked.map((q, i) => [keyOf(q.number, q.section), i]));
  const given = new Map<number, number>();
  const seen = new Map<string, number>();
  read.entries.forEach((entry, e) => {
    const key = keyOf(entry.number, entry.section);
    const first = seen.get(key);
    if (first !== undefined) return warn(files.answers, entry.line, `a second answer ${entry.number}${under(entry.section)} (the first is on line ${first}) is not used — number each answer once`);
    seen.set(key, entry.line);
    const i = byNumber.get(key);
    if (i === undefined) warn(files.answers, entry.line, `answer ${entry.number}${under(entry.section)} matches no question of ${questionsName} and is not used — number it as its question is numbered there`);
    else if (!hasText(entry)) warn(files.answers, entry.line, `answer ${entry.number} is empty — write the answer under it, or question ${entry.number} prints as an open question`);
    else if (!asked[i].open)
      warn(files.answers, entry.line, `answer ${entry.number} is not used: question ${entry.number} (${questionsName}:${asked[i].line}) has an answer of its own — keep one of the two`);
    else given.set(i, e);
  });
  for (const q of asked) {
    if (q.open && !seen.has(keyOf(q.number, q.section)))
      warn(files.questions, q.line, `question ${q.number}${under(q.section)} has no answer in ${answersName} — add one numbered ${q.number} there, or it prints as an open question`);
  }
  if (read.strayLine)
    warn(files.answers, read.strayLine, `text that belongs to no numbered answer is not read — put it under an answer's number (${answersName} pairs answers with questions by number)`, 'left-out');
  return { given, diagnostics };
}

/** The questions deck with the answers of its answers file, and a warning for each one unpaired. */
export function pairAnswers(deck: Deck, questionsText: string, answers: ReadAnswers): Deck {
  const questions = allQuestions(deck);
  const sections = deck.sections.flatMap((s) => s.questions.map(() => s.title));
  const sectioned = sectionedAnswers(sections, answers.read);
  const lines = questionsText.split('\n');
  const numbers = sectioned ? sectionNumbers(questions, sections, lines) : writtenNumbers(questions, lines);
  const asked = questions.map((q, i) => ({ number: numbers[i], line: q.line, open: !!q.open, ...(sectioned ? { section: sections[i] } : {}) }));
  const matched = matchAnswers(asked, answers.read, { questions: deck.file, answers: answers.file });
  // The parsed answers are those with text, in order: entry index → parsed answer.
  const withText = answers.read.entries.flatMap((entry, e) => (hasText(entry) ? [e] : []));
  const parsed = answers.deck ? allQuestions(answers.deck) : [];
  const given = new Map([...matched.given].map(([i, e]) => [questions[i], parsed[withText.indexOf(e)]]));
  const paired = (q: Question): Question => {
    const a = given.get(q);
    if (!a) return q;
    const { open: _open, ...rest } = q;
    const level = q.levelDefault && !a.levelDefault ? { level: a.level, levelDefault: undefined } : {};
    return {
      ...rest,
      ...level,
      answerHtml: a.answerHtml,
      cardHtml: a.cardHtml,
      cardText: a.cardText,
      answerText: a.answerText,
      cardGenerated: a.cardGenerated,
      cardCut: a.cardCut,
      cardRoomier: a.cardRoomier,
      answerFromCard: a.answerFromCard,
      tags: [...new Set([...q.tags, ...a.tags])],
    };
  };
  // The answers' own warnings (an image left out, a bad link), at their lines in the answers file.
  // A card made from the answer's first sentence is how a bank of another layout is read: no warning.
  const own = (answers.deck?.diagnostics ?? [])
    .filter((d) => d.code !== 'no-card-answer')
    .map((d) => (d.file === answers.file ? { ...d, line: answers.lineOf[d.line - 1] ?? d.line } : d));
  return {
    ...deck,
    sections: deck.sections.map((s) => ({ ...s, questions: s.questions.map(paired) })),
    diagnostics: [...deck.diagnostics, ...own, ...matched.diagnostics],
    ...(deck.reading ? { reading: { ...deck.reading, open: deck.reading.open - given.size, answersFile: shownName(deck.file, answers.file) } } : {}),
  };
}
