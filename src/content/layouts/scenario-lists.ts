import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// Banks close with scenarios: `🧪 Scenario Questions & Answers` over `1. A container exits at once.⏎Read
// its logs; …`. Each item states a situation rather than asking, its answer on the lines under it, so
// no item reads as a question and the list was left out. Under a title naming scenarios, each item
// whose first line has lines under it is a prompt over its answer.

/** A title naming scenarios, cases or troubleshooting, in a few languages. */
const SCENARIO_TITLE = /scenario|case stud|troubleshoot|situation|real[- ]world|szenari|escenario|cenário|сценари|ситуаци|场景|情景|シナリオ/iu;

/** A heading or a one-line paragraph naming scenarios. */
function scenarioTitle(node: RootContent | undefined): boolean {
  if (node?.type !== 'heading' && node?.type !== 'paragraph') return false;
  const text = toString(node).trim();
  return !text.includes('\n') && text.length <= 80 && SCENARIO_TITLE.test(text);
}

/** The item's first paragraph cut after its first line, when lines follow it; else undefined. */
function promptOver(item: ListItem): ListItem | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const at = first.children.findIndex((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n')));
  if (at < 0) return undefined;
  const child = first.children[at];
  const cut = child.type === 'text' ? child.value.indexOf('\n') : -1;
  const head = [...first.children.slice(0, at), ...(cut > 0 && child.type === 'text' ? [{ ...child, value: child.value.slice(0, cut) }] : [])];
  const tail = [...(cut >= 0 && child.type === 'text' && child.value.slice(cut + 1).trim() ? [{ ...child, value: child.value.slice(cut + 1) }] : []), ...first.children.slice(at + 1)];
  const prompt = toString({ type: 'paragraph', children: head }).trim();
  if (!prompt || prompt.length > 160 || !toString({ type: 'paragraph', children: tail }).trim()) return undefined;
  const line = (first.position?.start.line ?? 1) + 1;
  const answer: Paragraph = { type: 'paragraph', children: tail, ...(first.position ? { position: { start: { line, column: 1 }, end: first.position.end } } : {}) };
  return { ...item, children: [{ ...first, children: head }, answer, ...rest] };
}

/** A list under a scenario title, every item a prompt line over its answer lines: the list with each item cut so; else undefined. */
function scenarioList(node: RootContent, before: RootContent | undefined): List | undefined {
  if (node.type !== 'list' || node.children.length < 2 || !scenarioTitle(before)) return undefined;
  const items = node.children.map(promptOver);
  return items.every((item) => item) ? { ...node, children: items as ListItem[], data: { ...node.data, scenarios: true } as List['data'] } : undefined;
}

/** The tree with each list of scenarios under its title cut into prompts over their answers (marked, for scenarioLists). */
export function scenarioItems(nodes: RootContent[]): RootContent[] {
  return nodes.map((node, i) => scenarioList(node, nodes[i - 1]) ?? node);
}

/** The lists scenarioItems marked: each item a question. */
export const scenarioLists = (nodes: RootContent[]): RootContent[] => nodes.filter((n) => n.type === 'list' && (n.data as { scenarios?: boolean } | undefined)?.scenarios);
