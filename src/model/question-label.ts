// How a question's number is printed: the language's label ("Q12", "問12", "س١٢") in the digits the deck writes.
import type { Deck, Question } from './deck.js';
import { fillLabel, labelsFor, type LabelOverrides, type Labels } from './labels.js';

/** The ten digits of each script a deck may write its numbers in, by the code point of its zero. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0xff10];

/** Text read to tell the digits: enough to see a habit, little time on a large deck. */
const SAMPLE_CHARS = 50_000;

/**
 * The digits a text writes its numbers in ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", …): a script's
 * own when it writes at least half as many of them as Western ones (those also come from code,
 * versions and names: "IPv4", "HTTP/2"), so a deck written with Arabic-Indic digits numbers its
 * questions with them, and one that writes "port 53" in its prose keeps Western ones.
 */
export function digitsOf(text: string): string {
  const counts = new Map<number, number>();
  const sample = text.slice(0, SAMPLE_CHARS);
  // By UTF-16 unit: every script's digits are in the Basic Multilingual Plane, and no half of a
  // surrogate pair falls among them. Letters below the first non-Western digits are passed over
  // first (a search of the scripts for each of 50,000 characters was a tenth of a second a build).
  for (let i = 0; i < sample.length; i++) {
    const cp = sample.charCodeAt(i);
    if (cp < 0x30 || (cp > 0x39 && cp < ZEROS[1])) continue;
    const zero = ZEROS.find((z) => cp >= z && cp <= z + 9);
    if (zero !== undefined) counts.set(zero, (counts.get(zero) ?? 0) + 1);
  }
  let best = 0x30;
  let most = 0;
  for (const [zero, n] of counts) if (zero !== 0x30 && n > most) [best, most] = [zero, n];
  if (most * 2 < (counts.get(0x30) ?? 0)) best = 0x30;
  return Array.from({ length: 10 }, (_, d) => String.fromCodePoint(best + d)).join('');
}

/** A number (or a date, "2026-12-05") written in the given ten digits (Western when none are given). */
export function inDigits(n: number | string, digits = ''): string {
  const set = [...digits];
  return set.length === 10 ? String(n).replace(/[0-9]/g, (d) => set[Number(d)]) : String(n);
}

/** "Q12" in English, "問12" in Japanese, "س١٢" in an Arabic deck written with Arabic-Indic digits. */
export const questionLabel = (labels: Labels, n: number): string => fillLabel(labels.questionNumber, { n: inDigits(n, labels.digits) });

/** A quiz item's number ("12." in most languages, "問12" in Japanese), in the labels' digits. */
export const quizLabel = (labels: Labels, n: number): string => fillLabel(labels.quizNumber, { n: inDigits(n, labels.digits) });

/** A label that names its number's place (`{n}`); a user's override written without one ("Teil") takes it after a space. */
const withPlace = (label: string): string => (label.includes('{n}') ? label : `${label} {n}`);

/** A part of a combined guide as its language names it: "Part 2", "2. rész", "第2部分". */
export const partLabel = (labels: Labels, n: number): string => fillLabel(withPlace(labels.part), { n: inDigits(n, labels.digits) });

/** A short page reference as its language writes it ("p. 3", "3. o.", "3쪽"); `digits`: the document's, where its page numbers are printed. */
export const pageRef = (labels: Labels, page: number, digits = labels.digits): string => fillLabel(withPlace(labels.pageShort), { n: inDigits(page, digits) });

/** The text of questions and their answers: where a deck's numbers show. */
// Read only as far as the sample goes: the labels are asked for per section and per render, and
// joining all 5,000 questions of a large deck each time took 20 s of its build.
function proseOf(questions: Question[]): string {
  let text = '';
  for (const q of questions) {
    if (text.length >= SAMPLE_CHARS) break;
    text += `${text ? ' ' : ''}${q.text} ${q.cardText} ${q.answerText}`;
  }
  return text.slice(0, SAMPLE_CHARS);
}

/** Labels with their digits taken from the questions when neither the language nor the deck names them. */
export function withDigits(labels: Labels, questions: Question[]): Labels {
  if (labels.digits) return labels;
  // Asked per section and per page rendered, of the same questions: the last answer is kept.
  const prose = proseOf(questions);
  if (lastDigits?.prose !== prose) lastDigits = { prose, digits: digitsOf(prose) };
  return { ...labels, digits: lastDigits.digits };
}

/** The prose digitsOf read last, and its answer. */
let lastDigits: { prose: string; digits: string } | undefined;

/** A deck's labels: its language's, its own overrides, its digits. */
export const deckLabels = (deck: Deck, overrides: LabelOverrides | undefined = deck.labels): Labels =>
  withDigits(
    labelsFor(deck.lang, overrides),
    deck.sections.flatMap((s) => s.questions),
  );

/**
 * Room in em for the widest question label of a deck of `count` (the contents' number column):
 * 3.4 em holds "Q9999"; "第1234题" or "Câu 1234" need more, a wide (CJK) character counting 1 em.
 */
export function labelWidth(labels: Labels, count: number): number {
  const label = questionLabel(labels, Math.max(count, 9999));
  const em = [...label].reduce((sum, ch) => sum + (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch) ? 1 : 0.62), 0);
  return Math.max(3.4, Math.round((em + 0.3) * 10) / 10);
}
