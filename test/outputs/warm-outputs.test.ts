import { beforeEach, describe, expect, it } from 'vitest';
import { warmOutputs } from '../../src/outputs/warm-outputs.js';

// What a build readies while a deck parses on its own thread: the output steps' modules and the
// bundled faces' code points, so neither waits until after the parse on the way to the first print.
const loaded: string[][] = [];
const decoded: [string | undefined, boolean][] = [];
const fakes = {
  load: async (names: string[]) => {
    loaded.push(names);
    throw new Error('a module that fails to load is met again by the deck that needs it');
  },
  decode: (lang?: string, kanaHan = false) => {
    decoded.push([lang, kanaHan]);
    return new Set<number>();
  },
};
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('readying a deck’s outputs while it parses', () => {
  beforeEach(() => {
    loaded.length = 0;
    decoded.length = 0;
  });

  it('loads the steps the options want, in their order, the quiz only when asked for', async () => {
    warmOutputs({ quiz: false }, '# Deck\n', fakes);
    warmOutputs({ outputs: ['cards', 'guide'], quiz: false }, '# Deck\n', fakes);
    warmOutputs({ quiz: true }, '# Deck\n', fakes);
    await nextTurn();
    expect(loaded).toEqual([
      ['guide', 'cheatsheet', 'cards', 'anki', 'csv', 'apkg', 'quizlet'],
      ['guide', 'cards'],
      ['guide', 'cheatsheet', 'cards', 'quiz', 'anki', 'csv', 'apkg', 'quizlet'],
    ]);
  });

  it('decodes the bundled faces on the next turn, for kana and ideographs when the text has them', async () => {
    warmOutputs({ quiz: false }, '# Deck\n\n### What does ≤ mean?\n', fakes);
    warmOutputs({ quiz: false }, '# 問題集\n\n### 何ですか？\n', fakes);
    // Not before the parse's job is handed over: this thread's own turn ends first.
    expect(decoded).toEqual([]);
    await nextTurn();
    expect(decoded).toEqual([
      [undefined, false],
      [undefined, true],
    ]);
  });

  it('decodes nothing for a text the Latin faces surely print', async () => {
    warmOutputs({ quiz: false }, '# Deck\n\n### What is DNS?\n\nIt names hosts — “plainly”.\n', fakes);
    await nextTurn();
    expect(decoded).toEqual([]);
  });
});
