import { describe, expect, it, vi } from 'vitest';
import { allQuestions } from '../../src/model/deck.js';

// Fragments the block highlighter was given: counted around the real one, which still highlights.
const given = vi.hoisted(() => ({ fragments: 0 }));
vi.mock('../../src/content/highlight-blocks.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/content/highlight-blocks.js')>();
  return {
    highlightBlocks: (...args: Parameters<typeof real.highlightBlocks>) => {
      given.fragments++;
      return real.highlightBlocks(...args);
    },
  };
});

describe('highlighting a deck', () => {
  it('walks only the fragments holding a code block, and still highlights those', async () => {
    // Loaded afresh, so highlight-code.ts calls the counted highlighter (test files share modules).
    vi.resetModules();
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const { highlightCode } = await import('../../src/content/highlight-code.js');
    const plain = Array.from({ length: 6 }, (_, i) => `### Question ${i}?\n\n> Card ${i}.\n\nAn answer in words, with \`inline code\`.\n`).join('\n');
    const deck = parseDeck(`# Deck\n\n## Topic\n\n${plain}\n### Which key names the image?\n\n> image\n\n\`\`\`yaml\nimage: nginx\n\`\`\`\n`, {
      file: 'd.md',
      slug: 'd',
      plugins: [highlightCode],
    });
    const coded = allQuestions(deck).at(-1)!;
    expect(coded.answerHtml).toContain('hljs-');
    expect(allQuestions(deck)[0].answerHtml).toContain('inline code</code>');
    // Seven questions, each a heading, a card and an answer: only the answer with the block is walked.
    expect(given.fragments).toBe(1);
  });
});
