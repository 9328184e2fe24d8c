import { toString } from 'mdast-util-to-string';
import type { ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { ANSWER_LABEL } from './labels.js';
import { setsTask } from './bid-start.js';
import { scriptOf } from './script-of.js';
import { asksUnmarked } from './unmarked-asks.js';

// Ends like a question in the scripts banks are written in (Latin, Cyrillic, CJK, Arabic, Greek),
// also inside the quotation marks of a question as the interviewer says it (`"How did you …?"`),
// or before a mark the bank's owner put after it (`알고 있나요??📌`, a level in brackets `… ? [Senior]`).
export const ASKS = /[?？؟\u037e](?:\s*\[[^\]\n]{1,20}\])?[\s*"”»“’」』\p{Extended_Pictographic}\uFE0F]*$/u;
// …or bids, as exam banks write their prompts (`Erklären Sie den Unterschied!`, Korean `설명하시오.`, `말씀해주세요.`,
// Japanese `対策方法を教えてください`, `説明して下さい。`).
export const BIDS = /(?:[?？؟\u037e!！]|(?:주세요|보세요|하세요|하시오|십시오)[.!]?|(?:ください|下さい)[。.!！]?)(?:\s*\[[^\]\n]{1,20}\])?[\s*"”»“’」』\p{Extended_Pictographic}\uFE0F]*$/u;

// How a prompt opens when its question mark is left off (`What is a lambda`, `Explain optimistic locking`).
// Also the verbs that open a task or a question in Chinese and Japanese, where no space ends a word (`反轉一個字串`, `実装してください`),
// and the imperatives Russian and Ukrainian banks set tasks with (`Напишите функцию …`, `Знайдіть …`), and Italian,
// Portuguese, Spanish, French and German ones (`Descrivi il processo …`, `Explique …`, `Erläutern …`), with the
// Italian question words that need no mark to ask (`Quali sono …`, `Come funzionano i database`), and the Vietnamese
// verbs that set a prompt (`Giải thích …`, `Phân biệt A và B`, `So sánh …`, `Nêu …`), and the Polish imperatives
// recruiters ask with (`Opowiedz o …`, `Napisz algorytm …`, `Wyjaśnij …`).
export const PROMPT_START =
  /^(?:(?:what|how|why|when|where|which|who|explain|describe|define|write|show|compare|list|name|give|tell|discuss|implement|design|differences?)\b|(?:实现|實現|實作|编写|編寫|手写|手寫|写出|寫出|找出|反转|反轉|设计|設計|解释|解釋|说明|說明|比较|比較|列出|描述|简述|簡述|谈谈|談談|介绍|介紹|如何|怎么|怎麼|为什么|為什麼|什么|什麼|説明|実装|設計)|(?:напиши(?:те)?|найди(?:те)?|объясни(?:те)?|опиши(?:те)?|расскажи(?:те)?|сравни(?:те)?|реализуй(?:те)?|приведи(?:те)?|назови(?:те)?|перечисли(?:те)?|что|как(?:ой|ая|ое|ие|им|ую)?|почему|зачем|сколько|чем|в\s+ч[её]м|для\s+чего|напишіть|що|як(?:ий|а|е|і)?|чому|навіщо|скільки|в\s+чому|знайдіть|поясніть|опишіть|розкажіть|порівняйте|реалізуйте|наведіть|назвіть|перелічіть|впорядкуйте|descrivi|spiega|elenca|definisci|confronta|illustra|perch[ée]|qual[ie]|cosa\s+(?:sono|è|significa|fa)|come\s+(?:funzion\p{L}*|si)|descreva|explique|defina|explica|describa|enumera|décrivez|expliquez|définissez|comparez|citez|erklären|beschreiben|erläutern|vergleichen|giải thích|trình bày|phân biệt|so sánh|liệt kê|mô tả|định nghĩa|nêu|hãy|opowiedz|opisz|napisz|wyjaśnij|wytłumacz|wymień|porównaj|podaj|zdefiniuj|zaimplementuj|zaprojektuj|omów|dlaczego)(?![\p{L}\p{N}]))/iu;

/** Chinese words that set a coding task wherever they stand in the line (`用 HTTP 方法寫一個 …`, `實作`, `把 … 攤平成 …`). */
export const CJK_TASK = /寫一個|写一个|寫出|写出|實作|实作|实现|實現|手寫|手写|設計一個|设计一个|編寫|编写|^把[^，,。]{1,30}?(?:成|為|为|轉|转)/u;

/**
 * A line that bids as a prompt written with a full stop (`Explain what Go is.`) over its answer on
 * the next line, in the same script: the answer (the line under it in another script asks the same again).
 * Names or an address under it (`number,string,BigInt`, a link) are in no language: an answer too.
 */
const promptOver = (line: string, rest: string): boolean =>
  !remark(rest) &&
  !line.includes('\n') && line.length <= 200 && (PROMPT_START.test(line.trim()) || CJK_TASK.test(line.trim()) || asksUnmarked(line)) && /[.\p{L}\p{N})`]$/u.test(line.trim()) && (scriptOf(line) === scriptOf(rest) || NO_WORDS.test(rest.trim())) && (NO_WORDS.test(rest.trim()) || !wrapped(line, rest));

/** A line in no language: an address (`https://…`), or names set apart by commas (`GET,POST,PUT`), no space. */
const NO_WORDS = /^(?:[a-z][a-z+.-]*:\/\/\S+|[\x21-\x2b\x2d-\x7e]+(?:,[\x21-\x2b\x2d-\x7e]+)+)$/i;

/** A remark in brackets (`[Nice to have; few candidates know it].`): the asker's note on the prompt, no answer to it. */
const remark = (text: string): boolean => /^\s*[[(（][^\n]*[\])）][.。]?\s*$/u.test(text);

/**
 * A sentence wrapped onto the next line (`… (The program numbers the lines in⏎a buffer …`): a
 * bracket left open, no full stop where the next line goes on in lower case (`… getattribute()⏎methods
 * in Python.`), or a line ending on a word no sentence ends on (`… os.path.abspath() in⏎Python.`).
 * No answer under it.
 */
function wrapped(line: string, rest: string): boolean {
  const opened = (line.match(/[(（[]/g) ?? []).length > (line.match(/[)）\]]/g) ?? []).length;
  return opened || (/[\p{L}\p{N})`]$/u.test(line.trim()) && /^\p{Ll}/u.test(rest.trim())) || OPEN_END.test(line);
}

// Words an English line breaks after only when its sentence goes on: articles, prepositions, conjunctions.
const OPEN_END = /\s(?:a|an|the|of|in|on|at|to|for|from|with|by|into|about|between|and|or|nor|but|than|as|vs\.?|versus|is|are|its|their|your|our|this|that|these|those)\s*$/i;

/**
 * The questions one item holds, as hand-typed lists slip them in: `41. 41. What …` (a number
 * typed twice reads as a list in the item) is the one inside; `58. What …?⏎59.What …` (no space
 * after the number, so no new item) is two; `100. What …?<br>⏎Ans: …` is a question over its answer.
 */
export function itemsOf(item: ListItem): ListItem[] {
  const [only] = item.children;
  if (item.children.length === 1 && only.type === 'list' && only.children.length === 1) return itemsOf(only.children[0]);
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return [item];
  const lines = splitLines(first);
  return lines.map((line, i) => ({
    ...item,
    children: (i === lines.length - 1 ? [...lineBody(line), ...rest] : lineBody(line)) as ListItem['children'],
    position: i ? line.position : item.position,
  }));
}

// `59.What …` at the start of a line inside an item: the next question, its space forgotten.
const GLUED_NUMBER = /\n\s*([0-9]{1,4})\.(?=\S)/;

/** An item's paragraph cut where a line starts with a number of its own. */
function splitLines(p: Paragraph): Paragraph[] {
  const out: Paragraph[] = [];
  let children: PhrasingContent[] = [];
  // Each piece starts on its own line of the file.
  let line = p.position?.start.line ?? 1;
  let start = line;
  const piece = () => ({ ...p, children, position: p.position && { start: { line: start, column: 1 }, end: p.position.end } });
  for (const child of p.children) {
    let c: PhrasingContent = child;
    let m: RegExpExecArray | null;
    while (c.type === 'text' && (m = GLUED_NUMBER.exec(c.value))) {
      const before = c.value.slice(0, m.index);
      if (before) children.push({ ...c, value: before });
      out.push(piece());
      line += (c.value.slice(0, m.index + m[0].length).match(/\n/g) ?? []).length;
      start = line;
      children = [];
      c = { ...c, value: c.value.slice(m.index + m[0].length) };
    }
    if (c.type === 'text') line += (c.value.match(/\n/g) ?? []).length;
    if (c.type !== 'text' || c.value) children.push(c);
  }
  out.push(piece());
  return out.filter((piece) => piece.children.length);
}

/**
 * The index of a hard break (two spaces or a backslash at the line's end) closing the item's
 * first line, when that line names a topic (short, no lead-in colon, no sentence) and what
 * follows does not ask: the writer broke the line to set the answer under its topic.
 */
function toppedBreak(p: Paragraph): number {
  const at = p.children.findIndex((c) => c.type === 'break');
  if (at <= 0) return -1;
  const head = toString({ type: 'paragraph', children: p.children.slice(0, at) }).trim();
  const rest = toString({ type: 'paragraph', children: p.children.slice(at + 1) }).trim();
  if (!head || !rest || head.includes('\n') || head.length > 100 || /[:：,，、;；.。]$/.test(head) || ASKS.test(rest)) return -1;
  return at;
}

/** The index of a hard break closing a prompt's line over its answer (`Name Go's one loop.··⏎The for loop.`), when that answer does not ask. */
function promptBreak(p: Paragraph): number {
  const words = (from: number, to?: number) => toString({ type: 'paragraph', children: p.children.slice(from, to) });
  const at = p.children.findIndex((c, i) => c.type === 'break' && promptOver(words(0, i), words(i + 1)));
  return at >= 0 && !ASKS.test(words(at + 1).trim()) ? at : -1;
}

/**
 * Words as typed, code in its backticks: a line ending in code (`Phân biệt \`a\` và \`b\``), or one
 * opening with it, is not a sentence wrapped over two lines.
 */
const coded = (children: PhrasingContent[]): string => children.map((c) => (c.type === 'inlineCode' ? `\`${c.value}\`` : toString(c))).join('');

/** A Chinese line opening with "please" (`请阐明思路`, `請說明`): it bids, as a question's second line does. */
const PLEASE = /^[请請]\p{Script=Han}/u;

/**
 * A question line over the answer a break puts below it (`What …?<br>⏎Ans: …`, or a prompt over
 * `**Answer:** …` that does not ask), or the next
 * line of the item (`Erklären Sie @Bean!⏎@Bean marks …`, unless that line asks too): two paragraphs.
 */
function lineBody(p: Paragraph): RootContent[] {
  const before = (i: number, extra = '') => toString({ type: 'paragraph', children: p.children.slice(0, i) }) + extra;
  // The line under it opening with an answer label (`**Answer:** …`) ends the question, asking or not.
  const labelled = (i: number) => ANSWER_LABEL.test(toString({ type: 'paragraph', children: p.children.slice(i + 1) }));
  let at = p.children.findIndex((c, i) => (c.type === 'break' || (c.type === 'html' && /^<br\s*\/?>$/i.test(c.value.trim()))) && (ASKS.test(before(i)) || labelled(i)));
  // A topic line ended by a hard break (`Three pillars of OOP  ⏎Encapsulation, …`): the break puts its answer under it.
  if (at < 0) at = toppedBreak(p);
  // A prompt with its full stop ended by a hard break (`Explain what a slice is.··⏎A slice is …`): the break sets its answer under it.
  if (at < 0) at = promptBreak(p);
  let after = p.children.slice(at + 1);
  if (at < 0) {
    // A line break inside the text, after a line that asks or bids.
    for (const [i, c] of p.children.entries()) {
      if (c.type !== 'text') continue;
      const cut = [...c.value.matchAll(/\n/g)]
        .map((m) => m.index)
        .find((n) => BIDS.test(before(i, c.value.slice(0, n))) || promptOver(coded(p.children.slice(0, i)) + c.value.slice(0, n), c.value.slice(n + 1) + coded(p.children.slice(i + 1))));
      if (cut === undefined) continue;
      const rest = [{ ...c, value: c.value.slice(cut + 1) }, ...p.children.slice(i + 1)];
      // The line under it asks again, or bids (`…该如何进行？⏎请阐明思路…。`, `…?⏎Explain with an example.`): the question goes on there.
      const said = toString({ type: 'paragraph', children: rest }).trim();
      if (ASKS.test(said) || setsTask(said) || PLEASE.test(said)) return [p];
      at = i;
      after = rest;
      p = { ...p, children: [...p.children.slice(0, i), { ...c, value: c.value.slice(0, cut) }] };
      break;
    }
    if (at < 0) return [p];
  }
  if (after[0]?.type === 'text') after[0] = { ...after[0], value: after[0].value.replace(/^\s+/, '') };
  const answer = after.filter((c) => !(c.type === 'text' && !c.value));
  const asked = p.children.slice(0, p.children.length === at + 1 && p.children[at].type === 'text' ? at + 1 : at);
  return answer.length
    ? [
        { ...p, children: asked },
        { ...p, children: answer },
      ]
    : [{ ...p, children: asked }];
}
