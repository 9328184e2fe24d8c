import type { ElementContent } from 'hast';
import type { Deck, Section } from '../model/deck.js';
import { fromHtml } from 'hast-util-from-html';
import { shortAnchor } from './short-anchor.js';
import { textOf } from './hast-text.js';

// A bank that groups its sections under a line ending in a colon (`Technical Questions:` over
// `System Design`, `Cloud Platforms`, … each with its questions) printed that line as its
// introduction, the one word of the bank's outline lost in front of it. Such a line names a part:
// the guide, quiz and cheat sheet print it over the sections it heads, as they print a combined
// deck's parts. A later section typed with the same colon (`Behavioral Questions:`) is a group of
// its own, so it opens the next part rather than falling into the first.

/** The introduction as the text of one short paragraph ending in a colon, or undefined. */
function groupLine(html: string): string | undefined {
  const m = /^<p>((?:(?!<\/?p[\s>]).)*)<\/p>\s*$/s.exec(html.trim());
  if (!m) return undefined;
  const text = (fromHtml(m[1], { fragment: true }).children as ElementContent[])
    .map(textOf)
    .join('')
    .replace(/\u00ad/g, '')
    .trim();
  // A few words naming a group, not a sentence leading into the bank ("Answer these, in order:").
  const words = text.replace(/[:：]$/, '').trim();
  if (!/[:：]$/.test(text) || !words || /[.,;?!:]/.test(words) || words.split(/\s+/).length > 5) return undefined;
  return words;
}

/** A section whose title line in the file ends in a colon (`**Behavioral Questions:**`). */
const colonTitled = (section: Section, lines: string[]): boolean => /[:：][\s*_]*$/.test(lines[section.line - 1]?.replace(/<[^>]*>/g, '') ?? '');

const partId = (title: string): string =>
  shortAnchor(
    `part-${title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')}`,
  );

/**
 * The deck with its introduction read as the name of a part over the sections under it, when the
 * introduction is only such a line over two sections or more, and a later section is typed as
 * such a line too (the next group); else the deck as it is.
 */
export function groupParts(deck: Deck, source: string): Deck {
  const title = deck.introTitle || deck.sections.length < 2 || deck.sections.some((s) => s.part) ? undefined : groupLine(deck.introHtml);
  if (!title) return deck;
  const lines = source.split('\n');
  // The line heads a group only where another group follows it, its several sections before it: a
  // line over every section (`Questions:`) names the whole bank, and stays its introduction.
  const next = deck.sections.findIndex((s, i) => i > 0 && colonTitled(s, lines) && s.questions.length > 0);
  if (next < 2) return deck;
  const opener: Section = { id: partId(title), title, introHtml: '', questions: [], line: deck.sections[0].line, part: { id: partId(title), title, number: 1, sectionTitle: title } };
  let part = opener.part!;
  const sections = deck.sections.map((s, i): Section => {
    // A later section typed as a group line too: the next part, made of that section (its questions under its title).
    if (i >= next && colonTitled(s, lines) && s.questions.length) part = { id: s.id, title: s.title, number: part.number + 1, sectionTitle: s.title };
    return { ...s, part: { ...part, sectionTitle: s.title } };
  });
  return { ...deck, introHtml: '', sections: [opener, ...sections] };
}
