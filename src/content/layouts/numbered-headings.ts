import { BID_START } from './bid-start.js';
import { ANSWER_ALONE, ANSWER_LABEL, QUESTION_LABEL } from './labels.js';
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { cutParagraph, lineCuts } from './cut-paragraph.js';
import { joined } from './number-line-records.js';
import { toString } from 'mdast-util-to-string';
import { headingWords, isNumberLabel, isNumbered, levelNote, questionNumber, topicLabel, withoutNumber } from './question-number.js';
import { placeBody, type Layout, type Part } from './types.js';
import { detailsDepth } from './details-depth.js';
import { answerPartsLevel, isPrompt } from './answer-parts.js';

/** The heading depth that carries the most question numbers, if any. */
function questionDepth(
  nodes: RootContent[],
): { depth: number; count: number; asking?: boolean; outline?: boolean; flat?: boolean; below?: boolean; parts?: boolean } | undefined {
  const counts = new Map<number, number>();
  const labelled = new Map<number, number>();
  for (const node of nodes) {
    if (node.type !== 'heading' || !isNumbered(node)) continue;
    counts.set(node.depth, (counts.get(node.depth) ?? 0) + 1);
    if (QUESTION_LABEL.test(headingWords(node))) labelled.set(node.depth, (labelled.get(node.depth) ?? 0) + 1);
  }
  // As many numbers at two levels (`## 1. Rate Limiter` over `### Question 1.1: Design …`): the level
  // whose numbers say "question" asks; the other numbers its topics.
  const says = (depth: number) => (labelled.get(depth) ?? 0) * 2 > (counts.get(depth) ?? 0);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || Number(says(b[0])) - Number(says(a[0])) || a[0] - b[0]);
  const asking = askingLevel(nodes);
  // Prompts over the parts of their answers (`## Design a URL shortener` over `### Requirements`): asked or not, numbered or not.
  const parts = answerPartsLevel(nodes);
  // Numbered at that level, the numbers already say which headings ask (`## ✅ Final Tip` after `## 🔹 2. …` is none).
  if (parts && parts.depth !== best?.[0] && parts.count >= Math.max(best?.[1] ?? 0, asking?.count ?? 0)) return { ...parts, parts: true };
  if (asking && asking.count > (best?.[1] ?? 0)) return { ...asking, asking: true };
  const below = askedBelowLevel(nodes);
  if (below && below.count > (best?.[1] ?? 0)) return { ...below, below: true };
  return best ? { depth: best[0], count: best[1] } : undefined;
}

/** The heading at `i` has one paragraph under it and nothing more: the next block after it is a heading no deeper, or none. */
function onePara(nodes: RootContent[], i: number): boolean {
  const [heading, para, next] = [nodes[i], nodes[i + 1], nodes[i + 2]];
  return heading.type === 'heading' && para?.type === 'paragraph' && (!next || (next.type === 'heading' && next.depth <= heading.depth));
}

/** The heading at `i` is a title over the one paragraph that asks (`## Role: Intern` over `How would you …?`). */
const asksBelow = (nodes: RootContent[], i: number): boolean => onePara(nodes, i) && /[?？]\s*$/u.test(toString(nodes[i + 1]));

/**
 * The heading level whose headings name where or what was asked, the question written in the
 * one paragraph under each (`## Role: Intern` over `How would you weigh a truck …?`), with no
 * answer anywhere: three such headings at least, most at their level. Each heading over one
 * paragraph there (one that bids, `Prove that …`, too) is a question; the paragraph is what it asks.
 */
function askedBelowLevel(nodes: RootContent[]): { depth: number; count: number } | undefined {
  let best: { depth: number; count: number } | undefined;
  for (let depth = 1; depth <= 6; depth++) {
    const at = [...nodes.keys()].filter((i) => nodes[i].type === 'heading' && (nodes[i] as Heading).depth === depth);
    const asking = at.filter((i) => asksBelow(nodes, i)).length;
    if (asking < 3 || asking * 2 <= at.length) continue;
    const count = at.filter((i) => onePara(nodes, i)).length;
    if (count > (best?.count ?? 0)) best = { depth, count };
  }
  return best;
}

// `[v]`, `[x]`, `[ ]` before a question: the bank keeps track of what its owner has learnt.
const CHECKBOX = /^\s*\[[ xXvV✓✔]\]\s*/u;

/**
 * A heading that asks: it ends in a question mark, is ticked off like one (`# [v] Closures là gì? Lấy ví dụ.`), or
 * is labelled as one over its words (`#### Q. Explain static variables.`, where the label says what a full stop does not).
 */
const asks = (heading: Heading): boolean =>
  /[?？]\s*$/u.test(headingWords(heading)) || CHECKBOX.test(headingWords(heading)) || labelledAsking(headingWords(heading));

/** Words after a question label (`Q. Differentiate between echo and print().`): a label alone (`### Question:`) names a part, not a question. */
function labelledAsking(words: string): boolean {
  const label = QUESTION_LABEL.exec(words);
  return !!label && /\p{L}/u.test(words.slice(label[0].length));
}

/** A heading that bids (`#### Describe how you would split a component.`): among headings that ask, a question too. */
const bids = (heading: Heading): boolean => BID_START.test(toString({ type: 'paragraph', children: withoutNumber(heading.children) }).trim());

/**
 * The heading level that asks: two headings at least, most of those at its level, ending in a
 * question mark or ticked off like one (`# [v] What is hoisting?` one after another, a second `#`
 * being a question rather than a second title; `#### ❓ What is a region?` over its answer). The
 * level with the most such headings, and how many.
 */
function askingLevel(nodes: RootContent[]): { depth: number; count: number; outline?: boolean; flat?: boolean } | undefined {
  let best: { depth: number; count: number; outline?: boolean; flat?: boolean } | undefined;
  for (let depth = 1; depth <= 6; depth++) {
    const headings = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === depth);
    // Where fewer than two ask, prompts that bid (`## Tell me about a conflict with a teammate.`, `## Describe a
    // failure.`, as behavioural banks set them) ask with them; where more do, the bids among them are read as asked (below).
    const asked = headings.filter(asks).length;
    const asking = asked >= 2 ? asked : headings.filter((h) => asks(h) || bids(h)).length;
    if (asking < 2) continue;
    if (asking * 2 <= headings.length) {
      // A page of headings each over its answer, a third at least asking, the others naming their topic.
      if (asking < 3 || asking * 3 < headings.length || !flatAnswered(nodes, depth)) continue;
      const count = headings.filter((h) => !ASIDE.test(headingWords(h))).length;
      if (count > (best?.count ?? 0)) best = { depth, count, flat: true };
      continue;
    }
    // An outline of questions none of which is answered yet: those that bid or name a topic
    // (`### Diferencia entre == y ===`) are asked too.
    const outline = headings.length > asking && emptyHeadings(nodes, depth);
    const count = outline ? headings.length : asking;
    if (count > (best?.count ?? 0)) best = { depth, count, ...(outline ? { outline } : {}) };
  }
  return best;
}

// Headings a page writes around its questions: a preface, its references, a closing summary ("前言", "参考链接", "References").
const ASIDE =
  /^[\p{P}\p{S}\s]*(?:前言|序言?|引言|简介|写在前面|后记|总结|参考(?:链接|资料|文献)?|相关链接|延伸阅读|はじめに|参考文献|おわりに|まとめ|들어가며|참고(?:\s*자료)?|마치며|preface|introduction|intro|overview|foreword|references?|sources?|resources|further reading|links|credits|acknowledge?ments?|license|contributing|conclusion|введение|предисловие|источники|ссылки|литература|заключение|introducción|referencias|fuentes|introdução|referências|fontes|kaynak(?:lar)?|giriş|einleitung|quellen)[\p{P}\p{S}\s]*$/iu;

/**
 * A page whose headings at `depth` each stand over their answer (`## 栈和堆的区别？` over text,
 * `## 防抖节流` over text and code), with no deeper heading anywhere: a blog post of questions,
 * some asked, some named by their topic.
 */
function flatAnswered(nodes: RootContent[], depth: number): boolean {
  if (nodes.some((n) => n.type === 'heading' && n.depth > depth)) return false;
  return nodes.every((n, i) => n.type !== 'heading' || n.depth !== depth || !emptyHeading(nodes, i));
}

/** True when the heading at `i` has nothing under it: the next block is a heading no deeper, or there is none. */
export function emptyHeading(nodes: RootContent[], i: number): boolean {
  const [heading, next] = [nodes[i], nodes[i + 1]];
  return heading.type === 'heading' && (!next || (next.type === 'heading' && next.depth <= heading.depth));
}

/** True when every heading at `depth` has nothing under it. */
const emptyHeadings = (nodes: RootContent[], depth: number): boolean => nodes.every((n, i) => n.type !== 'heading' || n.depth !== depth || emptyHeading(nodes, i));

/** A heading's words without the checkbox it opens with. */
function withoutCheckbox(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text' || !CHECKBOX.test(first.value)) return children;
  const value = first.value.replace(CHECKBOX, '');
  return value ? [{ ...first, value }, ...rest] : rest;
}

/**
 * Numbered question headings at any level (`## 1. Q`, `### Q12: …`, `#### 7) …`): the level
 * carrying the numbers is the question level; deeper headings stay inside the answer, shallower
 * ones are sections.
 */
export const numberedHeadingsLayout: Layout = {
  name: 'numbered-headings',
  count: (nodes) => questionDepth(nodes)?.count ?? 0,
  read(nodes, _dropped, warn) {
    const found = questionDepth(nodes);
    const depth = found?.depth ?? 3;
    const shallowAsks = found && !found.asking && !found.below && !found.parts ? shallowQuestions(nodes, depth) : undefined;
    // A bank numbering its questions under label headings (`##Pergunta 3`), three at least: a line that is only such a
    // label (`🔹 Desafio 1`, typed as a paragraph) stands for one more, over its question and answer.
    const labelled = nodes.filter((n) => n.type === 'heading' && n.depth === depth && isNumberLabel(n)).length >= 3;
    const opening = labelled ? firstGroup(nodes, depth) : undefined;
    const parts: Part[] = [];
    let current: { heading: Heading; body: RootContent[] } | undefined;
    let last: number | undefined;
    // `<details>` blocks open in the current answer: a heading inside one (`#### Answer: D` in a
    // "Show answer" block under `###### 1.`) is the answer's, whatever its level.
    let open = 0;
    // The end of an empty slot being skipped (`#### Question-17:` over a bare `**Ans:**`).
    let skip = 0;
    for (const [i, node] of nodes.entries()) {
      if (i < skip) continue;
      if (current && open > 0) {
        placeBody(parts, current, node);
        open = Math.max(0, open + detailsDepth(node));
        continue;
      }
      open = current ? Math.max(0, detailsDepth(node)) : 0;
      const below = !!found?.below && node.type === 'heading' && node.depth === depth && onePara(nodes, i);
      const stray = current && !found?.asking && continuesNumbers(nodes, i, depth, last);
      const asked =
        stray ||
        (!!shallowAsks?.has(i)) ||
        (!hashGroup(nodes, i, depth) &&
        (below ||
        (node.type === 'heading' &&
          node.depth === depth &&
          (isNumbered(node) || (!!found?.parts && !ASIDE.test(headingWords(node)) && isPrompt(nodes, i)) || (!!found?.asking && (asks(node) || bids(node) || !!found.outline || (!!found.flat && !ASIDE.test(headingWords(node)))))))));
      // A question typed one `#` off (`### 2.` between `#### 1.` and `#### 3.`) sits at the question level.
      // A group's name typed right over a question's label (`🧠 2️⃣ SELECT na prática⏎##Pergunta 4`) opens that group.
      const group = !asked && labelled && current ? groupOver(node, nodes[i + 1], depth) : i === opening ? groupName(node, depth) : undefined;
      if (group) {
        current = undefined;
        parts.push({ kind: 'heading', node: group });
        continue;
      }
      // A second question asked after the answer, over an answer of its own (`👉 Quando usar cada um?` over `R:` and its words).
      const again = !asked && labelled && current && current.body.some(answerLabelled) ? askedAgain(node, nodes[i + 1], depth) : undefined;
      if (again) {
        current = { heading: again.heading, body: again.answer ? [again.answer] : [] };
        parts.push({ kind: 'question', ...current });
        continue;
      }
      const label = !asked && labelled && current ? labelLine(node, depth) : undefined;
      const named = label?.above ? groupOver(label.above, label.heading, depth) : undefined;
      if (named) parts.push({ kind: 'heading', node: named });
      else if (label?.above) placeBody(parts, current, label.above);
      const heading = asked ? ({ ...(node as Heading), depth: depth as Heading['depth'] }) : (current && boldQuestion(node, last, depth)) || label?.heading;
      if (heading) {
        last = questionNumber(headingWords(heading));
        // `### Question 1 — Easy`: the level is the question's badge, not its words; the question is written below.
        const noted = levelNote(heading.children);
        // Asked in the paragraph below: that paragraph prints with the question, which is open.
        // A page's label (`# Question 4 - Events`) names its topic, not its question: the heading under it asks.
        const children = topicLabel(headingWords(heading)) ? [] : withoutNumber(withoutCheckbox(noted?.children ?? heading.children));
        // A heading that is only its number (`## 3`) keeps it, should nothing under it ask in words (only a listing).
        const bare = !toString({ type: 'paragraph', children }).trim() ? { numberText: headingWords(heading).trim() } : {};
        // A slot a bank left to fill in (`#### Question-17:` over a bare `**Ans:**`) asks nothing: left out, said.
        const slot = bare.numberText && asked ? emptySlot(nodes, i, depth) : 0;
        if (slot) {
          warn?.(heading.position?.start.line ?? 1, 'left-out', `"${bare.numberText}" is an empty slot (no question, no answer); left out`);
          skip = slot;
          current = undefined;
          continue;
        }
        const data = { ...heading.data, ...(noted ? { level: noted.level } : {}), ...(below ? { askedWith: true } : {}), ...bare };
        current = { heading: { ...heading, data, children }, body: [] };
        parts.push({ kind: 'question', ...current });
      } else if (found?.flat && !current && node.type === 'heading' && node.depth === depth && !parts.some((p) => p.kind === 'question')) {
        // A preface over the questions (`## 前言`): its words open the page's intro, not a section holding them all.
        parts.push({ kind: 'content', node: { type: 'paragraph', children: [{ type: 'emphasis', children: node.children }], position: node.position } });
      } else if (node.type === 'heading' && (node.depth < depth || !current || node.depth === depth || (headsNext(nodes, i, depth, found?.asking) && !bareOpen(current)))) {
        current = undefined;
        parts.push({ kind: 'heading', node });
      } else placeBody(parts, current, node);
    }
    return parts;
  },
};

/**
 * Numbered questions written a level above the question level in another part of the bank
 * (`### Q1. …?` under `## DevOps`, where `#### Q1. …?` to `#### Q50. …?` sit under level headings
 * in the next part): the headings above the question level that ask (a question mark or a
 * question label), are numbered, and have no deeper heading under them, two at least at one
 * level counting on from each other. Their indexes in `nodes`; a group's title always has its
 * questions under it, so it is never one of them.
 */
function shallowQuestions(nodes: RootContent[], depth: number): Set<number> {
  const found = new Set<number>();
  for (let level = 1; level < depth; level++) {
    const run: number[] = [];
    let previous: number | undefined;
    const close = () => {
      if (run.length >= 2) for (const i of run) found.add(i);
      run.length = 0;
    };
    for (const [i, node] of nodes.entries()) {
      if (node.type !== 'heading' || node.depth > level) continue;
      const number = node.depth === level && isNumbered(node) ? questionNumber(headingWords(node)) : undefined;
      const leaf = emptyUnder(nodes, i);
      const asking = asks(node) || QUESTION_LABEL.test(headingWords(node));
      if (number === undefined || !leaf || !asking || (run.length > 0 && number !== (previous ?? 0) + 1)) close();
      if (number !== undefined && leaf && asking && node.depth === level) {
        if (run.length === 0 || number === (previous ?? 0) + 1) run.push(i);
        previous = number;
      }
    }
    close();
  }
  return found;
}

/** True when no heading deeper than the heading at `i` comes before the next heading at its depth or above. */
function emptyUnder(nodes: RootContent[], i: number): boolean {
  const heading = nodes[i] as Heading;
  for (let k = i + 1; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.type !== 'heading') continue;
    return node.depth <= heading.depth;
  }
  return true;
}

// `## # 2. MODULES`: a group's number written after a hash of its own, as some banks mark their parts among `## Q. …` questions.
const HASH_NUMBER = /^\s*#\s*[0-9]{1,3}\s*[.)]\s+\S/;

/**
 * The heading at `i` is a group's title, not a question: numbered after a hash (HASH_NUMBER), asking
 * nothing, with nothing under it but markup (`<br/>`, rules), right above a question at its level
 * that is numbered otherwise (`## Q. What is …?`).
 */
function hashGroup(nodes: RootContent[], i: number, depth: number): boolean {
  const node = nodes[i];
  if (node.type !== 'heading' || node.depth !== depth || !HASH_NUMBER.test(headingWords(node)) || asks(node)) return false;
  let k = i + 1;
  while (nodes[k]?.type === 'html' || nodes[k]?.type === 'thematicBreak') k++;
  const next = nodes[k];
  return next?.type === 'heading' && next.depth === depth && !HASH_NUMBER.test(headingWords(next)) && (isNumbered(next) || asks(next));
}

/**
 * Where an empty slot ends: the heading at `i`, a number alone, has nothing under it before the
 * next heading at its level or above but an answer label alone (`**Ans:**`), and no deeper
 * heading asks in its place. 0 when something is written there.
 */
function emptySlot(nodes: RootContent[], i: number, depth: number): number {
  let k = i + 1;
  while (nodes[k] && !(nodes[k].type === 'heading' && (nodes[k] as Heading).depth <= depth)) {
    const node = nodes[k];
    if (!(node.type === 'paragraph' && ANSWER_ALONE.test(toString(node))) && node.type !== 'thematicBreak') return 0;
    k++;
  }
  return k;
}

/** A paragraph opening with an answer's label (`R:`, `A:`, `Answer:`). */
const answerLabelled = (node: RootContent | undefined): boolean => node?.type === 'paragraph' && ANSWER_LABEL.test(toString(node));

/**
 * A line that asks (`👉 O que aconteceria se …?`) over an answer's label, on the line under it or in the paragraph below: a
 * question of its own, asked after the answer above it. Its heading, and the answer typed in the same paragraph, if any.
 */
function askedAgain(node: RootContent, next: RootContent | undefined, depth: number): { heading: Heading; answer?: Paragraph } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [first, ...rest] = cutParagraph(node, lineCuts(node.children));
  if (!/[?？]\s*$/u.test(toString(first)) || toString(first).length > 240) return undefined;
  const answer = rest.length ? joined(rest) : undefined;
  if (answer ? !answerLabelled(answer) : !answerLabelled(next)) return undefined;
  return { heading: { type: 'heading', depth: depth as Heading['depth'], children: first.children, position: first.position }, answer };
}

// How a group's name is marked (`🧠 2️⃣ …`, `🔍 3️⃣ …`): a symbol, then its words.
const MARKED_GROUP = /^[\p{Extended_Pictographic}\p{So}]\uFE0F?\s/u;

/**
 * The one-line paragraph `node`, marked as a group's name and no sentence, typed on the line right over a question's
 * label (`next`, a heading at `depth` that is only a label and number): a section's heading, one level above the questions.
 */
function groupOver(node: RootContent, next: RootContent | undefined, depth: number): Heading | undefined {
  if (next?.type !== 'heading' || next.depth !== depth || !isNumberLabel(next)) return undefined;
  if ((next.position?.start.line ?? 0) !== (node.position?.end.line ?? -1) + 1) return undefined;
  return groupName(node, depth);
}

/** The one-line paragraph `node`, marked as a group's name and no sentence (`🧠 1️⃣ Revisão conceitual`), as a section's heading over questions at `depth`. */
function groupName(node: RootContent, depth: number): Heading | undefined {
  if (node.type !== 'paragraph') return undefined;
  const text = toString(node).trim();
  if (text.includes('\n') || text.length > 80 || !MARKED_GROUP.test(text) || /[.!?:;。！？：；]$/u.test(text)) return undefined;
  // Marked as a group's name: at the top of the bank, it is no title for the whole (assemble.ts).
  return { type: 'heading', depth: Math.max(1, depth - 1) as Heading['depth'], children: node.children, position: node.position, data: { groupName: true } as Heading['data'] };
}

/**
 * Where the bank's first group is named, in a bank naming its later groups by marked lines right over a question's label
 * (groupOver): a marked line before the first question, over a lead-in of a paragraph or two at most (`🧠 1️⃣ Revisão
 * conceitual⏎⏎Responda com suas palavras:⏎⏎##Pergunta 1`). Read as the bank's introduction, it named no section, and
 * the first group's questions fell under a stand-in one.
 */
function firstGroup(nodes: RootContent[], depth: number): number | undefined {
  const first = nodes.findIndex((n) => n.type === 'heading' && n.depth === depth && isNumberLabel(n));
  if (first < 1 || !nodes.some((n, i) => i > first && groupOver(n, nodes[i + 1], depth))) return undefined;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (nodes[k].type !== 'paragraph') return undefined;
    if (groupName(nodes[k], depth)) return k;
  }
  return undefined;
}

/**
 * A paragraph ending on a line that is only a question's label and number (`🔹 Desafio 2`, `Exercise 3 (mental)`): that
 * line as a heading at `depth`, and the lines above it (a group's name typed right over it), which end the answer above.
 */
function labelLine(node: RootContent, depth: number): { heading: Heading; above?: Paragraph } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = cutParagraph(node, lineCuts(node.children));
  const last = lines[lines.length - 1];
  const heading: Heading = { type: 'heading', depth: depth as Heading['depth'], children: last.children, position: last.position };
  if (!isNumberLabel(heading)) return undefined;
  return lines.length > 1 ? { heading, above: joined(lines.slice(0, -1)) } : { heading };
}

/**
 * A question written as a bold paragraph among numbered headings (`**5. What is …?**` between
 * `### 4.` and `### 6.`), as hand-kept banks slip into: read as the question its number says it
 * is when that number is the next one, else it stays in the answer above. Its heading keeps
 * the paragraph's place in the file.
 */
function boldQuestion(node: RootContent, last: number | undefined, depth: number): Heading | undefined {
  if (last === undefined || node.type !== 'paragraph') return undefined;
  const kids = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kids.length !== 1 || kids[0].type !== 'strong') return undefined;
  const children: PhrasingContent[] = kids[0].children;
  if (questionNumber(toString(kids[0])) !== last + 1) return undefined;
  return { type: 'heading', depth: depth as Heading['depth'], children, position: node.position };
}

/**
 * The heading at `i`, at another level than the questions, is one of them typed one `#` off
 * (`### 2. How do you …?` between `#### 1.` and `#### 3.`): its number is the one after the
 * question above, and the next numbered heading at the question level is the one after it (or
 * there is none and it asks). A group's numbers (`### 2. OOP` over `## 3. …`) never run on both sides.
 */
function continuesNumbers(nodes: RootContent[], i: number, depth: number, last: number | undefined): boolean {
  const node = nodes[i];
  if (last === undefined || node.type !== 'heading' || node.depth === depth || !isNumbered(node)) return false;
  const number = questionNumber(headingWords(node));
  if (number !== last + 1) return false;
  const next = nodes.slice(i + 1).find((n): n is Heading => n.type === 'heading' && (n.depth === depth || n.depth < Math.min(depth, node.depth)));
  if (next && next.depth === depth && isNumbered(next)) return questionNumber(headingWords(next)) === number + 1;
  return asks(node);
}

/**
 * A question whose heading was only its number (`# Question 1.`) with nothing under it yet: the
 * deeper heading that follows (`### What is …?`) asks it, even right above the next number.
 */
const bareOpen = (current: { heading: Heading; body: RootContent[] } | undefined): boolean =>
  !!current && current.body.length === 0 && !toString({ type: 'paragraph', children: current.heading.children }).trim();

/**
 * True when the heading at `i` stands right above a question (rules aside) at the question level:
 * a group's title however deep it is written (`### 2. OOP` over `## 3. What is …?`), not the
 * end of the answer above it.
 */
function headsNext(nodes: RootContent[], i: number, depth: number, asking?: boolean): boolean {
  // `#### References` closing an answer, right above the next question, is still that answer's.
  if (ASIDE.test(headingWords(nodes[i] as Heading))) return false;
  let k = i + 1;
  while (nodes[k]?.type === 'thematicBreak') k++;
  const next = nodes[k];
  return next?.type === 'heading' && next.depth === depth && (isNumbered(next) || (!!asking && asks(next)));
}
