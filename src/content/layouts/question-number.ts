import { toString } from 'mdast-util-to-string';
import type { Heading, PhrasingContent } from 'mdast';
import { BID_START } from './bid-start.js';
import { PROMPT_START } from './list-items.js';

// Words a bank writes before a question's number (`Question 1`, `Exercise 4:`, `Вопрос 3`).
export const LABEL_WORDS =
  'Q|Question|Вопрос|Питання|Задача|Pregunta|Pergunta|Questão|Frage|Aufgabe|Domanda|Vraag|Pytanie|Zadanie|Otázka|Kérdés|Întrebare|Fråga|Spørsmål|Spørgsmål|Kysymys|Soru|Pertanyaan|Soal|Ερώτηση|Câu hỏi|Câu|질문|문제|问题|問題|题目|質問|שאלה|سؤال|प्रश्न|คำถาม|Problem|Exercise|Task|Challenge|Desafio|Desafío|Ejercicio|Exercício|Exercice|Übung';
// Digits, ASCII or full width (`１２`, as Chinese and Japanese banks write them).
const DIGITS = '[0-9０-９]{1,4}';
// `Q1)`, `Q.1:`, `Question-1:`, `Question 3 -`, `Q1.What`, `Exercise 4:`, `Вопрос 2.`, `Q1.2:` (within a chapter): a "Q" or a label word says
// it is a number, so no space needs to follow.
const Q_NUMBER = `(?:${LABEL_WORDS})\\s*[.\\-_]?\\s*(?:#|№|No\\.?)?\\s*${DIGITS}(?:\\.${DIGITS})*\\s*[.):\\-–—．）：、]\\s*`;
// `1. Q`, `12) Q`, `#7. Q`: a bare number needs a space after it ("1.5 GHz", "3.x" are no
// numbers), unless full-width punctuation (`１．`, `1、`), a capital or a CJK character follows
// (`1.什么是`, `7.Service 是`, as Chinese banks write them).
const BARE_NUMBER = `${DIGITS}\\s*(?:[.):\\-–—]\\s+|[．）：、]\\s*|[.)](?=[¿¡\\p{Lu}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]))`;
// `1.1 Q`, `4.31 Q`: a question numbered within its chapter, as long banks number them; a space follows.
const DOTTED_NUMBER = `${DIGITS}(?:\\.${DIGITS})+\\.?\\s+`;
// `第 1 题：`, `第12問`, `問3.`: the number spelled with its counter, as Chinese and Japanese banks do.
const CJK_NUMBER = `(?:第\\s*${DIGITS}\\s*[题題问問]|[问問]\\s*${DIGITS})\\s*[.):\\-–—．）：、]?\\s*`;
// `1️⃣ Q`, `1️⃣2️⃣ Q`, `🔟 Q`: the number written in keycap emoji, as some banks number their questions.
const KEYCAP_NUMBER = `(?:(?:[0-9]\\uFE0F?\\u20E3)+|\\u{1F51F})\\s*`;
// `🔹 1. Q`, `✅ Q3: …`: a symbol or two marking the heading, before its number.
const MARKER = `(?:[\\p{Extended_Pictographic}\\p{So}\\uFE0F\\u200D]+\\s*)?`;
const PREFIX = `^\\s*${MARKER}(?:#?\\s*)?(?:${Q_NUMBER}|${DOTTED_NUMBER}|${BARE_NUMBER}|${CJK_NUMBER}|${KEYCAP_NUMBER})`;
const NUMBER = new RegExp(`${PREFIX}(?=\\S)`, 'iu');
// The number alone, as in a bold run `**Q1.** What …`.
const NUMBER_ALONE = new RegExp(`^\\s*#?\\s*(?:(?:(?:Q|Question)\\s*\\.?\\s*)?${DIGITS}\\s*[.):\\-–—．）：、]|${CJK_NUMBER})\\s*$`, 'iu');

// `Question 1`, `Вопрос 3`, `第 1 题 🟢`, `#12`, `Pregunta 4 (Dificultad 2)`: a heading that is only a question's number (and a note in brackets), the
// question itself written under it (after a `**Question:**` label, or under a "题目" heading). A bilingual bank
// writes the label again in its other language after a slash (`Question 1 / คำถามที่ 1`).
const AGAIN = `(?:\\s*/\\s*\\p{L}[\\p{L}\\p{M} ]{0,24}?\\s*${DIGITS})?`;
const LABEL_ONLY = new RegExp(
  `^\\s*${MARKER}(?:(?:${LABEL_WORDS})\\s*[-_]?\\s*(?:#|№|No\\.?)?\\s*${DIGITS}${AGAIN}|#?\\s*${DIGITS}|第\\s*${DIGITS}\\s*[题題问問]|[问問]\\s*${DIGITS})\\s*[.):：．）、]?(?:\\s*[(\\[（][^)\\]）\\n]{1,40}[)\\]）])?[\\p{Extended_Pictographic}\\p{So}\\uFE0F\\u200D\\s]*$`,
  'iu',
);

/** True when a heading is a question's number and nothing else (`## Question 1`, `## 第 1 题 🟢`). */
export const isNumberLabel = (heading: Heading): boolean => LABEL_ONLY.test(headingWords(heading)) || topicLabel(headingWords(heading));

// `Question 4 - Events`: the number and, after a dash, the topic the page belongs to (a bank kept
// one page a question, the question in the heading under it).
const TOPIC_LABEL = new RegExp(`^\\s*(?:${LABEL_WORDS})\\s*[-_]?\\s*${DIGITS}\\s+[-–—]\\s+([^?？\\n]{1,40})$`, 'iu');

/**
 * A number label with a topic after a dash (`Question 4 - Events`), its topic a name: one to three words, no bid,
 * capitalised, or a command's name in small letters (`Вопрос 1 — terraform plan`) that opens no prompt (`what is a pod`).
 */
export function topicLabel(words: string): boolean {
  const topic = TOPIC_LABEL.exec(words)?.[1].trim();
  return !!topic && topic.split(/\s+/).length <= 3 && (/^\p{Lu}/u.test(topic) || !PROMPT_START.test(topic)) && !BID_START.test(topic);
}

// `<a name="q-1-1">` / `<a id="q1">`: a target for in-page links, with nothing to read.
const ANCHOR_TARGET = /^\s*<a\s+(?:name|id)\s*=[^>]*>\s*$/i;

/** True when a heading starts with a question number. */
export const isNumbered = (heading: Heading): boolean => NUMBER.test(headingWords(heading)) || isNumberLabel(heading);

/** A heading's words, without the HTML in it (`## <a name="q-1-1"></a> 1.1 …` starts with its number). */
export const headingWords = (heading: Heading): string => toString(heading, { includeHtml: false });

/** The number a text starts with as a question number (`Q12:` → 12, `１２．` → 12), if it does. */
export function questionNumber(text: string): number | undefined {
  // `4.31` is question 31 of chapter 4: the last number counts.
  const key = numberKey(text);
  return key === undefined ? undefined : Number(key.split('.').pop());
}

/**
 * A question's whole number as an answer key writes it (`Q1.2:` → "1.2", `12.` → "12",
 * `１２．` → "12"), if the text starts with one.
 */
export function numberKey(text: string): string | undefined {
  const prefix = NUMBER.exec(text)?.[0] ?? LABEL_ONLY.exec(text)?.[0];
  if (!prefix) return undefined;
  // Keycaps (`1️⃣2️⃣`, `🔟`) spell one number digit by digit.
  if (/\u{1F51F}/u.test(prefix)) return '10';
  const keycaps = /^(?:\s*[0-9]\uFE0F?\u20E3)+/u.exec(prefix)?.[0].replace(/\D/g, '');
  if (keycaps) return String(Number(keycaps));
  // The number, not a note after it (`Pregunta 4 (Dificultad 2)` is question 4).
  const digits = prefix.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)).match(/[0-9]+(?:\.[0-9]+)*/)?.[0];
  return digits?.split('.').map(Number).join('.');
}

// A question's id in a bank: a hash, perhaps a few letters, and its number (`#q10001`, `#JS-3`), or `Q12`; never `h1`, `md5`.
const QUESTION_ID = /^#[a-z]{0,3}[-_]?\d{1,6}$|^q[-_]?\d{1,6}$/i;

// An opening tag that only styles the words after it (`<b>`, `<strong class="q">`).
const STYLE_TAG = /^\s*<(?:b|strong|i|em|u|span)(?:\s[^>]*)?>\s*$/i;

/** A heading's words without its leading question number (we number questions ourselves). */
export function withoutNumber(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (!first) return children;
  // A number and nothing else (`Question 1`, `第 1 题 🟢`): the question is written below it.
  if (LABEL_ONLY.test(toString({ type: 'paragraph', children }, { includeHtml: false }))) return [];
  // An anchor for in-page links (`<a name="q-1-1"></a>`) before the number goes with it.
  if (first.type === 'html' && ANCHOR_TARGET.test(first.value)) return withoutNumber(trimStart(rest[0]?.type === 'html' && /^\s*<\/a>\s*$/i.test(rest[0].value) ? rest.slice(1) : rest));
  // `###### <b> 1. What …? </b>`: the number inside a bold tag written in HTML goes, the tag stays.
  if (first.type === 'html' && STYLE_TAG.test(first.value)) {
    const words = withoutNumber(trimStart(rest));
    return toString({ type: 'paragraph', children: words }) === toString({ type: 'paragraph', children: rest }) ? children : [first, ...words];
  }
  if (first.type === 'text') {
    const value = first.value.replace(NUMBER, '').replace(NUMBER_ALONE, '');
    return value ? [{ ...first, value }, ...rest] : trimStart(rest);
  }
  // `` `#1` What …``: a number set as code, as blog themes mark one.
  // So is a bank's own id for the question (`` `#q10001` ``, `` `Q12` ``): letters and a number, set as code.
  if (first.type === 'inlineCode' && (NUMBER_ALONE.test(first.value) || LABEL_ONLY.test(first.value) || QUESTION_ID.test(first.value))) return trimStart(rest);
  // A question written as a link to its answer's page (`` [`#q101` 什么是…？](/q/q101) ``): its number is inside the link.
  if (first.type === 'link' && first.children[0]?.type === 'inlineCode') {
    const words = withoutNumber(first.children);
    return words.length && words !== first.children ? [{ ...first, children: words }, ...rest] : children;
  }
  if (first.type === 'strong' || first.type === 'emphasis') {
    const words = toString(first);
    // `**Q1.** What …`: the bold run is the number alone and goes with it.
    if (NUMBER_ALONE.test(words)) return trimStart(rest);
    if (NUMBER.test(words)) return [{ ...first, children: withoutNumber(first.children) }, ...rest];
  }
  return children;
}

function trimStart(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const value = first.value.trimStart();
  return value ? [{ ...first, value }, ...rest] : rest;
}

// `Question 1 — Easy`, `Q3 (hard)`, `#4 [Medium]`: a level written after the number, with a stray `**` at the end as some banks leave it.
const LEVEL_NOTE = /\s*(?:[—–:-]\s*|[([]\s*)(easy|medium|hard)\s*[)\]]?\s*\**\s*$/i;

/**
 * The level a numbered heading gives after its number (`### Question 1 — Easy`, `## 第 1 题 🟢`), and the heading
 * without it: the level is the question's (its badge), not the question's words.
 */
export function levelNote(children: PhrasingContent[]): { level: 'easy' | 'medium' | 'hard'; children: PhrasingContent[] } | undefined {
  const last = children[children.length - 1];
  const words = toString({ type: 'paragraph', children }, { includeHtml: false });
  const note = LEVEL_NOTE.test(words) ? LEVEL_NOTE : LEVEL_MARK;
  const m = note.exec(words);
  if (!m || last?.type !== 'text' || !note.test(last.value) || !NUMBER_ALONE_OR_LABEL(words.slice(0, m.index))) return undefined;
  const value = last.value.replace(note, '');
  const level = MARKED_LEVELS[m[1]] ?? (m[1].toLowerCase() as 'easy' | 'medium' | 'hard');
  return { level, children: value ? [...children.slice(0, -1), { ...last, value }] : children.slice(0, -1) };
}

// `## 第 1 题 🟢`, `### Question 4 🔴`: a level marked in traffic-light colours after the number.
const LEVEL_MARK = /\s*(🟢|🟡|🟠|🔴)\uFE0F?\s*$/u;
const MARKED_LEVELS: Record<string, 'easy' | 'medium' | 'hard'> = { '🟢': 'easy', '🟡': 'medium', '🟠': 'medium', '🔴': 'hard' };

/** Words that are a question's number and nothing else (`Question 1`, `Q3`, `#4`). */
const NUMBER_ALONE_OR_LABEL = (words: string): boolean => LABEL_ONLY.test(words) || NUMBER_ALONE.test(words);
