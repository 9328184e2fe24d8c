import type { Blockquote, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_NAMED } from './layouts/labels.js';
import { kindTitle } from './box-titles.js';
import { setsTask } from './layouts/bid-start.js';
import { keyBox, namesKeyBox } from './layouts/answer-key.js';
import { calloutRules } from './callout-rules.js';

// `> [!NOTE]`, `> [!success]- Answer` (GitHub alerts, Obsidian callouts): a blockquote whose
// first line names its kind, may fold (`-`, `+`) and may carry a title.
const MARKER = /^\[!([\w-]+)\][+-]?[ \t]*([^\n]*)(?:\n|$)/;
// The kinds of callout that ask: titled, a question heading over its content.
const QUESTION_KIND = /^(?:question|faq|help|quiz)$/i;

/**
 * Callouts as they read on paper: a callout titled as an answer ("Answer", "Solution", "Ответ")
 * is the answer, so its content stands in its place (a bank hides each answer in a folded one);
 * a question callout with a title (`> [!question] What is RAID 1?`) is a question heading over
 * its answer; any other keeps its box, its marker line turned into its title in bold ("Note", "Warning").
 * Markdown alone prints the marker as text ("[!success]- Answer").
 */
export function restoreCallouts(tree: Root): Root {
  // A rule drawn under a callout's title (`> [!tip] …⏎> ---`) made its lines a heading (callout-rules.ts).
  calloutRules(tree.children);
  const asides = asksInHeadings(tree.children);
  // Callouts of another kind titled with what they ask (`> [!example] Why …?`, two at least, none after an answer's
  // words): the bank's questions, as question callouts are. One after an answer's words is a question put to its reader.
  const nodes = tree.children;
  const isCallout = (n: RootContent | undefined): boolean => n?.type === 'blockquote' && MARKER.test(markerLead(n));
  const titles = nodes.map((n) => (n.type === 'blockquote' ? markerTitle(n) : ''));
  const asking = titles.filter((t) => ASKS.test(t)).length >= 2;
  // Callouts titled with a task (`> [!example] Explain how …`) among callouts that ask: questions of the same bank.
  const asks = nodes.some((n, i) => n.type === 'blockquote' && (ASKS.test(titles[i]) || (!!titles[i] && QUESTION_KIND.test(MARKER.exec(markerLead(n))?.[1] ?? ''))));
  const tasking = asks && titles.filter((t) => ASKS.test(t) || setsTask(t)).length >= 2;
  const inAnswer = (i: number): boolean => boxInAnswer(false, isCallout(nodes[i - 1]) ? undefined : nodes[i - 1], isCallout(nodes[i + 1]));
  // A question callout after the words of an answer under a `###` heading is a question put to its reader, as a
  // deck written by import keeps one (`> [!question] Think about it`), not a question of the bank.
  const underQuestion = (i: number): boolean => {
    const heading = nodes.slice(0, i).reverse().find((n) => n.type === 'heading');
    return heading?.type === 'heading' && heading.depth >= 3;
  };
  tree.children = nodes.flatMap((node, i) => (node.type === 'blockquote' ? callout(node, asides || (inAnswer(i) && underQuestion(i)), asking && !inAnswer(i), tasking && !inAnswer(i)) : [node]));
  return tree;
}

/** A box's title naming the answer it holds ("Answer", "Solution", "Ответ"): its content stands in its place. */
export const namesAnswer = (title: string): boolean => /^(?:solution|lösung|solución|solução|решение)$/i.test(title.trim()) || ANSWER_NAMED.test(`${title.trim()}:`);

/** A title or heading that asks. */
export const ASKS = /[?？]\s*$/;

/** A bank of `### Question?` headings: a box in it is an aside of the answer it stands in. */
export const asksInHeadings = (nodes: RootContent[]): boolean => nodes.some((n) => n.type === 'heading' && n.depth === 3 && ASKS.test(toString(n)));

/** The text a quote opens with, where a callout's marker stands. */
function markerLead(quote: Blockquote): string {
  const first = quote.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  return lead?.type === 'text' ? lead.value : '';
}

/** The title on a callout's marker line (`> [!example] Why …?`), else ''. */
const markerTitle = (quote: Blockquote): string => MARKER.exec(markerLead(quote))?.[2] ?? '';

/**
 * `asides`: in a bank of `### Question?` headings a question callout is a question put to the reader inside an answer.
 * `asking`: callouts of any kind titled with a question are the bank's questions; `tasking`: so are those titled with a task.
 */
function callout(quote: Blockquote, asides = false, asking = false, tasking = false): RootContent[] {
  const [first, ...rest] = quote.children;
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const m = lead?.type === 'text' ? MARKER.exec(lead.value) : null;
  if (!m || first?.type !== 'paragraph' || lead?.type !== 'text') return [quote];
  // The title runs to the end of the marker's line, through any code or emphasis in it (`… does `pwd` print?`).
  const start = lead.value.length - lead.value.replace(/^\[![\w-]+\][+-]?[ \t]*/, '').length;
  const line = titleLine([{ ...lead, value: lead.value.slice(start) }, ...first.children.slice(1)]);
  const titleText = toString({ type: 'paragraph', children: line.title }).trim();
  const title = titleText || m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
  const body: Paragraph = { ...first, children: line.rest };
  // A callout inside it (`> > [!success]- Answer` under a question) is read the same way.
  const inner = rest.flatMap((node): Blockquote['children'] => (node.type === 'blockquote' ? (callout(node) as Blockquote['children']) : [node]));
  const content = body.children.length ? [body, ...inner] : inner;
  // One titled as a quiz's whole key (`> [!note]- Answers` at its end) holds the answers of the questions above it.
  if (namesKeyBox(title)) return [keyBox(content, quote.position)];
  if (namesAnswer(title)) return content;
  // `> [!question] What is RAID 1?` over its answer (a note app's flashcard): a question heading, the content its answer.
  if (!asides && titleText && (QUESTION_KIND.test(m[1]) || (asking && ASKS.test(titleText)) || (tasking && setsTask(titleText)))) {
    // Marked as asked in a box, for the layout to know the page's author said which are questions (askedInBox).
    return [{ type: 'heading', depth: 3, children: line.title, position: first.position, data: { askedInBox: true } as Heading['data'] }, ...content];
  }
  const heading: Paragraph = { type: 'paragraph', children: [titleText ? { type: 'strong', children: [{ type: 'text', value: title }] } : kindTitle(m[1])], position: first.position };
  return [{ ...quote, data: { ...quote.data, ...boxData(m[1]) } as Blockquote['data'], children: [heading, ...content] }];
}

/** A box of a callout's kind: its title in bold over its content (an admonition, a container kept as a box). */
export const calloutBox = (title: Paragraph, content: RootContent[], position: Blockquote['position'], kind = 'note'): Blockquote => ({
  type: 'blockquote',
  data: boxData(kind) as Blockquote['data'],
  children: [title, ...content] as Blockquote['children'],
  position,
});

// The kinds a box prints as, by the names site generators give them (MkDocs, Obsidian, Docusaurus, VitePress).
const KINDS: [string, RegExp][] = [
  ['tip', /^(?:tip|hint|success|check|done|info-tip)$/],
  ['important', /^important$/],
  ['warning', /^(?:warning|warn|attention)$/],
  ['caution', /^(?:caution|danger|error|failure|fail|missing|bug)$/],
  ['example', /^example$/],
  ['question', /^(?:question|help|faq|quiz)$/],
];
/** The kinds of box print tells apart (the others print as a note): the classes the sanitizer lets through. */
export const BOX_KINDS = ['note', ...KINDS.map(([k]) => k)];

/** A box's kind as print knows it: `danger` a caution, `success` a tip, any other a note. */
const boxKind = (name: string): string => KINDS.find(([, names]) => names.test(name.toLowerCase()))?.[0] ?? 'note';

/** What marks a blockquote as a box, and its kind, for print (`callout callout-warning`). */
const boxData = (kind: string) => ({ callout: true, kind: boxKind(kind), hProperties: { className: ['callout', `callout-${boxKind(kind)}`] } });

/**
 * Whether a box read from its own fences (an admonition, a container) stands inside an answer, where it keeps
 * its box: in a bank of `### Question?` headings (`asides`), or after an answer's words (`before` is a paragraph,
 * a list, code…; undefined right after a box) with no box of its kind next (`nextIsBox`): boxes one after
 * another are a bank of their own, their titles its questions, as a box right under a heading or a bold line may be the answer.
 */
export const boxInAnswer = (asides: boolean, before: RootContent | undefined, nextIsBox: boolean): boolean =>
  asides || (!!before && !nextIsBox && !['heading', 'thematicBreak', 'yaml', 'toml'].includes(before.type) && !isCalloutBox(before) && !isBoldLine(before));

/** A paragraph of one bold run: a box's title printed bold, as a box of a bank of boxes prints. */
const isBoldLine = (node: RootContent): boolean => node.type === 'paragraph' && node.children.length === 1 && node.children[0].type === 'strong';

/** A callout's box (`> [!tip] Remember` over its words): an aside, never a `> card answer`. */
export const isCalloutBox = (node: RootContent | undefined): boolean => node?.type === 'blockquote' && !!(node.data as { callout?: boolean } | undefined)?.callout;

/**
 * The marker line's title (its words up to the first line break, code spans and emphasis kept)
 * and what follows it.
 */
function titleLine(children: PhrasingContent[]): { title: PhrasingContent[]; rest: PhrasingContent[] } {
  const title: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const at = child.type === 'text' ? child.value.indexOf('\n') : child.type === 'break' ? 0 : -1;
    if (at < 0) {
      title.push(child);
      continue;
    }
    const before = child.type === 'text' ? child.value.slice(0, at) : '';
    const after = child.type === 'text' ? child.value.slice(at + 1) : '';
    if (before) title.push({ ...child, value: before } as PhrasingContent);
    return { title: trimEnds(title), rest: [...(after ? [{ ...child, value: after } as PhrasingContent] : []), ...children.slice(i + 1)] };
  }
  return { title: trimEnds(title), rest: [] };
}

/** Phrasing without the spaces at its ends. */
function trimEnds(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  if (out[0]?.type === 'text') out[0] = { ...out[0], value: out[0].value.trimStart() };
  const last = out.length - 1;
  if (out[last]?.type === 'text') out[last] = { ...out[last], value: (out[last] as { value: string }).value.trimEnd() } as PhrasingContent;
  return out.filter((c) => !(c.type === 'text' && !c.value));
}

/** True when a heading was a callout that asks (`> [!question]- What is …?`): its author marked it a question. */
export const askedInBox = (node: RootContent): boolean => node.type === 'heading' && !!(node.data as { askedInBox?: boolean } | undefined)?.askedInBox;
