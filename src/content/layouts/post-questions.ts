import { toString } from 'mdast-util-to-string';
import type { Heading, RootContent } from 'mdast';

// A blog post of questions (a Hexo or Jekyll page: its title in the front matter, no `#` in the
// text) asks each question in a `##` heading with its answer under it, one of them or more with a
// question mark (`## 说说写JavaScript的基本规范？`), others naming what to explain (`## Ajax使用`).
// Read as ours, each was a section with no questions, and the deck had none. Its `##` headings
// are its questions; a preface opening it (`## 前言`) is its introduction.

const ASKS = /[?？]\s*$/u;
const PREFACE = /^\s*(?:前言|引言|序言?|简介|概述|写在前面|preface|intro(?:duction)?|overview|foreword|vorwort|einleitung|введение|предисловие|introducción|prefacio|introdução|prefácio|はじめに|まえがき|머리말|들어가며)\s*[:：]?\s*$/iu;

/** The blocks with a post's `##` headings read as question headings, when the post has no other headings and asks in them. */
export function postQuestions(nodes: RootContent[]): RootContent[] {
  const headings = nodes.filter((n): n is Heading => n.type === 'heading');
  if (headings.length < 3 || headings.some((h) => h.depth !== 2) || !headings.some((h) => ASKS.test(toString(h)))) return nodes;
  // Each heading over words of its own: a heading over nothing is a section's, not a question's.
  const answered = headings.filter((h) => {
    const next = nodes[nodes.indexOf(h) + 1];
    return next && next.type !== 'heading';
  });
  if (answered.length < headings.length) return nodes;
  return nodes.map((n): RootContent => {
    if (n.type !== 'heading') return n;
    // The preface's name, set in bold over its words: they open the deck.
    if (n === headings[0] && PREFACE.test(toString(n))) return { type: 'paragraph', children: [{ type: 'strong', children: n.children }], position: n.position };
    return { ...n, depth: 3 };
  });
}
