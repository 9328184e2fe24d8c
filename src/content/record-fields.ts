import type { Level } from '../model/deck.js';
import { levelLine } from './level-names.js';

// Questions kept as records (a JSON export, a ```yaml block of a quiz app's data): a list of
// questions, an object holding one (`{ questions: [...] }`), or questions grouped by category
// (`{ Algorithms: [...] }`). Each record's fields go by the names such exports use.

export const QUESTION_KEYS = ['question', 'text', 'prompt', 'front', 'q', 'term', 'title'];
// Trivia exports (Open Trivia DB's) name a multiple-choice question's answer `correct_answer`, its other options `incorrect_answers`.
export const ANSWER_KEYS = ['answer', 'correct_answer', 'correctAnswer', 'sampleAnswer', 'sample_answer', 'modelAnswer', 'a', 'back', 'solution', 'definition', 'explanation', 'response', 'body'];
export const LEVEL_KEYS = ['difficulty', 'level'];
export const SECTION_KEYS = ['category', 'section', 'topic', 'skill', 'group', 'chapter'];
export const TAG_KEYS = ['tags', 'tag', 'keywords'];
/** Fields printed under the answer, each under its own label. */
export const EXTRA_KEYS: [string[], string][] = [
  [['tips', 'tip', 'hint', 'hints'], 'Tip'],
  [['followUps', 'follow_ups', 'followups', 'followUpQuestions'], 'Follow-up questions'],
  [['notes', 'note', 'comment', 'comments'], 'Notes'],
  [['incorrect_answers', 'incorrectAnswers', 'wrong_answers', 'wrongAnswers', 'distractors'], 'Wrong options'],
];
export const LIST_KEYS = ['questions', 'items', 'cards', 'data', 'entries', 'notes'];

type Item = Record<string, unknown>;

/** A record's fields by lower-case name (exports spell `followUps`, `followups`, `FollowUps`). */
type Fields = Map<string, unknown>;
const fieldsOf = (item: Item): Fields => new Map(Object.entries(item).map(([k, v]) => [k.toLowerCase(), v]));
/** The first of `keys` a record has, as its lower-case name. */
const keyOf = (fields: Fields, keys: string[]): string | undefined => keys.map((k) => k.toLowerCase()).find((k) => fields.has(k));
function field(fields: Fields, keys: string[]): unknown {
  const key = keyOf(fields, keys);
  return key === undefined ? undefined : fields.get(key);
}
/** A field's name as a label: `sampleAnswer`, `sample_answer` → "Sample answer". */
const labelOf = (key: string): string => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words[0].toUpperCase() + words.slice(1);
};
/** Which of `keys` a record's object names (as written), for finding the field's line. */
export const keyIn = (names: string[], keys: string[]): string | undefined => {
  const lower = keys.map((k) => k.toLowerCase());
  const found = lower.find((k) => names.some((n) => n.toLowerCase() === k));
  return names.find((n) => n.toLowerCase() === found);
};
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
export const oneLine = (value: string): string => value.replace(/\s*\n\s*/g, ' ');

/** A level from a word (`Beginner`, `hard`) or a number on the scale the bank's numbers use. */
function levelOf(value: unknown, highest: number): Level | undefined {
  if (typeof value === 'number' && value > 0) {
    const scale = highest <= 3 ? 3 : highest;
    const third = value / scale;
    return third <= 1 / 3 ? 'easy' : third <= 2 / 3 ? 'medium' : 'hard';
  }
  return typeof value === 'string' ? levelLine(`Level: ${value}`) : undefined;
}

/** The bank's records, each with the section it is grouped under; the list they stand in, for finding their lines. */
export function recordsOf(data: unknown): { title?: string; items: { item: unknown; section?: string }[]; path: (string | number)[] } {
  if (Array.isArray(data)) return { items: data.map((item) => ({ item })), path: [] };
  if (!data || typeof data !== 'object') return { items: [], path: [] };
  const object = data as Item;
  const fields = fieldsOf(object);
  const title = text(field(fields, ['title', 'name', 'deck']));
  const key = Object.keys(object).find((k) => LIST_KEYS.includes(k.toLowerCase()) && Array.isArray(object[k]));
  if (key) return { title, items: (object[key] as unknown[]).map((item) => ({ item })), path: [key] };
  // Grouped by category: every array value is a section of questions.
  const groups = Object.entries(object).filter(([, v]) => Array.isArray(v));
  return { title, items: groups.flatMap(([section, items]) => (items as unknown[]).map((item) => ({ item, section }))), path: [] };
}

// A record's bookkeeping (its id, number, dates): nothing a reader studies, so leaving it out is not worth a word.
const BOOKKEEPING = new Set(['id', '_id', 'uuid', 'guid', 'key', 'slug', 'index', 'order', 'number', 'no', 'created', 'updated', 'createdat', 'updatedat', 'created_at', 'updated_at', 'date', 'timestamp', 'version']);
/** A field or column that is a record's bookkeeping (`Id`, `created_at`): left out without a word. */
export const isBookkeeping = (name: string): boolean => BOOKKEEPING.has(name.trim().toLowerCase()) || BOOKKEEPING.has(name.toLowerCase().replace(/[\s_-]+/g, ''));

/** The one warning for fields no record's question reads (`unread` of recordQuestions); undefined for none. */
export function unreadFieldsMessage(unread: { key: string; index: number }[]): string | undefined {
  if (!unread.length) return undefined;
  const names = unread.map((u) => `"${u.key}"`).join(', ');
  const [field, is, it] = unread.length === 1 ? ['field', 'is', 'it'] : ['fields', 'are', 'them'];
  return `${field} ${names} ${is} not read (first in record ${unread[0].index + 1}), so ${it === 'it' ? 'it is' : 'they are'} left out — rename ${it} to answer, tips or notes to keep ${it}`;
}

/** One record written in our format: the lines of its question, and the section it goes in. */
export interface RecordQuestion {
  index: number;
  section?: string;
  lines: string[];
  /** Which of `lines` opens the answer (-1: none). */
  answerAt: number;
}

/**
 * Records → questions in our format (`### Question`, `Level: … · Tags: …`, the answer or
 * `Status: open`, tips and follow-ups under labels); `missing` the records with no question field.
 */
export function recordQuestions(items: { item: unknown; section?: string }[]): {
  questions: RecordQuestion[];
  missing: number[];
  unread: { key: string; index: number }[];
} {
  const objects = items.map(({ item }): Item => (typeof item === 'string' ? { question: item } : item && typeof item === 'object' ? (item as Item) : {}));
  const entries = objects.map(fieldsOf);
  // Fields no key list names, as written, with the first record holding each: left out, and said so.
  const unread = new Map<string, number>();
  const levels = entries.map((entry) => field(entry, LEVEL_KEYS));
  const highest = Math.max(0, ...levels.filter((l): l is number => typeof l === 'number'));
  const questions: RecordQuestion[] = [];
  const missing: number[] = [];
  items.forEach(({ section }, i) => {
    const entry = entries[i];
    const question = oneLine(text(field(entry, QUESTION_KEYS)));
    if (!question) {
      missing.push(i);
      return;
    }
    const lines = [`### ${question}`, ''];
    const level = levelOf(levels[i], highest);
    const rawTags = field(entry, TAG_KEYS);
    const tags = (Array.isArray(rawTags) ? rawTags.map(text) : text(rawTags).split(/[,;]/)).map((t) => t.trim()).filter(Boolean);
    const meta = [level ? `Level: ${level}` : '', tags.length ? `Tags: ${tags.join(', ')}` : ''].filter(Boolean);
    if (meta.length) lines.push(meta.join(' · '), '');
    const extras = EXTRA_KEYS.flatMap(([keys, label]) => {
      const value = field(entry, keys);
      const list = (Array.isArray(value) ? value.map(text) : [text(value)]).filter(Boolean);
      return list.length ? [{ label, list }] : [];
    });
    // A second answer field (`explanation` beside `answer`) is printed under its own name, not dropped.
    const answerKey = keyOf(entry, ANSWER_KEYS);
    const more = ANSWER_KEYS.filter((k) => k.toLowerCase() !== answerKey && entry.has(k.toLowerCase()));
    for (const k of more) {
      const value = text(entry.get(k.toLowerCase()));
      if (value) extras.push({ label: labelOf(k), list: [value] });
    }
    const read = new Set([QUESTION_KEYS, LEVEL_KEYS, SECTION_KEYS, TAG_KEYS, ...EXTRA_KEYS.map(([keys]) => keys)].map((keys) => keyOf(entry, keys)));
    for (const k of [answerKey, ...more]) read.add(k?.toLowerCase());
    for (const name of Object.keys(objects[i])) if (!read.has(name.toLowerCase()) && !isBookkeeping(name) && !unread.has(name)) unread.set(name, i);
    const answer = text(answerKey === undefined ? undefined : entry.get(answerKey));
    // With no answer, a tip is what the bank has to say: it answers.
    const said = answer || (extras[0]?.list.length === 1 ? extras.shift()!.list[0] : '');
    const answerAt = answer ? lines.length : -1;
    if (said) lines.push(said, '');
    else lines.push('Status: open', '');
    if (said)
      for (const { label, list } of extras) lines.push(`**${label}:**`, '', ...(list.length === 1 ? [list[0]] : list.map((l) => `- ${oneLine(l)}`)), '');
    questions.push({ index: i, section: text(field(entry, SECTION_KEYS)) || section, lines: lines.flatMap((l) => l.split('\n')), answerAt });
  });
  return { questions, missing, unread: [...unread].map(([key, index]) => ({ key, index })) };
}
