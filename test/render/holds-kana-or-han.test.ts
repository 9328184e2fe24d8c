import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { setsKanaOrHan } from '../../src/render/fonts.js';
import { deckHoldsKanaOrHan, holdsKanaOrHan } from '../../src/render/holds-kana-or-han.js';
import { baseView } from '../../src/render/view.js';
import { deckLabels } from '../../src/model/question-label.js';

const deck = (body: string, lang = 'en') => parseDeck(`---\nlang: ${lang}\n---\n# T\n\n## S\n\n${body}\n`, { file: 'deck.md', slug: 'deck' });
const bundled = ['infrastructure-engineer', 'kubernetes-admin'].map((name) =>
  parseDeck(readFileSync(`content/${name}.md`, 'utf8'), { file: `${name}.md`, slug: name }),
);

afterEach(() => vi.restoreAllMocks());

describe('kana and ideographs anywhere in a deck', () => {
  it('finds them wherever JSON would write them: a value deep in an answer, a key, an array', () => {
    expect(holdsKanaOrHan({ a: [{ b: 'plain' }, { c: ['x', 'コンテナ'] }] })).toBe(true);
    expect(holdsKanaOrHan({ 容器: 1 })).toBe(true);
    expect(holdsKanaOrHan({ when: new Date(0), n: 3, none: null, gone: undefined, map: new Map([['漢', '漢']]) })).toBe(false);
    expect(holdsKanaOrHan({ a: ['Привет → ✅', '컨테이너'], b: { c: 'مرحبا' } })).toBe(false);
  });

  it('answers as the serialized deck and labels do', () => {
    const decks = [...bundled, deck('### What is a container?\n\n> A process. 한국어도.'), deck('### コンテナとは?\n\n> 依存関係をまとめる仕組み。', 'ja')];
    const answers = decks.map((d) => holdsKanaOrHan([d, deckLabels(d)]));
    expect(answers).toEqual(decks.map((d) => setsKanaOrHan(JSON.stringify([d, deckLabels(d)]))));
    expect(answers).toEqual([false, false, false, true]);
  });

  // Each document of a guide printed in parts is rendered through baseView: it serialized the
  // whole deck every time (a 20 MB string per part of a 5,000-question deck).
  it('is told without serializing the deck', () => {
    const d = deck('### コンテナとは?\n\n> 依存関係をまとめる仕組み。', 'ja');
    const stringify = vi.spyOn(JSON, 'stringify');
    expect(baseView(d, '', 'A4').title).toBe('T');
    expect(stringify.mock.calls.filter(([value]) => Array.isArray(value) && value[0] === d)).toEqual([]);
  });

  // A build renders a large deck's guide, cards, quiz and sheet as a hundred-odd documents (a
  // 5,000-question deck: about 150), each through baseView; the deck is walked for the first only.
  it("is read once per deck: the next documents of the same deck reuse the answer, a deck's labels are asked each time", () => {
    const d = deck('### What is a container?\n\n> A process.');
    let reads = 0;
    Object.defineProperty(d.sections[0].questions[0], 'probe', { enumerable: true, get: () => (reads++, 'plain') });
    const css = () => baseView(d, '', 'A4').css;
    const first = css();
    expect(css()).toBe(first);
    expect(reads).toBe(1);
    // The labels are not the deck's to cache: a label in kana still counts.
    expect(deckHoldsKanaOrHan(d, { ...deckLabels(d), pagePrefix: 'ページ' })).toBe(true);
    expect(deckHoldsKanaOrHan(d, deckLabels(d))).toBe(false);
    expect(reads).toBe(1);
  });
});
