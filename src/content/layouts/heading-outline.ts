import type { Heading } from 'mdast';
import type { Part } from './types.js';

// How a foreign bank's headings stand over one another, read before its parts are assembled.

/** The headings with a question under them (before the next heading of their level or above). */
export function headingsOverQuestions(parts: Part[]): Set<Heading> {
  const over = new Set<Heading>();
  const open: Heading[] = [];
  for (const part of parts) {
    if (part.kind === 'question') open.forEach((h) => over.add(h));
    if (part.kind !== 'heading') continue;
    while (open.length && open[open.length - 1].depth >= part.node.depth) open.pop();
    open.push(part.node);
  }
  return over;
}

/**
 * The heading level of the bank's title: `#`, or in a bank with no `#` a first heading above
 * every other heading in the file (`## SQL Questions` over `### Basics` and `#### 1. …`).
 */
export function titleLevel(parts: Part[]): number {
  const depths = parts.flatMap((p) => (p.kind === 'heading' ? [p.node.depth] : p.kind === 'question' ? [p.heading.depth] : []));
  const [first, ...rest] = depths;
  // A lone heading over questions alone names their section; a title stands over sections too.
  const sections = parts.filter((p) => p.kind === 'heading').length;
  return first !== undefined && !depths.includes(1) && sections > 1 && parts.find((p) => p.kind !== 'content')?.kind === 'heading' && rest.every((d) => d > first) ? first : 1;
}
