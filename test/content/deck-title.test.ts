import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const titleOf = (source: string) => parseDeck(source, { file: 'docker.md', slug: 'docker' }).title;

describe("a deck's title", () => {
  it("leaves out the chapter number a bank's index gave its topic file", () => {
    expect(titleOf('# 3. Docker Interview Q&A\n\n## Basics\n\n### What is an image?\n\n> A read-only template.\n')).toBe('Docker Interview Q&A');
    expect(titleOf('# 12) Networking\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n')).toBe('Networking');
  });

  it('keeps a number that is part of its name', () => {
    expect(titleOf('# 1984 questions on Orwell\n\n## Basics\n\n### Who wrote it?\n\n> Orwell.\n')).toBe('1984 questions on Orwell');
    expect(titleOf('# 3.5 release notes quiz\n\n## Basics\n\n### What changed?\n\n> The parser.\n')).toBe('3.5 release notes quiz');
  });
});
