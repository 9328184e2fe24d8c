import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import type { Diagnostic } from '../../model/deck.js';
import type { LayoutName } from './types.js';
import { headingWords } from './question-number.js';
import { glossaryStarts } from './glossary-parts.js';

/** What reading one tree found (normalise.ts's Normalised, the fields this step combines). */
interface PartReading {
  layout: LayoutName;
  detected: boolean;
  open: Set<Heading>;
  navigation: number;
  navigationLines: { from: number; to: number }[];
  leftOut: number;
  oneQuestion: boolean;
  layouts?: LayoutName[];
  layoutParts?: LayoutPart[];
}

/** Where a part read in its own layout stands in the file, its lines from `from` to `to`. */
export interface LayoutPart {
  layout: LayoutName;
  from: number;
  to: number;
}

/** Reads one tree in the layout it detects, rewriting it in place. */
type ReadTree<R extends PartReading> = (tree: Root, diagnostics: Diagnostic[]) => R;

/** One `#`-titled part of a file, read on its own. */
interface Part<R> {
  tree: Root;
  reading: R;
  diagnostics: Diagnostic[];
  questions: number;
}

/**
 * The file split at its `#` titles and its glossary parts: what stands before the second start (front
 * matter, the first title and its bank), then each later start with what follows it. Undefined with fewer than two.
 */
export function titledParts(children: RootContent[]): RootContent[][] | undefined {
  const titles = children.flatMap((n, i) => (n.type === 'heading' && n.depth === 1 ? [i] : []));
  // A `## Glossary` of flashcards in a bank asking otherwise is a part too, as is what follows it (glossary-parts.ts).
  const starts = [...new Set([...titles, ...glossaryStarts(children)])].sort((a, b) => a - b);
  if (starts.length < 2) return undefined;
  const rest = starts.slice(1);
  return [children.slice(0, rest[0]), ...rest.map((at, k) => children.slice(at, rest[k + 1] ?? children.length))];
}

const questionCount = (tree: Root): number => tree.children.filter((n) => n.type === 'heading' && n.depth === 3).length;

const nameOf = (heading: Heading): string => headingWords(heading).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The names the file read whole gives two answers' parts or more (`#### Example:`, `#### Remember:`
 * under its questions): headings that are no questions of the bank.
 */
function answerPartNames(tree: Root): Set<string> {
  const seen = new Map<string, number>();
  for (const n of tree.children) if (n.type === 'heading' && n.depth > 3) seen.set(nameOf(n), (seen.get(nameOf(n)) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count >= 2).map(([name]) => name));
}

/**
 * Whether a part read alone took those names for its questions: a last part with one numbered
 * question (`## 14. …` over `### Answer:`, `### Example:`) is too short for the numbered layout,
 * and our own format reads its answer's parts as questions.
 */
const partsAsQuestions = (part: Root, names: Set<string>): boolean =>
  part.children.some((n) => n.type === 'heading' && n.depth === 3 && names.has(nameOf(n)));

/**
 * Two banks in one file, each in its own shape under its own `#` title (a chat export: numbered
 * `### 1.` headings, then a "quick round" of `**Q:**`/`**A:**` paragraphs). Read as one, the
 * file's layout is the first bank's and the second bank's questions print as a section's text.
 * Each part is read in the layout it is written in when the parts' layouts differ (one may be
 * our own format) and together they find more questions than the file read whole; the later
 * titles become sections. Undefined when the file read whole is the better reading. `whole` is the
 * reading of the whole file, already done in `tree`; `parts` are the file's parts, untouched.
 */
export function readTitledParts<R extends PartReading>(
  tree: Root,
  whole: R,
  parts: RootContent[][],
  read: ReadTree<R>,
): { reading: R; diagnostics: Diagnostic[] } | undefined {
  const read1 = parts.map((children): Part<R> => {
    const part: Root = { type: 'root', children };
    const diagnostics: Diagnostic[] = [];
    const reading = read(part, diagnostics);
    return { tree: part, reading, diagnostics, questions: questionCount(part) };
  });
  const asking = read1.filter((p) => p.questions > 0);
  const layouts = [...new Set(asking.map((p) => p.reading.layout))];
  const total = asking.reduce((n, p) => n + p.questions, 0);
  if (layouts.length < 2 || total <= questionCount(tree)) return undefined;
  const names = answerPartNames(tree);
  if (asking.some((p) => partsAsQuestions(p.tree, names))) return undefined;
  tree.children = read1.flatMap((p, k) => (k === 0 ? p.tree.children : asSection(p.tree.children)));
  // A part in our own format needs no rewriting; the deck is read by the other part's layout,
  // whose rules (no card-answer lint) fit the part that is not ours.
  const foreign = asking.filter((p) => p.reading.layout !== 'studyguide');
  const main = foreign.reduce((best, p) => (p.questions > best.questions ? p : best));
  const reading: R = {
    ...whole,
    layout: main.reading.layout,
    layouts,
    open: new Set(read1.flatMap((p) => [...p.reading.open])),
    navigation: read1.reduce((n, p) => n + p.reading.navigation, 0),
    navigationLines: read1.flatMap((p) => p.reading.navigationLines),
    leftOut: read1.reduce((n, p) => n + p.reading.leftOut, 0),
    oneQuestion: false,
    layoutParts: read1.flatMap((p, k) => (p.questions > 0 ? [{ layout: p.reading.layout, from: parts[k][0]?.position?.start.line ?? 1, to: parts[k][parts[k].length - 1]?.position?.end.line ?? 1 }] : [])),
  };
  return { reading, diagnostics: read1.flatMap((p) => p.diagnostics) };
}

/**
 * A later part's `#` title as a section of the deck: a `##` heading over its questions, or, over
 * sections of its own with no question before them, the name in front of theirs ("Title — Section").
 */
function asSection(children: RootContent[]): RootContent[] {
  const at = children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  if (at < 0) return children;
  const title = children[at] as Heading;
  const next = children.findIndex((n, i) => i > at && n.type === 'heading' && n.depth <= 3);
  const sub = children[next];
  if (sub?.type !== 'heading' || sub.depth !== 2) return children.map((n) => (n === title ? { ...title, depth: 2 } : n));
  // What the title says of its part goes at the head of its first section.
  const intro = children.slice(at + 1, next);
  const prefix = (h: Heading): Heading => ({ ...h, children: [...(title.children as PhrasingContent[]), { type: 'text', value: ' — ' }, ...h.children] });
  return [
    ...children.slice(0, at),
    ...children.slice(next).flatMap((n, i) => (n.type === 'heading' && n.depth === 2 ? [prefix(n), ...(i === 0 ? intro : [])] : [n])),
  ];
}
