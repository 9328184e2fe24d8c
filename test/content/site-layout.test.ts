import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

const read = (text: string, layout?: string) => parseDeck(text, { file: 'post.md', slug: 'post', ...(layout ? { layout } : {}) });

// A blog post's front matter names its site generator's page layout (Jekyll's `layout: post`),
// not one of ours: the post was refused at that line, every question with it.
const POST = '---\nlayout: post\ntitle: "Ten questions"\n---\n# Ten questions\n\n### 1. What is a pod?\nThe smallest unit Kubernetes runs.\n\n### 2. What is a node?\nA machine pods run on.\n';

describe("a site generator's layout in front matter", () => {
  it('is read as auto, quietly when it is a usual page layout, else with a warning at its line', () => {
    const deck = read(POST);
    expect(allQuestions(deck).map((q) => q.text)).toEqual(['What is a pod?', 'What is a node?']);
    expect(deck.reading?.layout).toBe('numbered-headings');
    expect(deck.diagnostics.filter((d) => d.code === 'unknown-front-matter')).toEqual([]);
    // A word that is no page layout a generator ships may be one of ours misspelt.
    const typo = read(POST.replace('layout: post', 'layout: detials'));
    expect(allQuestions(typo)).toHaveLength(2);
    const warning = typo.diagnostics.find((d) => d.code === 'unknown-front-matter');
    expect(warning?.line).toBe(2);
    expect(warning?.message).toContain('layout: detials');
  });

  it('gives way to a layout the options name', () => {
    expect(read(POST, 'numbered-headings').reading?.layout).toBe('numbered-headings');
  });

  it('is still an error when a flag names no layout of ours', () => {
    expect(() => read('# Deck\n\n## S\n\n### Q?\n\n> A.\n', 'post')).toThrow(/unknown layout "post"/);
  });
});
