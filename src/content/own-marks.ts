import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isCalloutBox } from './callouts.js';
import { isAsideQuote } from './card-asides.js';
import { looksLikeMeta } from './meta-line.js';

/**
 * Whether a deck of `###` questions is written in our own format: some question opens with a
 * card answer (`> …`) or a meta line (`Level: hard`, `Tags: dns`). Only there is a question with
 * nothing under it an error to fix; a bank that merely shares our headings (a Russian bank's
 * `### bs4` still to be written) prints it as an open question, warned.
 */
export function writtenInOwnFormat(questions: { nodes: RootContent[] }[]): boolean {
  return questions.some(({ nodes }) => {
    const first = nodes.find((n) => n.type !== 'html' && n.type !== 'definition');
    if (first?.type === 'blockquote') return first.children.length > 0 && !isCalloutBox(first) && !isAsideQuote(first);
    return first?.type === 'paragraph' && looksLikeMeta(toString(first));
  });
}

/** A question's body with nothing to print (rules or link definitions alone): its answer is still to be written. */
export const unwrittenAnswer = (nodes: RootContent[]): boolean => nodes.every((n) => n.type === 'thematicBreak' || n.type === 'definition');
