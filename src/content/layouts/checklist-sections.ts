import type { Heading, Paragraph, RootContent } from 'mdast';
import { headingWords } from './question-number.js';

// Banks close with advice for the interview itself: `## Do's and Don'ts` over `### ✅ Do's` and
// `### ❌ Don'ts`, `## 🚩 Red Flags` over `### Treating the queue as a database`, `## Tips` over
// `### Sketch the flow first`. Those headings name points to keep in mind, not questions: read as
// our format, each became a question answered by its list. They are the section's notes. So are
// an interviewer's guide's scoring criteria (`## 🎯 Bewertungskriterien` over `### ⭐ Starker
// Kandidat`, `### ⚠️ Schwacher Kandidat`): what a strong or weak answer shows, asked of no one.

/** A heading naming a checklist of advice (emoji, numbers and a closing colon aside). */
const CHECKLIST =
  /^(?:do['’]?s?|don['’]?t['’]?s?|do['’]?s?\s*(?:and|&|\/|\+|,)\s*don['’]?t['’]?s?|(?:(?:interview|general|quick|final|pro|extra|bonus|some|more)\s+)?tips?(?:\s*(?:and|&)\s*tricks)?(?:\s+for\s+[\p{L}\s-]+)?|red\s+flags?|green\s+flags?|(?:red|green)\s+and\s+(?:red|green)\s+flags|warning\s+signs|(?:mistakes|pitfalls|things)\s+to\s+avoid|what\s+(?:not\s+)?to\s+(?:do|say|avoid)|(?:evaluation|assessment|scoring)\s+criteria|scoring\s+(?:guide|rubric)|rubric|what\s+to\s+look\s+for|conseils|à\s+faire|à\s+éviter|critères\s+d['’]évaluation|consejos|qué\s+evitar|criterios\s+de\s+evaluación|dicas|critérios\s+de\s+avaliação|tipps|bewertungskriterien|bewertung|worauf\s+(?:du|sie)\s+achte(?:st|n)|советы|критерии\s+оценки)$/iu;

/** True when a heading names a checklist of advice (`### ✅ Do's`, `## 🚩 Red Flags`, `## Interview tips:`), not a question. */
export function namesChecklist(words: string): boolean {
  const name = words
    .replace(/^[\p{P}\p{S}\s\d]*(?=\p{L})/u, '')
    .replace(/[\s:：.!]*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return !/[?？]$/u.test(words.trim()) && CHECKLIST.test(name);
}

/**
 * The tree with the headings under a checklist heading (`### ✅ Do's` under `## Do's and
 * Don'ts`) set as bold lines of its notes. A checklist heading at the question level or below is
 * one too where its section holds only checklists (`## Etiquette` over `### Do's`, `### Don'ts`)
 * or questions follow it there (`### Tips` between two questions: notes on the answer above), and
 * is raised to a section of its own after the section's last question. A heading that asks
 * (`### Why does ordering matter here?`) stays a question; one with a `> card answer` under it was
 * meant as one.
 */
export function checklistSections(nodes: RootContent[]): RootContent[] {
  let under: number | undefined;
  return nodes.map((node, i) => {
    if (node.type !== 'heading') return node;
    if (under !== undefined && node.depth <= under) under = undefined;
    const asks = /[?？]\s*$/u.test(headingWords(node)) || nodes[i + 1]?.type === 'blockquote';
    if (under !== undefined) return asks ? node : boldLine(node);
    if (node.depth < 2 || asks || !namesChecklist(headingWords(node))) return node;
    under = node.depth;
    if (node.depth < 3) return node;
    const siblings = sectionSiblings(nodes, i);
    const later = siblings.filter((k) => k > i && !namesChecklist(headingWords(nodes[k] as Heading)));
    const onlyChecklists = siblings.every((k) => namesChecklist(headingWords(nodes[k] as Heading)));
    return onlyChecklists || later.length ? boldLine(node) : ({ ...node, depth: node.depth - 1 } as Heading);
  });
}

/** A heading's words as a paragraph in bold: a note's title. */
const boldLine = (heading: Heading): Paragraph => ({ type: 'paragraph', children: [{ type: 'strong', children: heading.children }], position: heading.position });

/** The indexes of the headings at the level of the one at `i` within its section (between the shallower headings around it). */
function sectionSiblings(nodes: RootContent[], i: number): number[] {
  const depth = (nodes[i] as Heading).depth;
  const shallower = (k: number) => nodes[k].type === 'heading' && (nodes[k] as Heading).depth < depth;
  let from = i;
  while (from > 0 && !shallower(from - 1)) from--;
  let to = i + 1;
  while (to < nodes.length && !shallower(to)) to++;
  return [...nodes.keys()].slice(from, to).filter((k) => nodes[k].type === 'heading' && (nodes[k] as Heading).depth === depth);
}
