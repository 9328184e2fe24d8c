import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blockNumbers, type KeyEntry, type TakenKeys } from './answer-key.js';

// A quiz may open with its answer key on a line of its own, no heading over it (`1B, 2C, 3C, …`,
// often indented into a code block), then give each question's options with the right ones in bold
// (`- **B) …**`). Left where it stood, the key printed as the deck's introduction, a line of codes
// saying again what the bold marks say. Where every answer it gives to a question of the bank is
// the one marked in bold, it is left out, said at its line; where the bank marks none, it is the
// bank's key and answers each question as a key under "## Answers" does (answer-key.ts).

/** One entry of a bare key: a question's number glued to, or set beside, its option's letter (`1B`, `2-C`, `3) D`). */
const BARE_ENTRY = /([0-9]{1,4})\s*[-.):：]?\s*([A-H])(?![\p{L}\p{N}])/giu;

/** Fewest entries a line needs to be a key rather than a stray code. */
const MIN_ENTRIES = 3;

/** An option's letter as the item opens with it (`B) …`, `(c) …`, `D. …`). */
const OPTION_LETTER = /^\s*\(?([A-Ha-h])[).:]\s/u;

/** The entries of a block that is nothing but a bare key, or undefined. */
function bareEntries(node: RootContent): KeyEntry[] | undefined {
  if (node.type !== 'code' && node.type !== 'paragraph') return undefined;
  if (node.type === 'code' && node.lang) return undefined;
  const text = node.type === 'code' ? node.value : toString(node);
  const found = [...text.matchAll(BARE_ENTRY)];
  if (found.length < MIN_ENTRIES || text.replace(BARE_ENTRY, '').replace(/[\s,;|]/g, '') !== '') return undefined;
  const line = node.position?.start.line ?? 1;
  return found.map((m) => ({ number: String(Number(m[1])), line, answer: [{ type: 'strong', children: [{ type: 'text', value: m[2].toUpperCase() }] }], explanation: [], choice: true }));
}

/** The letters of a list of lettered options, and which are ticked (bold-choices.ts ticks the bold ones). */
function optionMarks(list: List): { letters: string[]; ticked: string[] } | undefined {
  const letters = list.children.map((item) => OPTION_LETTER.exec(toString(item))?.[1].toUpperCase());
  if (list.children.length < 2 || letters.some((l) => !l)) return undefined;
  return { letters: letters as string[], ticked: list.children.flatMap((item, k) => (item.checked ? [letters[k]!] : [])) };
}

/** Each numbered question's options, by the number the block over them starts with. */
export function marksByNumber(nodes: RootContent[], numbers: Map<number, string>): Map<string, string[]> {
  const marks = new Map<string, string[]>();
  let number: string | undefined;
  for (const node of nodes) {
    if (node.type === 'heading' || node.type === 'paragraph') number = numbers.get(node.position?.start.line ?? 0) ?? (node.type === 'heading' ? undefined : number);
    const options = node.type === 'list' ? optionMarks(node) : undefined;
    if (options && number !== undefined && !marks.has(number)) marks.set(number, options.ticked);
  }
  return marks;
}

/** What reading a bank's leading key did: its blocks, its keys, and the note said at a key left out. */
export interface LeadingKey {
  taken: TakenKeys;
  left?: { line: number; message: string };
}

/**
 * The bank with a bare key before its first question read as said above: left out where the bold
 * marks give the same answers, its entries for the questions marked nowhere (`**D) …**x`, the bold
 * not closing the option) answering them, as does the whole key where no option is marked. A key
 * that disagrees with a bold mark stays where it is.
 */
export function leadingKey(taken: TakenKeys): LeadingKey {
  const first = taken.nodes.findIndex((n) => n.type === 'heading' && n.depth > 1);
  const at = taken.nodes.findIndex((n, i) => (first < 0 || i < first) && bareEntries(n));
  if (at < 0) return { taken };
  const entries = bareEntries(taken.nodes[at])!;
  const line = entries[0].line;
  const numbers = taken.keys.length ? taken.numbers : blockNumbers(taken.nodes);
  const marks = marksByNumber(taken.nodes, numbers);
  const asked = new Set(taken.nodes.flatMap((n) => (n.type === 'heading' && n.depth > 1 && numbers.has(n.position?.start.line ?? 0) ? [numbers.get(n.position!.start.line)!] : [])));
  const marked = entries.filter((e) => marks.get(e.number)?.length);
  const unmarked = entries.filter((e) => asked.has(e.number) && !marks.get(e.number)?.length);
  if (asked.size < MIN_ENTRIES || unmarked.length + marked.length < MIN_ENTRIES) return { taken };
  const nodes = taken.nodes.filter((_, i) => i !== at);
  const key = (given: KeyEntry[]) => (given.length ? [{ entries: given, line: Number.MAX_SAFE_INTEGER, after: line }] : []);
  if (!marked.length) return { taken: { ...taken, nodes, numbers, keys: [...taken.keys, ...key(entries)] } };
  const letter = (e: KeyEntry) => toString({ type: 'paragraph', children: e.answer });
  if (!marked.every((e) => marks.get(e.number)!.join() === letter(e))) return { taken };
  const beyond = entries.length - marked.length - unmarked.length;
  const parts = [
    `answer key left out: the options set in bold give its answers to the ${marked.length} questions marked`,
    ...(unmarked.length ? [`its answer${unmarked.length === 1 ? '' : 's'} to question${unmarked.length === 1 ? '' : 's'} ${unmarked.map((e) => e.number).join(', ')}, marked nowhere, answer${unmarked.length === 1 ? 's it' : ' them'}`] : []),
    ...(beyond ? [`its ${beyond} other entr${beyond === 1 ? 'y names a question' : 'ies name questions'} not in this file`] : []),
  ];
  return { taken: { ...taken, nodes, numbers, keys: [...taken.keys, ...key(unmarked)] }, left: { line, message: parts.join('; ') } };
}
