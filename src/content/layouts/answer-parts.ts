import type { Heading, RootContent } from 'mdast';
import { headingWords } from './question-number.js';

// The names system-design and coding banks give the parts of one answer (`### Requirements`,
// `### Trade-offs`, `#### Solution`), in English and a few other languages. A heading so named
// is a part of the answer above it, not a question of its own.
const PART_NAME =
  /^(?:(?:functional|non-?functional|core|key)\s+)?requirements?(?:\s+(?:gathering|clarification|analysis))?$|^(?:clarifying\s+questions|constraints?(?:\s+and\s+assumptions)?|assumptions|scope)$|^(?:capacity|back[- ]of[- ](?:the[- ])?envelope|traffic|storage)\s+(?:estimations?|estimates?|planning|calculations?)$|^estimations?$|^(?:api|apis|interface)(?:\s+design)?$|^(?:data(?:base)?\s+(?:model|schema)|schema)(?:\s+design)?$|^(?:high[- ]level|low[- ]level|detailed|system)\s+(?:design|architecture)$|^architecture$|^deep[- ]dives?$|^bottlenecks?$|^trade[- ]?offs?$|^(?:scaling|scalability)(?:\s+considerations)?$|^follow[- ]?ups?(?:\s+questions?)?$|^(?:summary|answer|solution|explanation|examples?|approach|complexity|key\s+points|discussion|wrap[- ]?up)$|^(?:anforderungen|lösung|antwort|erklärung|beispiele?|zusammenfassung|exigences|réponse|explication|exemples?|résumé|requisitos|solución|respuesta|explicación|ejemplos?|resumen|требования|решение|ответ|объяснение|примеры?|итоги?)$|^(?:(?:功能|非功能)?需求(?:分析)?|容量估算|接口设计|api\s*设计|数据模型|高层设计|总体设计|架构设计|深入|瓶颈|权衡|扩展|追问|总结|答案|解答|解析|示例|例子|要件|回答|答え|解説|まとめ)$/iu;

/** A heading's words with its number and the marks around them gone, in lower case: what it names. */
const partName = (heading: Heading): string =>
  headingWords(heading)
    .replace(/^[\p{P}\p{S}\s]*(?:(?:step|part)\s*\d+|\d+)?[.):]?\s*/iu, '')
    .replace(/[\p{P}\p{S}\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The heading level of a bank whose questions each have their answer in parts one level down
 * (`## Design a URL shortener` over `### Requirements`, `### Trade-offs`): two questions at least
 * with such parts, two thirds at least of the headings one level down being parts, by their name
 * or by standing under two questions or more. Each heading at that level is then a question,
 * asking or not ("Design X", "Implement Y"); its parts stay in its answer.
 */
export function answerPartsLevel(nodes: RootContent[]): { depth: number; count: number } | undefined {
  // Each heading's name is read once: a heading is tried at each depth and two or three times at its own.
  const names = new Map<Heading, string>();
  const nameOf = (heading: Heading): string => {
    let name = names.get(heading);
    if (name === undefined) names.set(heading, (name = partName(heading)));
    return name;
  };
  for (let depth = 1; depth <= 5; depth++) {
    const under = new Map<number, Heading[]>();
    let parent: number | undefined;
    for (const [i, node] of nodes.entries()) {
      if (node.type !== 'heading') continue;
      if (node.depth <= depth) parent = node.depth === depth ? i : undefined;
      else if (node.depth === depth + 1 && parent !== undefined) under.set(parent, [...(under.get(parent) ?? []), node]);
    }
    const subs = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === depth + 1);
    if (under.size < 2 || !subs.length) continue;
    // A name standing under two questions or more names a part each of them has.
    const seen = new Map<string, number>();
    for (const heads of under.values()) for (const name of new Set(heads.map(nameOf))) seen.set(name, (seen.get(name) ?? 0) + 1);
    // Named as a part (`### Requirements`, `### 2. High-level design`), or standing under two questions or more.
    const isPart = (h: Heading): boolean => PART_NAME.test(nameOf(h)) || (seen.get(nameOf(h)) ?? 0) >= 2;
    const parts = subs.filter(isPart).length;
    const withParts = [...under.values()].filter((heads) => heads.some(isPart)).length;
    if (withParts < 2 || parts * 3 < subs.length * 2) continue;
    return { depth, count: nodes.filter((n) => n.type === 'heading' && n.depth === depth).length };
  }
  return undefined;
}

// Prompts that bid rather than ask, as design and coding banks write them ("Design X", "Implement Y", "How would you build Z").
const PROMPT = /^(?:design|implement|build|create|write|develop|architect|model|estimate|scale|explain|describe|compare|how\s+(?:would|do|could|should|can)\s+you)\b/iu;

/**
 * True when the heading at `i` is a prompt of such a bank: it has a part under it, asks, or bids.
 * Others at its level (`## Final tips` over a paragraph) stay sections.
 */
export function isPrompt(nodes: RootContent[], i: number): boolean {
  const heading = nodes[i] as Heading;
  const words = partName(heading);
  if (/[?？]\s*$/u.test(headingWords(heading)) || PROMPT.test(words)) return true;
  for (let k = i + 1; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.type !== 'heading') continue;
    if (node.depth <= heading.depth) return namedSystem(nodes, i);
    if (node.depth === heading.depth + 1) return true;
  }
  return namedSystem(nodes, i);
}

// What a page writes around its prompts, at their level: its own notes, not a system to design.
const AROUND = /^(?:(?:final|general|more|some|extra|interview)\s+)?(?:tips?|notes?|thoughts|advice|checklist|cheat ?sheet|glossary|resources|references?|links|further reading|reading list|next steps|practice|conclusion|summary|wrap[- ]?up|tl;?dr|about|introduction|overview|how to use(?: this)?|contributing|license|credits|acknowledge?ments?)$/iu;

/**
 * A heading that names the system to design (`## Chat service`, `## News feed for a social app`),
 * over its answer written as text, with no parts and no question verb: a prompt when a prompt of
 * the bank stands before it at its level, and it names no note of the page's own ("Final tips").
 */
function namedSystem(nodes: RootContent[], i: number): boolean {
  const heading = nodes[i] as Heading;
  const next = nodes[i + 1];
  if (!next || next.type === 'heading' || AROUND.test(partName(heading))) return false;
  for (let k = i - 1; k >= 0; k--) {
    const node = nodes[k];
    if (node.type !== 'heading' || node.depth > heading.depth) continue;
    if (node.depth < heading.depth) return false;
    if (/[?？]\s*$/u.test(headingWords(node)) || PROMPT.test(partName(node)) || hasPart(nodes, k)) return true;
  }
  return false;
}

/** The heading at `i` has a heading one level down under it: a part of its answer. */
function hasPart(nodes: RootContent[], i: number): boolean {
  const depth = (nodes[i] as Heading).depth;
  for (let k = i + 1; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.type !== 'heading') continue;
    return node.depth === depth + 1;
  }
  return false;
}
