import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDeck } from '../../src/content/parse-deck.js';
import { untypeset } from '../untypeset.js';

// A bank groups its questions twice: `## Compute` says what the group is about in a paragraph,
// then `### Virtual machines` and `### Containers` hold the questions (`#### 1. …`). The `##`
// heading was a section of its own with nothing but that paragraph ("section has no questions").
const file = 'test/fixtures/layouts/numbered-group-intros/input.md';

describe('a heading holding only an intro above the headings that hold the questions', () => {
  const deck = parseDeck(readFileSync(file, 'utf8'), { file, slug: 'cloud' });

  it('names a group: its title goes in front of the sections under it', () => {
    expect(deck.sections.map((s) => s.title)).toEqual([
      'Compute — Virtual machines',
      'Compute — Containers',
      'Storage — Object storage',
      'Storage — Block storage',
    ]);
  });

  it('keeps its intro, printed before the first section under it, and warns of nothing', () => {
    expect(untypeset(deck.introHtml)).toBe('<p>Questions on running software in a public cloud.</p>');
    const intros = deck.sections.map((s) => untypeset(s.introHtml));
    expect(intros[0]).toBe('<p>Virtual machines, containers and functions: how each runs code.</p>');
    expect(intros[1]).toBe('');
    expect(intros[2]).toMatch(/^<p>Where data lives and how long it lasts.<\/p>\n<blockquote>/);
    expect(intros[3]).toBe('<p>Disks attached to one machine at a time.</p>');
    expect(deck.diagnostics).toEqual([]);
  });
});
