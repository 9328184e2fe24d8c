import { placeholderAnswer } from './placeholder-answer.js';
import { toString } from 'mdast-util-to-string';
import { plainText } from '../text.js';
import { withoutLanguageLabels } from './language-labels.js';
import type { Heading, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import type { Diagnostic } from '../../model/deck.js';
import type { DiagnosticCode } from '../../model/diagnostic-codes.js';
import { navigationKind } from './navigation.js';
import { quotedAnswer } from './quoted-answer.js';
import { readMarks } from './answer-marks.js';
import { askedWith, markAskedWith } from './asked-with.js';
import { levelMark } from './level-marks.js';
import { listingOnly, markListing } from './listing-question.js';
import { CHAT_CLOSING, CHAT_OPENING } from './chat-lines.js';
import { headingsOverQuestions, titleLevel } from './heading-outline.js';
import type { LineSpan, Part } from './types.js';
import { withoutRulesAround } from './rule-lines.js';
import { namesContents } from './contents-heading.js';
import { bankWords, namesBank } from './bank-words.js';
import { excerpt } from '../../model/excerpt.js';
import { withoutEndColon } from './end-colon.js';
import { namesPartOnly } from './part-label-heading.js';
import { closingHeading, closingWords, remarkHeading, remarkParagraph, ruledClosing } from './closing-words.js';

/** Our shape of a foreign deck: `#` title, `##` sections, `###` questions, answers under them. */
export interface Assembled {
  children: RootContent[];
  /** Question headings with no answer upstream: kept as open questions. */
  open: Set<Heading>;
  navigation: number;
  /** The lines of the navigation left out (its links are not checked: they are not printed). */
  navigationLines: LineSpan[];
  leftOut: number;
  /** Where a closing note set off by a rule under the last question starts (closing-words.ts). */
  closingLine?: number;
}

interface Pending {
  heading: Heading;
  prefix: string[];
  content: RootContent[];
  emitted: boolean;
  /** Navigation stood under it (a table of exercise links): with nothing else, the heading is navigation too. */
  navigation: boolean;
  /** A table of contents (in-page links) stood under it. */
  contents: boolean;
}

const lineOf = (node: RootContent): number => node.position?.start.line ?? 1;
const spanOf = (node: RootContent): LineSpan => ({ from: lineOf(node), to: Math.max(lineOf(node), node.position?.end.line ?? 1) });


// The symbols a bank sets before each question (`#### ❓ What is a region?`) and each answer (`✅ A geographic area…`).
const QUESTION_MARK = /^\s*(?:❓|❔|🤔|🙋(?:\u200D?[♂♀]\uFE0F?)?)\uFE0F?\s*/u;
const ANSWER_MARK = /^\s*(?:✅|✔️?|☑️?|👉|➡️?|💬|💡|🅰️?)\uFE0F?\s*/u;

/** Words without the symbol they open with, when it is only a mark of what they are. */
function withoutMark(children: PhrasingContent[], mark: RegExp): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text' || !mark.test(first.value) || !first.value.replace(mark, '').trim()) return children;
  return [{ ...first, value: first.value.replace(mark, '') }, ...rest];
}

/**
 * Puts the parts a layout read into the tree parse-deck reads. Headings that are not questions
 * become sections; a heading with nothing under it but deeper headings names a group, and its
 * title goes in front of theirs. Navigation is left out and counted; text that lands in no
 * question and is not an intro is left out with a warning at its line, as is an empty heading.
 */
export function assemble(parts: Part[], file: string, diagnostics: Diagnostic[]): Assembled {
  const out: RootContent[] = [];
  const open = new Set<Heading>();
  let navigation = 0;
  const navigationLines: LineSpan[] = [];
  // A block of navigation, left out and counted.
  const leave = (node: RootContent) => {
    navigation++;
    navigationLines.push(spanOf(node));
  };
  let leftOut = 0;
  let titled = false;
  let questions = 0;
  let pending: Pending | undefined;
  let afterQuestion = false;
  // A heading naming the contents (`### Índice`) stands over what follows, up to the next heading.
  let namedContents = false;
  // Where the emitted section's intro ends in `out`, and whether every question of it so far is open.
  let introEnd: number | undefined;
  let sectionOpen = true;
  const groups: Heading[] = [];
  const warn = (line: number, code: DiagnosticCode, message: string) => diagnostics.push({ file, line, severity: 'warning', code, message });
  const titleDepth = titleLevel(parts);
  const secondTitle = secondTitleOf(parts, titleDepth);
  const overQuestions = headingsOverQuestions(parts);
  // A file with headings names its own title (or has none on purpose): a bold line never becomes it.
  // A line the layout made a group's name (numbered-headings.ts) is no heading of the file's.
  const untitledFile = parts.some((p) => p.kind === 'heading' && p.node.depth <= titleDepth && !namesGroup(p.node));
  // Prose after the last question, to the end of the page: the bank's closing words, printed after it.
  const closing = closingWords(parts);
  const closingNodes: RootContent[] = [];
  // A note set off by a rule under the last question: the page's closing notes, its line said in the reading.
  const ruled = ruledClosing(parts);
  const closingLine = ruled ? lineOf(ruled.question.body[ruled.from]) : undefined;

  const flush = () => {
    if (!pending || pending.emitted) return;
    // Over a table of contents alone, then questions: the heading is navigation too, no section of them.
    if (pending.contents && !pending.content.length) {
      leave(pending.heading);
      pending = undefined;
      return;
    }
    // Under a group, a heading saying only that it holds the answers (`## Generales` over `### Respuestas`): the section is the group.
    const partOnly = pending.prefix.length > 0 && namesPartOnly(toString(pending.heading));
    const prefix = pending.prefix.length ? `${pending.prefix.join(' — ')}${partOnly ? '' : ' — '}` : '';
    const words = partOnly ? [] : withoutEndColon(unbolded(pending.heading.children));
    const children: PhrasingContent[] = prefix ? [{ type: 'text', value: prefix }, ...words] : words;
    out.push({ type: 'heading', depth: 2, children, position: pending.heading.position }, ...pending.content);
    pending.emitted = true;
    // Before a label the intro ends with (`**Questions:**`), which stays right over the questions it names.
    const last = out[out.length - 1];
    introEnd = out.length - (pending.content.length && last.type === 'paragraph' && /^[^\n]{1,40}[:：]$/.test(toString(last).trim()) ? 1 : 0);
    sectionOpen = true;
  };

  for (const [at, read] of parts.entries()) {
    // A short line of its own right over a question (`(네트워크)` between two groups of questions) names their group.
    const part: Part = read.kind === 'content' && parts[at + 1]?.kind === 'question' && groupLine(read.node) ? { kind: 'heading', node: { type: 'heading', depth: Math.max(2, titleDepth + 1) as Heading['depth'], children: unbracketed((read.node as Paragraph).children), position: read.node.position } } : read;
    if (part.kind === 'heading' && namesContents(toString(part.node))) {
      // The heading over a table of contents is navigation too (the list under it is counted).
      navigationLines.push(spanOf(part.node));
      namedContents = true;
      continue;
    }
    if (part.kind === 'heading') {
      namedContents = false;
      const h = part.node;
      // A line naming the first group of questions (numbered-headings.ts) titles that group, not the bank.
      const groupName = namesGroup(h);
      if (!titled && h.depth === titleDepth && questions === 0 && !pending && !groupName) {
        out.push({ ...h, depth: 1 });
        titled = true;
        continue;
      }
      // A second title right under the first (`# FRONT-END_interview` over `# 프론트엔드 기술면접 답변 정리`):
      // it names the whole file, so it opens the introduction instead of standing in front of every section's title.
      if (h === secondTitle && titled && questions === 0 && !pending) {
        out.push({ type: 'paragraph', children: [{ type: 'strong', children: unbolded(h.children) }], position: h.position });
        continue;
      }
      // With no question after it, a heading deeper than the empty one over it (`## 3. Code samples`
      // over `### 🔹 Socket examples` over `##### Java`) heads a part of those closing notes: kept
      // under it as a sub-heading, where it named a group of questions that never come and went unsaid.
      if (pending && !pending.emitted && !pending.contents && !pending.navigation && pending.content.every((n) => n.type === 'heading') && h.depth > pending.heading.depth && !parts.slice(at + 1).some((p) => p.kind === 'question')) {
        pending.content.push({ ...h, depth: Math.max(4, h.depth) as Heading['depth'] });
        continue;
      }
      // What a group says of itself (`## Compute` over a paragraph, then `### Virtual machines`
      // holding questions): printed at the head of its first section, never a section of nothing.
      let intro: RootContent[] = [];
      // A section holding questions of its own before its groups (`## Web` over `What is REST?`, then
      // `### Caching`): it names those groups too, as one with no questions of its own does.
      const above = pending?.emitted && h.depth > pending.heading.depth ? pending.heading : undefined;
      if (pending && !pending.emitted) {
        // A heading over a table of contents alone (`## <a name="toc">विषय-सूची</a>` over links to the groups below), whatever words it
        // is in: navigation, no group of the headings after it.
        if (pending.content.length === 0 && pending.contents) leave(pending.heading);
        else if (h.depth > pending.heading.depth && (pending.content.length === 0 || overQuestions.has(pending.heading))) {
          groups.push(pending.heading);
          intro = pending.content;
        } else if (pending.content.length === 0 && pending.navigation) leave(pending.heading);
        else if (pending.content.length === 0 && !titled && !untitledFile && questions === 0 && !pending.prefix.length && bankWords(toString(pending.heading))) {
          // A bank with no title of its own, opening with a line that names it over its first group (`Container Interview Guide⏎🟢 Easy`): its title.
          out.push({ type: 'heading', depth: 1, children: unbolded(pending.heading.children), position: pending.heading.position });
          titled = true;
        } else if (pending.content.length === 0) {
          warn(lineOf(pending.heading), 'empty-heading', `heading "${toString(pending.heading)}" holds no questions; left out`);
          leftOut++;
        } else flush();
      }
      if (above && !groups.includes(above)) groups.push(above);
      while (groups.length && groups[groups.length - 1].depth >= h.depth) groups.pop();
      // A group's title without its anchor (`#### <a name="css">CSS questions:</a>`) or the colon ending it.
      // No question follows it: the page's closing notes (`### [ Practice tips ]` after the last group's questions), titled by their own heading.
      const closing = !parts.slice(at + 1).some((p) => p.kind === 'question');
      pending = { heading: h, prefix: closing ? [] : groups.map((g) => toString(g, { includeHtml: false }).trim().replace(/\s*[:：]$/, '')), content: intro, emitted: false, navigation: false, contents: false };
      afterQuestion = false;
      continue;
    }
    if (part.kind === 'content') {
      // Bullets left empty (`*` lines under a topic, its questions not written yet) hold nothing; said where a topic has only them.
      if (part.node.type === 'list' && part.node.children.every((item) => !toString(item).trim())) {
        if (!afterQuestion) {
          warn(lineOf(part.node), 'left-out', `a list of ${part.node.children.length} empty item${part.node.children.length === 1 ? '' : 's'} left out — write a question in each, or delete them`);
          leftOut++;
        }
        continue;
      }
      const kind = navigationKind(part.node);
      // Links to the bank's other pages lead away where the page opens with them (under its title); further down they may be an answer's or an intro's.
      if (kind && (kind !== 'page links' || (!pending && out.every(underTitle)))) {
        leave(part.node);
        if (pending && !afterQuestion) pending.navigation = true;
        // The contents under a heading of their own (`### Índice`) are not the section's above it.
        if (pending && !afterQuestion && !namedContents && kind === 'table of contents') pending.contents = true;
        continue;
      }
      // A rule between the last question of a section and the next heading parted them, and one
      // right under a section's heading only underlines it: nothing is lost.
      if (part.node.type === 'thematicBreak' && (afterQuestion || (pending && !pending.content.length))) continue;
      // A footnote kept at the foot of the page prints under each answer citing it, and one cited
      // nowhere is said there (fragment-footnotes.ts): not text between questions as well.
      if (afterQuestion && part.node.type === 'footnoteDefinition') continue;
      if (afterQuestion && part.node.type === 'paragraph' && CHAT_CLOSING.test(toString(part.node).trim())) {
        warn(lineOf(part.node), 'left-out', `a chat reply's closing line left out ("${clip(toString(part.node))}") — it is not part of the bank`);
        leftOut++;
      } else if (afterQuestion && introEnd !== undefined && sectionOpen && labelledNote(part.node)) {
        // Notes on a section of open questions after them (`**Why asked:** …`, `**How to prepare:** …`): no answer of
        // the question above, they speak of the section, printed as its introduction.
        out.splice(introEnd++, 0, part.node);
      } else if (afterQuestion && closing.has(part.node)) {
        closingNodes.push(part.node);
      } else if (afterQuestion) {
        warn(lineOf(part.node), 'left-out', `text between questions left out ("${clip(plainText(part.node))}") — move it into an answer`);
        leftOut++;
      } else if (!titled && !pending && questions === 0 && !untitledFile && (boldTitle(part.node, out) || namedBank(part.node, out))) {
        // A bank with no heading over it, opening with a line all in bold (`**Top SRE Interview Q&A**`), or with a
        // line naming it as a bank (`20 Preguntas de Entrevista para Backend (con Respuestas)`, a page copied as text): its title.
        out.push({ type: 'heading', depth: 1, children: unbolded((part.node as Paragraph).children), position: part.node.position });
        titled = true;
      } else if (!titled && !pending && questions === 0 && !untitledFile && titleOverLink(part.node, out)) {
        // A bank opening with its name over the address it came from (`Glossário SQL⏎https://…`): its title, the address its introduction.
        const [name, ...link] = (part.node as Paragraph).children as [Text, ...PhrasingContent[]];
        out.push({ type: 'heading', depth: 1, children: [{ ...name, value: name.value.trim() }], position: part.node.position });
        out.push({ type: 'paragraph', children: link, position: part.node.position });
        titled = true;
      } else if (!pending && questions === 0 && chatOpener(part.node, out)) {
        warn(lineOf(part.node), 'left-out', `a chat reply's opening left out ("${clip(toString(part.node))}") — it is not part of the bank`);
        leftOut++;
      } else if (pending) pending.content.push(part.node);
      else out.push(part.node);
      continue;
    }
    flush();
    questions++;
    afterQuestion = true;
    const written = read === ruled?.question ? part.body.slice(0, ruled.from) : part.body;
    if (read === ruled?.question) closingNodes.push(...part.body.slice(ruled.from));
    // A body that is what the question asks (links to its answer elsewhere, or only the listing it points at) has no answer label to take off.
    const asked = askedWith(part.heading) || listingOnly(toString(part.heading), written);
    // A rule opening or closing the answer (`---⏎What is …?⏎---` drawn around each question) parts, it holds nothing.
    const unruled = withoutRulesAround(written);
    const marked = asked ? { heading: markAskedWith(part.heading), body: unruled } : readMarks(part.heading, unruled);
    // The rule over navigation closing the answer (`---` over `**导航**⏎[上一章](31.md) | …`) goes with it.
    const kept = withoutRulesAround(
      marked.body.filter((node) => {
        const kind = navigationKind(node);
        if (kind !== 'back-to-top link' && kind !== 'in-page links' && kind !== 'badges' && kind !== 'anchor') return true;
        leave(node);
        return false;
      }),
    );
    // A question asked once a language, each line under its language's code (`**EN:** …⏎**UK:** …`): the codes go.
    const words = withoutLanguageLabels(withoutMark(unbolded(marked.heading.children), QUESTION_MARK));
    // A level marked in the question's words (`🟢 What …?`, `… (Medium)`) is its level, not words it asks.
    const given = marked.heading.data;
    // Stars are left for star-levels.ts, which reads them as levels only where the bank means them so.
    const mark = (given as { level?: unknown } | undefined)?.level ? undefined : levelMark(words);
    const levelled = mark?.stars ? undefined : mark;
    const data = levelled ? { ...given, level: levelled.level } : given;
    const heading: Heading = { type: 'heading', depth: 3, children: levelled?.children ?? words, position: part.heading.position, data };
    // An answer still to be written ("[To be filled]", "TBD") is none: the question is open.
    // An answer set as a quote under its label (`> **Answer:**⏎> …`) is styled so, no card answer of its own.
    const unquoted = kept[0] ? quotedAnswer(kept[0]) : undefined;
    // The listing a question asks about (`What does this code print?` over a code block) is the question's.
    const answered = markListing(toString(heading), unquoted ? [...unquoted, ...kept.slice(1)] : kept);
    const body = placeholderAnswer(answered) ? [] : answered;
    if (body.length === 0) open.add(heading);
    else sectionOpen = false;
    const [lead, ...more] = body;
    const answer = lead?.type === 'paragraph' ? [{ ...lead, children: withoutMark(lead.children, ANSWER_MARK) }, ...more] : body;
    out.push(heading, ...deepenHeadings(answer));
  }
  if (pending && !pending.emitted) {
    if (pending.content.length) flush();
    else if (pending.navigation) leave(pending.heading);
    else if (closing.size && remarkHeading(pending.heading)) closingNodes.push(remarkParagraph(pending.heading));
    else {
      warn(lineOf(pending.heading), 'empty-heading', `heading "${toString(pending.heading)}" holds no questions; left out`);
      leftOut++;
    }
  }
  if (closingNodes.length) out.push(closingHeading(closingNodes[0]), ...closingNodes);
  return { children: withoutIntroRules(out), open, navigation, navigationLines, leftOut, ...(closingLine ? { closingLine } : {}) };
}

/**
 * The intro (between the title and the first section) without the rules at its ends: a bank's
 * rule under its table of contents or its blurb only parted them from the questions.
 */
function withoutIntroRules(out: RootContent[]): RootContent[] {
  const from = out[0]?.type === 'heading' && out[0].depth === 1 ? 1 : 0;
  let end = out.findIndex((n, i) => i >= from && n.type === 'heading');
  if (end < 0) end = out.length;
  let start = from;
  while (start < end && out[start].type === 'thematicBreak') start++;
  let last = end;
  while (last > start && out[last - 1].type === 'thematicBreak') last--;
  return [...out.slice(0, from), ...out.slice(start, last), ...out.slice(end)];
}

/** A question or section title all in bold (`### **1. What is Docker?**`) as plain words: the bold only said "heading". */
function unbolded(children: PhrasingContent[]): PhrasingContent[] {
  const words = children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  // `**********Title**********` nests bold in bold: all of it goes.
  if (words.length === 1 && words[0].type === 'strong') return unbolded(words[0].children);
  // `**\# Title**`, a heading's hashes escaped in bold (as a rich-text editor exports a title): the hashes go.
  const [first, ...rest] = children;
  if (first?.type === 'text' && /^#{1,6}\s+\S/.test(first.value)) return [{ ...first, value: first.value.replace(/^#{1,6}\s+/, '') }, ...rest];
  return children;
}

/** Headings inside an answer stay inside it: moved below the question level, nesting kept. */
function deepenHeadings(body: RootContent[]): RootContent[] {
  const depths = body.filter((n): n is Heading => n.type === 'heading').map((h) => h.depth);
  if (!depths.length) return body;
  const shift = 4 - Math.min(...depths);
  return body.map((n) => (n.type === 'heading' ? { ...n, depth: Math.min(6, Math.max(4, n.depth + shift)) as Heading['depth'] } : n));
}

/** A heading the layout made of a line naming the first group of questions (numbered-headings.ts). */
const namesGroup = (h: Heading): boolean => !!(h.data as { groupName?: boolean } | undefined)?.groupName;

/** What may stand above a page's opening: its title, a rule under it. */
const underTitle = (node: RootContent): boolean => (node.type === 'heading' && node.depth === 1) || node.type === 'thematicBreak';

/** A short line all in bold, with nothing but chat before it: a title, not a sentence or a label. */
function boldTitle(node: RootContent, out: RootContent[]): boolean {
  if (node.type !== 'paragraph' || out.length) return false;
  const words = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const text = toString(node).trim();
  return words.length === 1 && words[0].type === 'strong' && text.length <= 80 && !text.includes('\n') && !/[.:：?？!]$/.test(text);
}

/** The file's first line, alone in its paragraph, naming a bank (`Container Interview Questions: A Full Guide`): no sentence, no question. */
function namedBank(node: RootContent, out: RootContent[]): boolean {
  if (node.type !== 'paragraph' || out.length || node.children.some((c) => c.type !== 'text')) return false;
  return namesBank(toString(node).trim());
}

/**
 * The file's first paragraph: a short line naming something, no sentence, over a line holding
 * only a link (`Glossário SQL⏎https://…/GLOSSARIO.pdf`), as a page copied with its source writes it.
 */
function titleOverLink(node: RootContent, out: RootContent[]): boolean {
  if (node.type !== 'paragraph' || out.length) return false;
  const [name, ...rest] = node.children;
  const links = rest.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (name?.type !== 'text' || links.length !== 1 || links[0].type !== 'link') return false;
  const [line, after] = name.value.split('\n');
  const words = line.trim();
  return after !== undefined && !after.trim() && /\p{L}/u.test(words) && words.length <= 80 && !/[.:：;?？!,，]$/u.test(words);
}

/** The first paragraph of a bank, nothing but a title before it, that is a chat reply's opening line. */
const chatOpener = (node: RootContent, out: RootContent[]): boolean =>
  node.type === 'paragraph' && out.every((n) => n.type === 'heading' && n.depth === 1) && CHAT_OPENING.test(toString(node).trim());

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return excerpt(t, 40);
}

/**
 * A heading that follows the title at once and stands over headings, not questions, the last at
 * its level: at the title's level, the file's title said again in other words; one level down,
 * the one group holding every other (`## Common Questions for SREs` over `### Technical
 * Questions`, `### Behavioral Questions`), which would otherwise open every section's title.
 */
function secondTitleOf(parts: Part[], titleDepth: number): Heading | undefined {
  const at = parts.findIndex((p) => p.kind === 'heading' && p.node.depth === titleDepth);
  const [next, after] = [parts[at + 1], parts[at + 2]];
  if (at < 0 || next?.kind !== 'heading' || (next.node.depth !== titleDepth && next.node.depth !== titleDepth + 1)) return undefined;
  if (after?.kind !== 'heading' || after.node.depth <= next.node.depth) return undefined;
  const headings = parts.slice(at + 2).flatMap((p) => (p.kind === 'heading' ? [p.node] : []));
  // Over headings that only name its halves (`## Generales` over `### Preguntas` or `### Índice`, and `### Respuestas`), it is the group they split.
  if (headings.every((h) => h.depth > next.node.depth && (namesPartOnly(toString(h)) || namesContents(toString(h))))) return undefined;
  return headings.some((h) => h.depth <= next.node.depth) ? undefined : next.node;
}

/**
 * A paragraph that reads as a group's name: one short line, bracketed (`(네트워크)`, `[Basics]`)
 * or with no sentence in it, and no label or link.
 */
function groupLine(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.some((c) => c.type === 'link' || c.type === 'break' || c.type === 'inlineCode' || c.type === 'html') || navigationKind(node)) return false;
  const text = toString(node).trim();
  if (!/\p{L}/u.test(text) || text.includes('\n') || [...text].length > 40) return false;
  return /^[(（[【].+[)）\]】]$/u.test(text) || !/[.!?。！？:：;；,，]$/u.test(text);
}

/** A group's name without the brackets around it (`(네트워크)` → `네트워크`). */
function unbracketed(children: PhrasingContent[]): PhrasingContent[] {
  const [first] = children;
  const last = children[children.length - 1];
  if (first?.type !== 'text' || last?.type !== 'text' || !/^\s*[(（[【]/u.test(first.value) || !/[)）\]】]\s*$/u.test(last.value)) return children;
  if (children.length === 1) return [{ ...first, value: first.value.trim().slice(1, -1).trim() }];
  return [{ ...first, value: first.value.replace(/^\s*[(（[【]\s*/u, '') }, ...children.slice(1, -1), { ...last, value: last.value.replace(/\s*[)）\]】]\s*$/u, '') }];
}

/** A paragraph that opens with a bold label (`**Why asked:** To see …`) and says something after it. */
function labelledNote(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const [label, ...rest] = node.children;
  return label?.type === 'strong' && /[:：]\s*$/.test(toString(label)) && !!toString({ type: 'paragraph', children: rest }).trim();
}
