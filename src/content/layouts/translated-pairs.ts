import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { scriptCounts } from './script-of.js';

// A bank translated line by line keeps the original question and writes its translation as the
// next item of the list (`* What's a doctype do?⏎* doctypeとは何ですか？`): read one item each, every
// question printed twice. Where a bank does so throughout, each item and the one after it are one question.

/** The script (a place in SCRIPTS) item `b` translates item `a` into, or -1 when `b` is no translation of it. */
function translationScript(a: ListItem, b: ListItem): number {
  if (a.children.length !== 1 || a.children[0].type !== 'paragraph' || b.children[0]?.type !== 'paragraph') return -1;
  return textTranslationScript(toString(a.children[0]), toString(b.children[0]));
}

/** True when line `second` writes line `first` again in a script `first` never uses (`What is an API?⏎API คืออะไร?`). */
export const translatesLine = (first: string, second: string): boolean => textTranslationScript(first, second) >= 0;

/** The script text `second` translates text `first` into, SAME for the same words, or -1. */
function textTranslationScript(first: string, second: string): number {
  // `AMD vs. CommonJS?⏎AMD vs. CommonJS？`: a wording that has none to translate stays as it is.
  if (first.normalize('NFKC').trim() === second.normalize('NFKC').trim()) return SAME;
  const [own, other] = [scriptCounts(first), scriptCounts(second)];
  // A script the translation writes words in (two letters at least: `'delegate()'と'live()'の違い…`) and the original never uses.
  const scripts = other.map((n, i) => (n >= 2 && own[i] === 0 ? n : 0));
  const most = Math.max(...scripts);
  return most ? scripts.indexOf(most) : -1;
}

const SAME = -2;

/** Items paired from the start: each pair's first item and the script it is translated into. */
function pairsOf(items: ListItem[]): { at: number; script: number }[] {
  const pairs: { at: number; script: number }[] = [];
  for (let i = 0; i + 1 < items.length; i++) {
    const script = translationScript(items[i], items[i + 1]);
    if (script === -1) continue;
    pairs.push({ at: i, script });
    i++;
  }
  return pairs;
}

/**
 * The script a bank's lists translate their items into, when they do so throughout: one list at
 * least holds two such pairs or more, three items in four of it paired, all into the one script
 * (an item left as it was, `AMD vs. CommonJS？`, counts with them). Undefined for any other bank.
 */
export function translatedScript(nodes: RootContent[]): number | undefined {
  let found: number | undefined;
  for (const node of nodes) {
    if (node.type !== 'list') continue;
    const pairs = pairsOf(node.children);
    const scripts = new Set(pairs.map((p) => p.script).filter((s) => s !== SAME));
    if (pairs.length < 2 || pairs.length * 2 * 4 < node.children.length * 3 || scripts.size !== 1) continue;
    const [script] = scripts;
    if (found !== undefined && found !== script) return undefined;
    found = script;
  }
  return found;
}

/** The items in groups: each translated pair (into `script`, translatedScript's) together, every other item alone. */
export function translationGroups(items: ListItem[], script: number | undefined): ListItem[][] {
  if (script === undefined) return items.map((item) => [item]);
  const groups: ListItem[][] = [];
  for (let i = 0; i < items.length; i++) {
    const found = i + 1 < items.length ? translationScript(items[i], items[i + 1]) : -1;
    if (found === script || found === SAME) groups.push([items[i], items[++i]]);
    else groups.push([items[i]]);
  }
  return groups;
}

/** The items with each translated pair joined as one: the original, then its translation, and what the two hold under them. */
export function joinTranslations(items: ListItem[], script: number | undefined): ListItem[] {
  return translationGroups(items, script).map(([a, b]) => {
    if (!b) return a;
    const [asked, again] = [a.children[0] as Paragraph, b.children[0] as Paragraph];
    const same = translationScript(a, b) === SAME;
    // Nested points translated the same way (`* Bonus points for …⏎* ボーナスポイント：…`) are joined too.
    const rest = b.children.slice(1).map((n) => (n.type === 'list' ? ({ ...n, children: joinTranslations(n.children, script) } as List) : n));
    // The translation prints on a line of its own under the original, as its subtitle.
    const words: Paragraph = { ...asked, children: same ? asked.children : [...asked.children, { type: 'break' }, ...again.children] };
    return { ...a, children: [words, ...rest] };
  });
}
