import { describe, expect, it } from 'vitest';
import { shortAnchor } from '../../src/content/short-anchor.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';

const bytes = (id: string) => encodeURIComponent(id).length;

// An anchor becomes a PDF named destination spelled percent-encoded; past 127 bytes readers drop it.
describe('anchors short enough to be PDF destinations', () => {
  it('keeps a short anchor as it is', () => {
    expect(shortAnchor('q-what-is-a-vpc')).toBe('q-what-is-a-vpc');
    expect(shortAnchor('q-什么是容器')).toBe('q-什么是容器');
  });

  it('cuts a long one at a character, told apart by a hash of the whole, within 120 bytes', () => {
    const long = `q-${'为什么容器内进程号很重要'.repeat(4)}`;
    const other = `${long}-以及信号`;
    const a = shortAnchor(long);
    const b = shortAnchor(other);
    expect(bytes(a)).toBeLessThanOrEqual(120);
    expect(a).toMatch(/^q-为什么容器内进程号很重要.*-[0-9a-f]{8}$/u);
    expect(a).not.toBe(b);
    expect(shortAnchor(long)).toBe(a);
    expect(shortAnchor(`q-${'x'.repeat(300)}`)).toMatch(/^q-x+-[0-9a-f]{8}$/);
  });

  it('gives every question and section of a deck an anchor within the limit, the note id still from the whole anchor', async () => {
    const deck = await loadDeck('test/fixtures/layouts/chinese-numbered/input.md');
    const questions = allQuestions(deck);
    for (const id of [...questions.map((q) => q.id), ...deck.sections.map((s) => s.id)]) expect(bytes(id)).toBeLessThanOrEqual(120);
    const long = questions.find((q) => q.text.startsWith('Deployment'));
    expect(long?.id).toMatch(/^q-deployment-和-statefulset-的区别.*-[0-9a-f]{8}$/u);
    // The guid a learner's flashcard history hangs on is the one the whole anchor gave.
    expect(long?.guid).toBe('sg-b64912be2e12');
  });
});

describe('anchors of a combined deck', () => {
  it("stay within the limit with the deck's name put before them", async () => {
    const { combineDecks } = await import('../../src/content/combine-decks.js');
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const question = 'イベントループを説明してくださいイベントループを説明してください';
    const deck = parseDeck(`---\nlang: ja\n---\n# 面接\n\n## 基本\n\n### ${question}？\n\n> 答え。\n`, { file: 'japanese.md', slug: 'japanese' });
    expect(bytes(allQuestions(deck)[0].id)).toBeGreaterThan(100);
    const combined = combineDecks([deck]);
    for (const id of [...allQuestions(combined).map((q) => q.id), ...combined.sections.map((s) => s.id)]) expect(bytes(id), id).toBeLessThanOrEqual(120);
  });
});
