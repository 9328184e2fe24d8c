import { toString } from 'mdast-util-to-string';
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong, Text } from 'mdast';
import { cutParagraph, lineCuts } from './cut-paragraph.js';
import { columnTopic, numberedLines, promptText, questionColumns } from './numbered-lines.js';
import { labelledAnswerSplit } from './labelled-answer.js';
import { arrowList, arrowSplit, boldDashSplit, boldLineSplit, boldRunOnSplit } from './arrow-answers.js';
import { ASKS_WITH_ASIDE } from './bold-asides.js';
import { ANSWER_LABEL, QUESTION_LABEL } from './labels.js';
import { paragraphQuestion } from './paragraph-question.js';
import { ASKS, BIDS, itemsOf, PROMPT_START } from './list-items.js';
import { asksAboutListing, listingsAt } from './listing-question.js';
import { withoutNumber } from './question-number.js';
import { stripLabel } from './strip-label.js';
import { quotedAnswer } from './quoted-answer.js';
import { unquoted } from './unquoted.js';
import { answersAfterLists } from './answers-after-lists.js';
import { topicLine } from './topic-lines.js';
import { translatedItems } from './translated-items.js';
import { joinTranslations, translatedScript, translationGroups } from './translated-pairs.js';
import { ruledItems, termSplit } from './ruled-items.js';
import { pipeRows } from './pipe-lines.js';
import { expandGroups } from './group-items.js';
import { detailsDepth } from './details-depth.js';
import { followUpLabelLine, markFollowUp } from './follow-ups.js';
import { topicTaggedItems } from './topic-tag-items.js';
import { linkAnswered, linkAnswerLists } from './link-answers.js';
import { answerItem } from './answer-items.js';
import { scenarioLists } from './scenario-lists.js';
import { definitionSplit, termLists } from './term-lists.js';
import { asksThenBids, fullWidthRunOn, latinRunOn, runOnAnswerSplit } from './run-on-answer.js';
import { taskList } from './task-lists.js';
import { boldLedSections } from './bold-led-paragraphs.js';
import { levelTopicLists } from './level-topics.js';
import { markAskedWith } from './asked-with.js';
import { linkList } from './reading-list.js';
import { countedBold } from './counted-bold.js';
import { boldNumbered } from './bold-numbered.js';
import { bankWords, namesBank } from './bank-words.js';
import { continuedLists } from './continued-lists.js';
import type { Layout, Part } from './types.js';
import { withoutEndColon } from './end-colon.js';
import { contentsLists } from './contents-lists.js';
import { leadInLists } from './lead-in-lists.js';
import { countsUp } from './counting-on.js';
import { asksUnmarked, CJK_ASKING, VI_ASKING } from './unmarked-asks.js';
import { extraLink } from './closing-words.js';

/**
 * The question a list item opens with: its first paragraph, when it reads as one (asks, or is all
 * bold). An answer run on after a Latin `?` makes it ask only in a list of such items (`latin`).
 */
function questionOf(item: ListItem, latin = false): Paragraph | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = toString(first).trim();
  if (!text || text.length > 500) return undefined;
  // All in bold, but not a label ending in a colon (`**Short answer:**` over the answer's items).
  const bold = first.children.length === 1 && first.children[0].type === 'strong' && !/[:：]\s*$/.test(text);
  const arrowed = arrowSplit(first);
  // A tag after the question (`Erklären Sie …! - KlausurFrage`) does not stop it asking.
  const firstLine = text.split('\n')[0].replace(/\s+[-–—]\s*[\p{L}\d-]+\s*$/u, '');
  // A prompt with its full stop (`Explain what Go is.`) over the answer the item holds under it.
  const prompted = item.children.length > 1 && promptText(text) && PROMPT_START.test(text);
  // Or its words ask with no mark (`Redis持久化的几种方式`, `Cluster dùng để làm gì`), as Chinese and Vietnamese banks write.
  return ASKS.test(text) || BIDS.test(firstLine) || bold || prompted || asksUnmarked(text) || (arrowed && ASKS_WITH_ASIDE.test(toString({ type: 'paragraph', children: arrowed.question }))) || fullWidthRunOn(first) || asksThenBids(first) || (latin && latinRunOn(first))
    ? first
    : undefined;
}

/** How many of a list's items run their answers on after a Latin `?`. */
const latinRunOns = (node: List): number => node.children.flatMap(itemsOf).filter((item) => item.children[0]?.type === 'paragraph' && latinRunOn(item.children[0])).length;

/**
 * A list of questions: most of its items read as questions (a section may hold one). Two items
 * at least running their answers on after a Latin `?` make a pattern, not a rhetorical question
 * in prose; so does a list of such items elsewhere in the file (`latinBank`), which a table or
 * code under one of its questions split into lists of one item.
 */
function questionList(node: RootContent, latinBank = false, translatedInto?: number): boolean {
  if (node.type !== 'list') return false;
  // A question and its translation (translated-pairs.ts) ask once, whichever of the two reads as asking.
  const groups = translationGroups(node.children.flatMap(itemsOf), translatedInto);
  const latin = latinBank || latinRunOns(node) >= 2;
  return groups.filter((group) => group.some((item) => questionOf(item, latin))).length * 2 >= groups.length;
}

/** An item that opens with a bold label and goes on after it (`**Event Loop:** Explain …`). */
function labelled(item: ListItem): boolean {
  const [first] = item.children;
  if (first?.type !== 'paragraph' || first.children[0]?.type !== 'strong' || first.children.length < 2) return false;
  const after = first.children[1].type === 'text' ? first.children[1].value : '';
  return /[:：]\s*$/.test(toString(first.children[0])) || /^\s*[:：]/.test(after);
}

const labelledList = (node: RootContent): node is List => node.type === 'list' && node.children.length > 0 && node.children.every(labelled);

/**
 * The lists of a file that hold its questions. In a bank whose question lists open every item
 * with a bold label (`**Closures:** What …?`), a list written the same way asks too, even where
 * its items are tasks rather than questions (`**Debounce:** Write …`).
 */
function questionLists(nodes: RootContent[], translatedInto?: number): Set<RootContent> {
  const latinBank = nodes.some((n) => n.type === 'list' && latinRunOns(n) >= 2);
  const asking = nodes.filter((n) => questionList(n, latinBank, translatedInto));
  const labelledBank = asking.some(labelledList);
  // A list carrying on one of questions after an answer's block at the margin broke it asks as that one did.
  const carried = [...continuedLists(nodes, new Set(asking), (item) => !!questionOf(item)).values()];
  // Likewise a list of one-line prompts right under its heading (or a bold line naming its group), written without question marks.
  // A line about the group may stand between (`(from: a list online)⏎--mostly beginner material`).
  // So may a label of examples (`**Examples:**`, as a guide to the kinds of question writes them under each kind).
  const underHeading = (i: number) =>
    nodes[i - 1]?.type === 'heading' || boldLine(nodes[i - 1]) || examplesLabel(nodes[i - 1]) || (nodes[i - 1]?.type === 'paragraph' && nodes[i - 2]?.type === 'heading');
  const prompts = asking.length ? nodes.filter((n, i) => underHeading(i) && promptList(n)) : [];
  // A list of prompts right under a heading that names the bank's questions (`# Fragen` over `1. Erläutern sie …`), a
  // prompt's points perhaps nested under it: questions, though none elsewhere asks with a mark.
  const named = nodes.filter((n, i) => nodes[i - 1]?.type === 'heading' && bankWords(toString(nodes[i - 1])) && namedPromptList(n));
  // In a bank of two question lists or more, a list of one-line items right under its heading, one at least asking
  // (`## Projekt` over `1. Kurze Selbstvorstellung`, `3. Welche Datenbank …?`), names what is asked as topics: questions too.
  const topics = asking.length >= 2 ? nodes.filter((n, i) => underHeading(i) && topicList(n)) : [];
  // A list of tasks right under its heading (`## program` over `1. 實作一個 debounce 函式`, its answer under it) sets questions too.
  const tasks = asking.length ? [...nodes.filter((n, i) => underHeading(i) && taskList(n)), ...codeTaskLists(nodes)] : [];
  // In a guide to the kinds of question, the examples listed under each kind (`### 2. Behavioural Questions` over
  // `**Examples:**` and `- Walk me through a launch …`) are its questions, whether they ask or bid.
  const examples = nodes.filter((n, i) => n.type === 'list' && examplesLabel(nodes[i - 1]) && namesKind(nodes.slice(0, i).reverse().find((h) => h.type === 'heading')));
  // In a bank whose lists ask, a list right under a heading naming a kind of questions (`## 3. Product and Design questions`
  // over `1. You are a consultant hired to …`, a case stated, not asked) holds questions of that kind.
  // Not under the bank's own title (`# Garden Interview Questions` over links to its other pages), nor links to read.
  const kinds = asking.length ? nodes.filter((n, i) => n.type === 'list' && !linkList(n) && namesKind(nodes[i - 1]) && (nodes[i - 1] as Heading).depth > 1) : [];
  // A list right under a label alone (`**Question:**` over `- **FR:** …?⏎- **EN:** …?`, the one question in two
  // languages; `**Answer:**` over its points) is that question's or answer's, not a list of questions.
  // So is a list under a label of follow-ups (`**Follow-up Questions:**`): the question's above, asked after it.
  const labelled = new Set(nodes.filter((n, i) => n.type === 'list' && (labelOnly(nodes[i - 1]) || followUpLabelLine(nodes[i - 1]))));
  // A lead-in to code opening a list the code broke (`1. Say what this prints:` over a block), the questions numbering on after it.
  const leadIns = leadInLists(nodes, new Set([...asking, ...carried]), (text) => ASKS.test(text));
  return new Set(
    [
    ...asking,
    ...leadIns,
    ...carried,
    ...(labelledBank ? nodes.filter(labelledList) : []),
    ...prompts,
    ...named,
    ...examples,
    ...kinds,
    ...topics,
    ...tasks,
    ...numberedPrompts(nodes),
    ...lonePrompts(nodes),
    // Scenarios under their title, each a situation over its answer (scenario-lists.ts).
    ...(asking.length ? scenarioLists(nodes) : []),
    ...ruledItems(nodes).lists,
    ...linkAnswerLists(nodes),
    // A bank of topics sorted by seniority (`**Junior**` over `- Box model`): each item is asked.
    ...levelTopicLists(nodes),
    // Flashcards of one line each (`1. **IDOR:** Change the id …`) under a title naming them, or in a bank asking nothing else: each term is asked.
    ...termLists(nodes, asking.length),
    ].filter((n) => !labelled.has(n)),
  );
}

/**
 * A paragraph of one line numbered next after the last question of a numbered list, that asks
 * (`3. What is a JOIN and what are its kinds?` after `2. What …?` and the answer under it, where
 * markdown, after a page's answer copied as indented text, saw no list): that question, its number taken off.
 */
function numberedNext(node: RootContent, last: number | undefined): Paragraph[] | undefined {
  if (last === undefined || node.type !== 'paragraph' || node.children[0]?.type !== 'text') return undefined;
  const text = toString(node).trim();
  const m = /^(\d{1,4})[.)]\s+(?=\S)/.exec(text);
  if (!m || Number(m[1]) !== last + 1 || text.includes('\n') || !(ASKS.test(text) || BIDS.test(text))) return undefined;
  const [first, ...rest] = node.children;
  return [{ ...node, children: [{ ...first, value: first.value.replace(/^\s*\d{1,4}[.)]\s+/, '') }, ...rest] }];
}

/** An item of one short line and nothing under it (`* 氣泡排序法(Bubble Sort)`, `* script`), not leading in to what follows (`* Install it:`). */
const shortItem = (item: ListItem): boolean => {
  const text = item.children.length === 1 && item.children[0].type === 'paragraph' ? toString(item.children[0]).trim() : '';
  return !!text && !text.includes('\n') && text.length <= 120 && !/[:：]$/.test(text);
};

/**
 * A bank's coding section: under a heading, nothing but lists of short one-line items, each list
 * but the last over a code block (`* 1~100找最大質數⏎* 氣泡排序法(Bubble Sort)` over the sort's
 * code, `* script` over its script). Each item names a task, the code under it is its answer; read
 * as prose, the section held no question and printed after the bank as its closing text.
 */
function codeTaskLists(nodes: RootContent[]): RootContent[] {
  const found: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (nodes[i].type !== 'heading') continue;
    let end = i + 1;
    while (end < nodes.length && nodes[end].type !== 'heading') end++;
    const section = nodes.slice(i + 1, end);
    const lists = section.filter((n): n is List => n.type === 'list');
    const codes = section.filter((n) => n.type === 'code');
    const shaped =
      section[0]?.type === 'list' &&
      lists.length + codes.length === section.length &&
      codes.length >= 1 &&
      section.every((n, k) => n.type !== 'code' || section[k - 1]?.type === 'list') &&
      lists.filter((l, k) => section[section.indexOf(l) + 1]?.type !== 'code' && k < lists.length - 1).length === 0 &&
      lists.every((l) => !linkList(l) && l.children.every(shortItem));
    if (shaped) found.push(...lists);
  }
  return found;
}

/** A paragraph holding a question's or an answer's label and nothing after it (`**Question:**`, `Answer:`). */
function labelOnly(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const text = toString(node);
  const label = QUESTION_LABEL.test(text) ? QUESTION_LABEL : ANSWER_LABEL.test(text) ? ANSWER_LABEL : undefined;
  return !!label && !toString({ type: 'paragraph', children: stripLabel(node.children, label) }).trim();
}

/**
 * Prompts written each as a list of one item with its full stop (`- Explain what go vet does.`),
 * the answer in the paragraph under it after a blank line, two at least: each is a question.
 * (One that asks, `- What is …?`, is read so already.)
 */
function lonePrompts(nodes: RootContent[]): RootContent[] {
  const found = nodes.filter((node, i) => {
    if (node.type !== 'list' || node.children.length !== 1) return false;
    const [item] = node.children;
    const text = item.children.length === 1 && item.children[0].type === 'paragraph' ? toString(item.children[0]).trim() : '';
    const next = nodes[i + 1];
    // The answer may be points (`1. Explain GROUP BY.` over `- It groups rows …`, a page's drawn bullets read back as a list).
    return promptText(text) && PROMPT_START.test(text) && (next?.type === 'paragraph' || next?.type === 'code' || (next?.type === 'list' && !next.ordered));
  });
  return found.length >= 2 ? found : [];
}


/** The one item's words of a numbered list holding one item (`2. Design a news feed`, its points under it in a list of their own). */
function loneItem(node: RootContent): { start: number; text: string } | undefined {
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1) return undefined;
  const [first] = node.children[0].children;
  return first?.type === 'paragraph' ? { start: node.start ?? 1, text: toString(first).trim() } : undefined;
}

/**
 * Numbered prompts each standing alone, their answer points right under them, no blank line
 * between (`1. Design a link shortener⏎- Focus: …`), three at least and counting up: markdown
 * reads each as a list of one item. Each is a question, whether it asks or bids.
 */
function numberedPrompts(nodes: RootContent[]): RootContent[] {
  // In a run counting up whose items ask, one that only leads in to what it shows (`3. Anna runs this:` over code) asks too.
  const items = nodes.flatMap((node) => {
    const item = loneItem(node);
    return item && item.text.length <= 200 ? [{ node, start: item.start, asks: ASKS.test(item.text) || PROMPT_START.test(item.text) || CJK_ASKING.test(item.text) || VI_ASKING.test(item.text), leads: /[:：]$/.test(item.text) }] : [];
  });
  // Numbers counting up by one through the whole file, most items asking: every one is a question, one naming its topic
  // without asking too (`3、HashMap 和 TreeMap 的区别` after `2、… 的区别是什么？`).
  // A number typed twice, or the count begun again at 1 in the next group, still counts (counting-on.ts).
  const run = items.length >= 3 && countsUp(items.map((l) => l.start)) && items.filter((l) => l.asks).length * 2 > items.length;
  const lone = run ? items : items.filter((l, i) => l.asks || (l.leads && i > 0 && items[i - 1].asks && l.start === items[i - 1].start + 1));
  const counting = countsUp(lone.map((l) => l.start), true);
  return lone.length >= 3 && counting ? lone.map((l) => l.node) : [];
}


/** A list of short one-line items, a third of them at least opening like a question or a task (a log of questions asked, kept without `?`). */
function promptList(node: RootContent): boolean {
  // Links to read (`- [What a pod is](…)`) name pages, however they open.
  if (node.type !== 'list' || node.children.length < 2 || linkList(node)) return false;
  const lines = node.children.map((item) => (item.children.length === 1 && item.children[0].type === 'paragraph' ? toString(item.children[0]).trim() : ''));
  if (!lines.every(promptText)) return false;
  return lines.filter((line) => PROMPT_START.test(line)).length * 3 >= lines.length;
}

/** A list of two items or more, each opening with one line (its points may be nested under it), most of them prompts or questions. */
function namedPromptList(node: RootContent): boolean {
  if (node.type !== 'list' || node.children.length < 2 || linkList(node)) return false;
  const lines = node.children.map((item) => (item.children[0]?.type === 'paragraph' && item.children.slice(1).every((c) => c.type === 'list') ? toString(item.children[0]).trim() : ''));
  // One leading in to the points nested under it ends in a colon (`Bewerten sie folgende Aussagen:`).
  const leads = (line: string, k: number) => /[:：]$/.test(line) && !line.includes('\n') && node.children[k].children.length > 1;
  if (!lines.every((line, k) => promptText(line) || ASKS.test(line) || leads(line, k))) return false;
  return lines.filter((line) => PROMPT_START.test(line) || ASKS.test(line)).length * 2 > lines.length;
}

/** A list of short one-line items, one at least asking, none a link to read. */
function topicList(node: RootContent): boolean {
  if (node.type !== 'list' || node.children.length < 2 || linkList(node)) return false;
  const lines = node.children.map((item) => (item.children.length === 1 && item.children[0].type === 'paragraph' ? toString(item.children[0]).trim() : ''));
  return lines.every((line) => promptText(line) && line.length <= 120) && lines.some((line) => ASKS.test(line));
}

/** A group's nested list of questions: asking, or prompts written without question marks (`Explain what Go is.`). */
const groupAsks = (list: List): boolean => questionList(list) || promptList(list);

/** A nested list of questions (or bids, `…설명해주세요.`) with nothing under them: follow-ups to the question above. */
const followUpList = (node: RootContent): boolean =>
  node.type === 'list' && node.children.every((item) => item.children.length === 1 && questionOf(item) && BIDS.test(toString(item)));

/** Numbered follow-ups (`    1. …?`) under a numbered question: questions of the bank's own, counted under it. */
const subQuestionList = (node: RootContent): node is List => node.type === 'list' && !!node.ordered && followUpList(node);

/** A nested list of one prompt (`* Write a query that needs both.`): a follow-up where the items beside it are followed up by questions. */
// A prompt wrapped onto a second line (`* Explain DDL, DML,⏎  DCL and TCL.`) is still one.
const promptFollowUp = (node: RootContent): boolean => {
  const text = toString(node).trim().replace(/\s*\n\s*/g, ' ');
  return node.type === 'list' && node.children.length === 1 && node.children[0].children.length === 1 && promptText(text) && PROMPT_START.test(text);
};

/** The follow-up questions' words, run on after the question they follow. */
const followUpWords = (list: List, ownLine = false): PhrasingContent[] =>
  list.children.flatMap((item) => [ownLine ? ({ type: 'break' } as PhrasingContent) : ({ type: 'text', value: ' ' } as Text), ...(item.children[0] as Paragraph).children]);

/**
 * Questions as items of a list (`1. What is a pod?` with the answer indented under it, or no
 * answer at all: a list of questions to study; or `1. What is a pod? → The smallest unit…`,
 * the answer after an arrow), or as numbered lines of a paragraph
 * (`1⇥What is a pod?`). Headings over the lists are sections.
 */
/**
 * The heading level that asks, in a bank mixing questions in lists with questions as headings
 * (`##### ¿Qué es un closure?` with its answer under it, between lists of open questions): the
 * deepest level, below another one, whose headings mostly end in a question mark.
 */
function askingDepth(nodes: RootContent[]): number | undefined {
  const headings = nodes.filter((n): n is Heading => n.type === 'heading');
  if (!headings.length) return undefined;
  const deepest = Math.max(...headings.map((h) => h.depth));
  const at = headings.filter((h) => h.depth === deepest);
  const asks = at.filter((h) => ASKS.test(toString(h))).length;
  return deepest > Math.min(...headings.map((h) => h.depth)) && asks >= 2 && asks * 2 >= at.length ? deepest : undefined;
}

/**
 * A heading that asks, after the file's first, with its answer right under it and no question list
 * below (`# ¿Qué ventajas tiene …?` over a paragraph, between lists of questions): a question, as a
 * page kept in a plain editor writes one more. Read as a section, it held no questions and the next
 * such heading was lost in the closing text.
 */
function askedHeading(nodes: RootContent[], index: number, lists: Set<RootContent>): boolean {
  const node = nodes[index];
  const next = nodes[index + 1];
  if (node.type !== 'heading' || !(ASKS.test(toString(node)) || bidsAfterAsked(nodes, index)) || nodes.findIndex((n) => n.type === 'heading') === index) return false;
  return !!next && next.type !== 'heading' && !lists.has(next) && !questionsFollow(nodes.slice(index + 1), lists);
}

/**
 * A heading that opens as a prompt (`### Explain the difference between …`) right after a heading of its level
 * that asks (`### What is …?` over its answer), none between: the next question, written as a task.
 */
function bidsAfterAsked(nodes: RootContent[], index: number): boolean {
  const node = nodes[index] as Heading;
  if (!PROMPT_START.test(toString(node).trim())) return false;
  const before = nodes.slice(0, index).reverse().find((n): n is Heading => n.type === 'heading');
  return before?.depth === node.depth && ASKS.test(toString(before));
}

/** A slip of typing before the question (`8. : How does …?`): the colon goes. */
function withoutStrayColon(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  return first?.type === 'text' && /^\s*[:：]\s+\S/.test(first.value) ? [{ ...first, value: first.value.replace(/^\s*[:：]\s+/, '') }, ...rest] : children;
}

/** A few words all in bold ending in a colon, naming the group of questions under them (`**Advanced:**`), not an answer's label. */
function boldGroupLabel(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0].type !== 'strong') return false;
  const text = toString(node).trim();
  return /^[^.!?;,。！？\n]{1,40}[:：]$/.test(text) && text.split(/\s+/).length <= 5 && !ANSWER_LABEL.test(text);
}

/** A short line all in bold, no label nor question (`**Leadership**`, `**II. Incident Response**`). */
/** A heading that names a kind of questions (`2. Behavioural Questions`), not one that asks. */
const namesKind = (node: RootContent | undefined): boolean => node?.type === 'heading' && /\bquestions\s*[:：]?$/i.test(toString(node).trim());

/** A line alone that labels the examples under it (`**Examples:**`, `Sample questions:`). */
function examplesLabel(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && /^(?:(?:some |a few )?examples?|(?:(?:example|sample|typical|common|interview) )?questions)\s*[:：]?$/i.test(toString(node).trim());
}

function boldLine(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const words = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const text = toString(node).trim();
  return !!text && !text.includes('\n') && words.length === 1 && words[0].type === 'strong' && text.length <= 80 && !/[:：?？]$/.test(text);
}

/**
 * A short line all in bold standing over a list of questions (`**II. Incident Response**`): the
 * title of the section that list opens, as a heading at `depth` (its numbering taken off): a `##`
 * in a bank with no headings, one level under the heading above in a bank with them
 * (`### By competency` over `**Leadership**` and its questions). Not a label (`**Answers:**`) nor a question.
 */
function sectionTitle(node: RootContent, after: RootContent[], lists: Set<RootContent>, depth: Heading['depth']): Heading | undefined {
  if (node.type !== 'paragraph') return undefined;
  const words = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const text = toString(node).trim();
  if (!text || text.includes('\n')) return undefined;
  // In bold (`**II. Incident Response**`, or a few words ending in a colon, `**Advanced:**`), or a
  // few plain words ending in a colon (`Beginner Level:`).
  // A label of examples (`**Examples:**`) names no section: its list is the questions of the heading above.
  const bold = (boldLine(node) || boldGroupLabel(node)) && !examplesLabel(node);
  const named = depth === 2 && !examplesLabel(node) && words.every((c) => c.type === 'text') && /^[^.!?;,。！？]{1,40}[:：]$/.test(text) && text.split(/\s+/).length <= 5;
  if (!bold && !named) return undefined;
  const next = after.find((n) => n.type !== 'thematicBreak');
  if (!next || !lists.has(next)) return undefined;
  const inner = bold ? withoutEndColon((words[0] as Strong).children) : [{ type: 'text' as const, value: text.replace(/\s*[:：]$/, '') }];
  const children = withoutNumber(inner);
  const [first, ...rest] = children;
  const unnumbered = first?.type === 'text' ? [{ ...first, value: first.value.replace(/^\s*[IVXLC]{1,6}[.)]\s+/, '') }, ...rest] : children;
  return { type: 'heading', depth, children: unnumbered, position: node.position };
}

/**
 * A group named in bold after questions of the heading above it (`## Kubernetes` over its list,
 * then `**Advanced:**` over more): a section beside that heading's, named by both
 * ("Kubernetes — Advanced"), not one titled "Advanced" alone that several headings share.
 */
function groupUnder(title: Heading | undefined, above: { heading: Heading; at: number } | undefined, parts: Part[]): Heading | undefined {
  // The deck's `#` title names no section: a group under it is one of its own.
  if (!title || !above || above.heading.depth === 1 || !parts.slice(above.at).some((p) => p.kind === 'question')) return title;
  const children: PhrasingContent[] = [...withoutEndColon(above.heading.children), { type: 'text', value: ' — ' }, ...title.children];
  return { ...title, depth: above.heading.depth, children };
}

/** True when the next block, rules aside, is one of the question lists. */
function questionsFollow(after: RootContent[], lists: Set<RootContent>): boolean {
  const next = after.find((n) => n.type !== 'thematicBreak');
  return !!next && lists.has(next);
}

/** Title Case: most longer words open with a capital (`Intermediate Platform Questions`), or the script has none. */
function titleCased(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => w.length > 3);
  const cased = long.filter((w) => /^\p{L}/u.test(w) && w[0].toLowerCase() !== w[0].toUpperCase());
  return cased.filter((w) => w[0] === w[0].toUpperCase()).length * 2 >= cased.length;
}

/** True when one plain line only, in the whole file, titles a list of questions as titledLines reads them. */
function soleTitledLine(nodes: RootContent[], lists: Set<RootContent>): boolean {
  return nodes.filter((n, i) => n.type === 'paragraph' && titledLines(n, nodes.slice(i + 1), lists)).length === 1;
}

/**
 * A plain paragraph over a list of questions whose first line is a title (`Intermediate Platform
 * Questions⏎These need some hands-on time.`), as a page pasted as text names its sections: the
 * title as a `##` heading and the lines under it as the section's intro.
 */
function titledLines(node: RootContent, after: RootContent[], lists: Set<RootContent>): Part[] | undefined {
  if (node.type !== 'paragraph' || !node.children.every((c) => c.type === 'text' || c.type === 'break')) return undefined;
  const next = after.find((n) => n.type !== 'thematicBreak');
  if (!next || !lists.has(next)) return undefined;
  const [first, ...rest] = cutParagraph(node, lineCuts(node.children).slice(0, 1));
  const text = first ? toString(first).trim() : '';
  // A title names something: a number alone (`50`, what a listing prints) is an answer, and so is
  // a line opening with its label (`Resposta: b) Lists`, which read as a Title Case title).
  if (!/\p{L}/u.test(text) || ANSWER_LABEL.test(text) || text.length > 60 || text.split(/\s+/).length > 8 || /[.!?;:,。！？；：，]$/.test(text) || !titleCased(text)) return undefined;
  const heading: Heading = { type: 'heading', depth: 2, children: first.children, position: first.position };
  const intro = rest.map((line): Part => ({ kind: 'content', node: line }));
  return [{ kind: 'heading', node: heading }, ...intro];
}

/**
 * A collapsed group over its list of questions (`<details><summary><strong>⚙️네트워크</strong></summary>`,
 * then `<br>` and the list, or a list of topics each over its questions): the opening tags are the
 * group's heading, one level under the last heading, so that its topics are read under it.
 */
function detailsGroups(nodes: RootContent[]): RootContent[] {
  let depth = 1;
  return nodes.map((node, i) => {
    if (node.type === 'heading') depth = node.depth;
    if (node.type !== 'html') return node;
    const m = /^\s*<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>\s*(?:<br\s*\/?>\s*)*$/i.exec(node.value);
    const title = m?.[1].replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    const next = nodes.slice(i + 1).find((n) => n.type !== 'html');
    const asks = next?.type === 'list' && (questionList(next) || next.children.some((item) => item.children.some((c) => c.type === 'list' && questionList(c))));
    if (!title || !asks) return node;
    const heading: Heading = { type: 'heading', depth: Math.min(6, depth + 1) as Heading['depth'], children: [{ type: 'text', value: title }], position: node.position };
    return heading;
  });
}

// A line opened by a symbol (`🔹 Hands-on Queries`, `▶ Joins`): a title, even right under a question with no answer.
const MARKED_TITLE = /^[\p{Extended_Pictographic}\p{So}]\uFE0F?\s/u;

export const listQuestionsLayout: Layout = {
  name: 'list-questions',
  count(given) {
    const nodes = expandGroups(given, groupAsks);
    const lists = questionLists(nodes);
    const columns = questionColumns(nodes);
    const dashed = nodes.filter((node) => node.type === 'paragraph' && (boldDashSplit(node) ?? boldLineSplit(node))).length;
    return (
      (dashed >= 2 ? dashed : 0) +
      countedBold(nodes, lists).size +
      nodes.reduce((n, node) => n + (lists.has(node) ? (node as List).children.flatMap(itemsOf).length : ((numberedLines(node) ?? columns.get(node))?.length ?? 0)), 0)
    );
  },
  read(given) {
    // Questions grouped under the items of a list are read as under headings; so are those in collapsed groups.
    const nodes = expandGroups(detailsGroups(topicTaggedItems(given)), groupAsks);
    const parts: Part[] = [];
    // A bank translated item by item throughout (translated-pairs.ts): the script its translations are in.
    const translatedInto = translatedScript(nodes);
    const lists = questionLists(nodes, translatedInto);
    const termed = new Set<RootContent>(termLists(nodes, nodes.filter((n) => questionList(n)).length));
    // Lists of questions an answer's block at the margin broke: that answer goes on over the block, up to the list carrying them on.
    const broken = continuedLists(nodes, lists, (item) => !!questionOf(item));
    const linkLists = linkAnswerLists(nodes);
    const asking = askingDepth(nodes);
    const columns = questionColumns(nodes);
    const grouped = new Set<RootContent>([...lists, ...columns.keys()]);
    const ruled = ruledItems(nodes);
    // Bold numbered lines carrying on the lists' count (`**3. What does …?**` after `2. …`): questions too.
    const bolds = countedBold(nodes, lists);
    // A section of scenarios, each a bold line over its answer, in a bank whose lists ask: prompts too.
    const scenarios = lists.size ? boldLedSections(nodes) : new Set<RootContent>();
    let bold: ReturnType<typeof boldNumbered>;
    // Sections named by bold lines between the lists, in a bank with no headings to name them.
    const headed = nodes.some((n) => n.type === 'heading' && n.depth > 1);
    const boldNamedLists = nodes.filter((n, i) => boldLine(n) && questionsFollow(nodes.slice(i + 1), lists)).length;
    const boldNamed = boldNamedLists > 0;
    // The level of the last heading: a bold line naming a group of questions under it is one level deeper.
    let depth = 1;
    // A question asked by a heading or a `Question:` paragraph, gathering its answer below it.
    let open: { body: RootContent[] } | undefined;
    // Bullets typed after a list answer its last question where the bank answers so after a one-question list.
    const bulletsAnswer = answersAfterLists(nodes);
    let titled: Part[] | undefined;
    let dashed: ReturnType<typeof boldDashSplit>;
    let topic: ReturnType<typeof topicLine>;
    let typed: ReturnType<typeof paragraphQuestion>;
    // The last heading, and where its parts start: a group named in bold after its own questions is its sibling.
    let above: { heading: Heading; at: number } | undefined;
    // `<details>` blocks open in the current answer (a "Show answer" block under a `######` question): all they hold is the answer's.
    let inDetails = 0;
    // The number of the last question read from a numbered list: a paragraph numbered next after it asks too.
    let lastNumber: number | undefined;
    // Contents listing the questions asked again below (contents-lists.ts): left for assemble to leave as navigation.
    const contents = contentsLists(nodes);
    for (const [index, node] of nodes.entries()) {
      if (contents.has(node)) {
        open = undefined;
        parts.push({ kind: 'content', node });
        continue;
      }
      if (open && inDetails > 0) {
        open.body.push(node);
        inDetails = Math.max(0, inDetails + detailsDepth(node));
        continue;
      }
      // Lines of questions in a question's answer are the answer's.
      const numberedOn = numberedLines(node) ? undefined : numberedNext(node, lastNumber);
      const lines = numberedLines(node) ?? numberedOn ?? (open ? undefined : columns.get(node));
      if (lines) lastNumber = undefined;
      if (lines || (node.type === 'list' && lists.has(node)) || node.type === 'heading' || bolds.has(node)) open = undefined;
      if (bolds.has(node) && (bold = boldNumbered(node))) {
        // Its answer is what follows, on the lines under it and in the blocks below.
        const answer = stripLabel(bold.rest, ANSWER_LABEL);
        open = { body: answer.length ? [{ type: 'paragraph', children: answer, position: node.position }] : [] };
        parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: bold.words, position: node.position }, body: open.body });
      } else if (!headed && index === 0 && node.type === 'paragraph' && namesBank(toString(node).trim()) && soleTitledLine(nodes, lists)) {
        // A bank with no headings opening with a line that names it over its questions
        // (`Kubernetes Interview Questions⏎1. What is a pod?`), no other line naming a group: the
        // bank's title, not a section of that name.
        parts.push({ kind: 'heading', node: { type: 'heading', depth: 1, children: node.children, position: node.position } });
      } else if (node.type === 'heading' && (node.depth === asking || askedHeading(nodes, index, lists))) {
        open = { body: [] };
        // Its number (`###### 3. Which …?`) goes, as a list item's does.
        parts.push({ kind: 'question', heading: { ...node, children: withoutNumber(node.children) }, body: open.body });
      } else if ((topic = topicLine(node)) && questionsFollow(nodes.slice(index + 1), lists)) {
        // `JavaScript : [Answers](javascript.md)` over a topic's questions: the topic names their section, the link its intro.
        open = undefined;
        parts.push({ kind: 'heading', node: topic.heading }, { kind: 'content', node: { type: 'paragraph', children: [topic.link], position: node.position } });
      } else if (node.type === 'paragraph' && (dashed = boldDashSplit(node) ?? boldLineSplit(node, !scenarios.has(node)))) {
        // `**What is DNS?** – The system…` (or the system on the line under it): a question and its answer in one paragraph.
        const answer: RootContent = { type: 'paragraph', children: dashed.answer, position: node.position };
        // Under the line, the answer may go on in the paragraphs, lists and code that follow.
        const body = [answer];
        open = boldDashSplit(node) ? undefined : { body };
        parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: dashed.question, position: node.position }, body });
      } else if (node.type === 'paragraph' && QUESTION_LABEL.test(toString(node)) && !labelOnly(node)) {
        open = { body: [] };
        // `**F: "…?"**`: the bold and the quotation marks say "question", as in a Q/A bank.
        const asked = stripLabel(node.children, QUESTION_LABEL);
        const words = unquoted(asked.length === 1 && asked[0].type === 'strong' ? asked[0].children : asked);
        parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: words, position: node.position }, body: open.body });
      } else if (!open && (typed = paragraphQuestion(nodes, index, lists))) {
        // A question typed as a paragraph between two lists of them: its lines under it, and the blocks below, answer it.
        open = { body: typed.answer ? [typed.answer] : [] };
        parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: typed.question, position: node.position }, body: open.body });
      } else if (open && open.body.length === 0 && quotedAnswer(node)) {
        // Its answer set as a quote (`> **A:** …`): the quote is styling, the label goes.
        open.body.push(...quotedAnswer(node)!);
      } else if (open && (open.body.length > 0 || MARKED_TITLE.test(toString(node))) && !headed && !boldNamed && (titled = titledLines(node, nodes.slice(index + 1), lists))) {
        // A section's title run on under the last answer of the section before (the line right under
        // a question is its answer, `Falso`; in a bank naming its sections in bold, a plain line names none).
        open = undefined;
        parts.push(...titled);
      } else if (open && boldLine(node) && questionsFollow(nodes.slice(index + 1), lists)) {
        // A group named in bold under the last answer (`**REPASAR**` over the next list of questions) opens that group.
        open = undefined;
        const title = groupUnder(sectionTitle(node, nodes.slice(index + 1), lists, headed ? (Math.min(6, depth + 1) as Heading['depth']) : 2), above, parts);
        parts.push(title ? { kind: 'heading', node: title } : { kind: 'content', node });
      } else if (open) {
        // A bullet left empty (`* ` under a question, an answer never written) holds nothing.
        if (!(node.type === 'list' && node.children.every((item) => !toString(item).trim()))) open.body.push(node);
        inDetails = Math.max(0, detailsDepth(node));
      } else if (lines) {
        // A column of questions, one a line (numbered or not): open questions; or rows of a table
        // typed with no divider (`¿Qué es X? | Es …`): questions with their answers.
        const rows = pipeRows(lines);
        if (rows) {
          for (const [k, row] of rows.entries()) {
            const at = lines[lines.length - rows.length + k].position;
            const answer: RootContent = { type: 'paragraph', children: row.answer, position: at };
            parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: row.question, position: at }, body: [answer] });
          }
        } else
          for (const line of lines) {
            // A topic's name between the lines, more questions under it (`Tools and Technologies`): the next section's title.
            if (line !== lines[0] && line !== lines[lines.length - 1] && columnTopic(toString(line).trim())) {
              const title: Heading = { type: 'heading', depth: Math.max(2, depth) as Heading['depth'], children: line.children, position: line.position };
              parts.push({ kind: 'heading', node: title });
              continue;
            }
            const body: RootContent[] = [];
            parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: line.children, position: line.position }, body });
            // The last line pointing at listings under the paragraph (`3.Поясніть, що виведе цей код.` over `_а)_` and its code): they are what it shows.
            if (line === lines[lines.length - 1] && asksAboutListing(toString(line)) && listingsAt(nodes, index + 1)) open = { body };
            // Numbered on after a list's question, it is one of the list's: what follows, up to the next question, answers it.
            if (numberedOn) open = { body };
          }
      } else if (node.type === 'list' && lists.has(node)) {
        const arrows = arrowList(node);
        // A question followed by its translation as the next item (`* What's a doctype do?⏎* doctypeとは何ですか？`) is one question.
        const items = joinTranslations(node.children.flatMap(itemsOf), translatedInto);
        // The question asked again in another language on the line under it: its other wording, no answer.
        const translated = translatedItems(items, translatedInto);
        // Questions whose answers are linked elsewhere (`- BFC是什么 [答案一](…)`): the links print with them, open.
        const linkedList = linkLists.has(node);
        // A list whose questions are followed up by questions nested under them: a prompt nested so follows up too.
        const followedUp = items.filter((item) => item.children.length === 2 && followUpList(item.children[1])).length >= 2;
        // A list of terms, each in bold over its definition on the line, read as one (term-lists.ts).
        const terms = termed.has(node);
        // The question of this list read last: an item labelling an answer (`- Example of answers:`) answers it.
        let lastAsked: { body: RootContent[] } | undefined;
        for (const item of items) {
          lastNumber = node.ordered ? (node.start ?? 1) + items.indexOf(item) : undefined;
          const given = lastAsked && answerItem(item);
          if (given) {
            lastAsked!.body.push(...given);
            continue;
          }
          const linked = linkedList ? linkAnswered(item) : undefined;
          if (linked) {
            const heading: Heading = { type: 'heading', depth: 3, children: withoutNumber(linked.words), position: item.position };
            parts.push({ kind: 'question', heading: markAskedWith(heading), body: linked.links });
            lastAsked = undefined;
            continue;
          }
          const paragraph = questionOf(item);
          // An item that does not ask (a statement to explain) is still one of the list's questions.
          const [first, ...held] = item.children as [RootContent, ...RootContent[]];
          // A link to more on the line under the list's last question (`…?<br>⏎BONUS: https://…`) is the list's closing remark, not that question's answer.
          const extra = item === items[items.length - 1] && held.length === 1 && extraLink(held[0]) ? held[0] : undefined;
          const rest = extra ? [] : held;
          const words = paragraph ?? (first?.type === 'paragraph' ? first : undefined);
          if (!words) {
            parts.push({ kind: 'content', node: { ...node, children: [item], position: item.position } });
            continue;
          }
          // In a list of `question → answer` lines, the words after the arrow open the answer.
          // A ruled bank's topic with nothing under it (`* PEP8 - a style guide`): the words after the dash answer it.
          // Elsewhere an item may still give its answer labelled on its line (`… (Ans: …)`, `… — Ans: …`) where the others are open.
          const arrowed = terms
            ? definitionSplit(item)
            : arrows
            ? (arrowSplit(words) ?? boldDashSplit(words, false) ?? boldRunOnSplit(words, false) ?? runOnAnswerSplit(words))
            : ruled.bare.has(node)
              ? termSplit(words)
              : (labelledAnswerSplit(words) ?? boldRunOnSplit(words) ?? runOnAnswerSplit(words));
          const body: RootContent[] = arrowed ? [{ type: 'paragraph', children: arrowed.answer, position: words.position }, ...rest] : rest;
          // Follow-up questions nested under an unanswered one (`* Why …?⏎  * And when …?`) go on asking it.
          const subQuestions = !arrowed && body.length === 1 && node.ordered && subQuestionList(body[0]) ? (body.splice(0, 1)[0] as List) : undefined;
          const followUps =
            !subQuestions && !arrowed && body.length === 1 && (followUpList(body[0]) || translated.has(item) || (followedUp && promptFollowUp(body[0])))
              ? body.splice(0, 1)[0]
              : undefined;
          // A question asked again in another language prints that wording on a line of its own under it, as its subtitle.
          const asked = arrowed ? arrowed.question : followUps ? [...words.children, ...followUpWords(followUps as List, translated.has(item))] : words.children;
          const bold = asked.length === 1 && asked[0].type === 'strong' ? asked[0].children : asked;
          // A ruled bank's topic introduces its answer (`* Ключевое слово 'def':`): the colon goes.
          const children = ruled.lists.has(node) ? withoutEndColon(bold) : bold;
          // `1. "How did you …?"`: the question as the interviewer says it; the quotation marks are styling.
          const heading: Heading = { type: 'heading', depth: 3, children: withoutStrayColon(withoutNumber(unquoted(children))), position: item.position };
          parts.push({ kind: 'question', heading, body });
          lastAsked = { body };
          // Numbered questions nested under a numbered one (`20. Props?⏎    1. Props drilling?`): the bank counts
          // them as questions of their own, asked after it, each with its own marks; printed after it, in order.
          if (subQuestions) {
            for (const sub of subQuestions.children) {
              const said = (sub.children[0] as Paragraph).children;
              parts.push({ kind: 'question', heading: markFollowUp({ type: 'heading', depth: 3, children: withoutStrayColon(withoutNumber(unquoted(said))), position: sub.position }), body: [] });
            }
            lastAsked = undefined;
          }
          // A question standing alone in its list (`1) What is …?` over `* its answer`, which
          // ends the list), or the last one with text right under it, no blank line between:
          // what follows, up to the next question, is its answer.
          const next = nodes[index + 1];
          const under = next && (next.position?.start.line ?? 0) === (node.position?.end.line ?? -1) + 1;
          // Code typed below the list's last item (after a blank line, so markdown ended the list) is its answer's too: code is no section's intro.
          // So are the listings the last item points at (`3. Explain what this code prints.` over `_a)_` and its code, `_b)_` and its).
          const shown = asksAboutListing(toString(heading)) && listingsAt(nodes, index + 1);
          // A table below the last item, which has no answer of its own (`11 . equals() or ==?` over a table comparing them), is its answer.
          const tabled = next?.type === 'table' && !body.length;
          if (extra) parts.push({ kind: 'content', node: extra });
          else if (item === items[items.length - 1] && (items.length === 1 || under || next?.type === 'code' || shown || tabled || broken.has(node) || (bulletsAnswer && next?.type === 'list' && !next.ordered))) open = { body };
        }
      } else if (node.type === 'heading') {
        parts.push({ kind: 'heading', node });
        depth = node.depth;
        above = { heading: node, at: parts.length };
      } else if (!headed && index === 0 && boldNamedLists === 1 && boldLine(node)) {
        // A bank with no headings opening with its one bold line over its one run of lists
        // (`**Here are 6 Terraform interview questions …**`): the bank's title, read as such when assembled.
        parts.push({ kind: 'content', node });
      } else {
        // A label naming the group of questions under it names their section, over a list or a column of them (`**Behavioral Questions:**`).
        const title = groupUnder(sectionTitle(node, nodes.slice(index + 1), grouped, headed ? (Math.min(6, depth + 1) as Heading['depth']) : 2), above, parts);
        titled = headed || title ? undefined : titledLines(node, nodes.slice(index + 1), lists);
        if (titled) parts.push(...titled);
        else parts.push(title ? { kind: 'heading', node: title } : { kind: 'content', node });
      }
    }
    return parts;
  },
};
