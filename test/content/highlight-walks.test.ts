import { describe, expect, it, vi } from 'vitest';
import { allQuestions } from '../../src/model/deck.js';

// Fragments rehype-highlight was given: counted around the real plugin, which still highlights.
const given = vi.hoisted(() => ({ fragments: 0 }));
vi.mock('rehype-highlight', async (importOriginal) => {
  const real = (await importOriginal<typeof import('rehype-highlight')>()).default;
  return {
    default: (...options: Parameters<typeof real>) => {
      const highlight = real(...options);
      return (...args: Parameters<typeof highlight>) => {
        given.fragments++;
        return highlight(...args);
      };
    },
  };
});

describe('highlighting a deck', () => {
  it('walks only the fragments holding a code block, and still highlights those', async () => {
    // Loaded afresh, so the highlighter is made from the counted plugin (test files share modules).
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
