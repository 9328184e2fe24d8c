import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LineSpan } from './types.js';
import { normalizeText } from '../text-words.js';

/** A question's words, its number left out ("3. What is X?" lists "What is X?"). */
const key = (text: string) => normalizeText(text.replace(/^\s*\d+\s*[.)]\s*/, ''));

/** A line naming a group of the list ("Basic Questions"): short, no sentence. */
const groupLine = (line: string) => line.length <= 40 && !/[.?!:]$/.test(line);

/**
 * A bank's own list of its questions above them, a line each (as a chat reply pastes it: "Basic
 * Questions⏎What is Docker?⏎What is an image?"), then the questions with their answers: the list
 * is navigation. Its paragraphs go, and a heading over nothing but listed lines that names a group
 * of it ("Intermediate Questions"), when two questions at least are listed. Read on our shape
 * (questions are `###` headings), outside the questions.
 */
export function withoutQuestionList(nodes: RootContent[]): { nodes: RootContent[]; lines: LineSpan[] } {
  const asked = new Set(nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 3).map((h) => key(toString(h))));
  let inQuestion = false;
  let found = 0;
  const listing = new Set<RootContent>();
  for (const n of nodes) {
    if (n.type === 'heading') inQuestion = n.depth >= 3;
    if (inQuestion || n.type !== 'paragraph') continue;
    const lines = toString(n)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const hits = lines.filter((l) => asked.has(key(l))).length;
    if (hits > 0 && lines.every((l) => asked.has(key(l)) || groupLine(l))) {
      listing.add(n);
      found += hits;
    }
  }
  if (found < 2) return { nodes, lines: [] };
  // A section heading whose content, up to its first question, is all listing.
  nodes.forEach((n, i) => {
    if (n.type !== 'heading' || n.depth > 2 || !/\bquestions?\s*:?\s*$/i.test(toString(n))) return;
    const end = nodes.findIndex((m, j) => j > i && m.type === 'heading');
    const body = nodes.slice(i + 1, end < 0 ? nodes.length : end);
    if (body.length && body.every((m) => listing.has(m)) && nodes[end]?.type === 'heading' && (nodes[end] as Heading).depth === 3) listing.add(n);
  });
  const lineOf = (n: RootContent) => ({ from: n.position?.start.line ?? 1, to: n.position?.end.line ?? n.position?.start.line ?? 1 });
  return { nodes: nodes.filter((n) => !listing.has(n)), lines: nodes.filter((n) => listing.has(n)).map(lineOf) };
}
