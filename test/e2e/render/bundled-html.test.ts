import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { loadDeck } from '../../../src/content/load-deck.js';
import { allQuestions } from '../../../src/model/deck.js';
import { bundledOut, read } from '../../helpers.js';
import { blockTexts, findAll, hasClass, parseHtml, textOf } from '../../render/html-dom.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Every question of every bundled deck, with its level, card answer and full answer, must reach
// the HTML outputs a reader opens; compared as visible text of the real files.
const decks = ['infrastructure-engineer', 'kubernetes-admin'];

describe.each(decks)('%s HTML outputs', (slug) => {
  it('guide.html has every question with its level, tags, card answer and full answer', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const doc = parseHtml(await read(path.join(bundledOut(), slug, 'guide.html')));
    const problems: string[] = [];
    for (const q of allQuestions(deck)) {
      const [article] = findAll(doc, (el) => el.properties.id === q.id);
      if (!article) {
        problems.push(`${q.id}: missing`);
        continue;
      }
      // Without white space: the guide sets each code line as its own block, without the newlines.
      const text = textOf(article).replace(/\s+/g, '');
      // Compared as rendered text: a formula's TeX source is not what the page shows.
      const expected = [textOf(parseHtml(q.html)), ...blockTexts(q.cardHtml), ...blockTexts(q.answerHtml), ...q.tags];
      for (const part of expected) if (!text.includes(part.replace(/\s+/g, ''))) problems.push(`${q.id}: lacks "${part.slice(0, 60)}"`);
      if (article.properties.dataLevel !== q.level) problems.push(`${q.id}: level ${String(article.properties.dataLevel)} instead of ${q.level}`);
    }
    expect(problems).toEqual([]);
    const sections = textOf(doc);
    for (const s of deck.sections) expect(sections).toContain(s.title);
    // The intro and the closing notes reach the page too, block by block.
    for (const block of [...blockTexts(deck.introHtml), ...blockTexts(deck.outro?.html ?? '')]) expect(sections).toContain(block);
    if (slug === 'infrastructure-engineer') expect(deck.outro && deck.introHtml).toBeTruthy();
  });

  it.each(['guide.html', 'cards.html'])('%s is self-contained: styles inline, nothing loaded from elsewhere', async (name) => {
    const doc = parseHtml(await read(path.join(bundledOut(), slug, name)));
    expect(findAll(doc, (el) => el.tagName === 'style').length).toBeGreaterThan(0);
    const loads = findAll(doc, (el) => ['link', 'script', 'img', 'iframe', 'source', 'object', 'embed'].includes(el.tagName))
      .map((el) => String(el.properties.src ?? el.properties.href ?? el.properties.data ?? ''))
      .filter((url) => url && !url.startsWith('data:'));
    expect(loads).toEqual([]);
  });

  it('cards.html has one card per question with its question and card answer', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const doc = parseHtml(await read(path.join(bundledOut(), slug, 'cards.html')));
    const cards = findAll(doc, (el) => el.tagName === 'article' && hasClass(el, 'card'));
    const questions = allQuestions(deck);
    expect(cards.length).toBe(questions.length);
    for (const q of questions) {
      const card = cards.find((c) => String(c.properties.dataNumber) === String(q.number));
      expect(card, `card of Q${q.number}`).toBeDefined();
      const [question] = findAll(card!, (el) => hasClass(el, 'card-question'));
      const [answer] = findAll(card!, (el) => hasClass(el, 'card-answer'));
      expect(textOf(question)).toBe(textOf(parseHtml(q.html)));
      expect(textOf(answer)).toBe(textOf(parseHtml(q.cardHtml)));
    }
  });
});
