import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { allQuestions } from '../../src/model/deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';

// Links to the chapter before and after this one, said in words (`上一章：…`, `Next chapter`) rather
// than drawn with an arrow, lead nowhere on paper: navigation, left out with the rule over them.
describe('links to the page before and after', () => {
  it('leaves out a labelled row of them closing a Chinese chapter, and the rule over it', async () => {
    const file = 'test/fixtures/chapter-steps/deck.md';
    const deck = parseDeck(await readFile(file, 'utf8'), { file, slug: 'deck' });
    const questions = allQuestions(deck);
    expect(questions.map((q) => q.text)).toEqual(['构建缓存通常放在哪个目录？', '缓存什么时候应该失效？']);
    const last = questions[1].answerHtml;
    expect(last).not.toMatch(/上一章|下一章|返回目录|导航/);
    expect(last.trim()).not.toMatch(/<hr>$/);
  });

  it('leaves out "Previous chapter | Contents | Next chapter" under an English answer', async () => {
    const md = '# Caching\n\n## Basics\n\n### Where does the build cache live?\n\nIn `.cache` at the root, never committed.\n\n[Previous chapter](04.md) | [Back to contents](README.md) | [Next chapter](06.md)\n';
    const [q] = allQuestions(parseDeck(md, { file: 'deck.md', slug: 'deck' }));
    expect(q.answerHtml).not.toMatch(/chapter|contents/i);
  });

  it('keeps a link to another page that an answer points to', async () => {
    const md = '# Caching\n\n## Basics\n\n### Where does the build cache live?\n\nIn `.cache` at the root, never committed.\n\n[Weitere Beispiele](beispiele.md)\n\n[Next.js caching](nextjs.md)\n';
    const [q] = allQuestions(parseDeck(md, { file: 'deck.md', slug: 'deck' }));
    expect(q.answerHtml).toContain('Weitere Beispiele');
    expect(q.answerHtml).toContain('Next.js caching');
  });
});
