import { beforeEach, describe, expect, it, vi } from 'vitest';

// What a build readies while a deck parses on its own thread: the output steps' modules and the
// bundled faces' code points, so neither waits until after the parse on the way to the first print.
const loaded: string[][] = [];
const decoded: [string | undefined, boolean][] = [];
vi.mock('../../src/outputs/steps.js', async (original) => ({
  ...(await original<typeof import('../../src/outputs/steps.js')>()),
  loadSteps: async (names: string[]) => {
    loaded.push(names);
    throw new Error('a module that fails to load is met again by the deck that needs it');
  },
}));
vi.mock('../../src/render/font-coverage.js', async (original) => ({
  ...(await original<typeof import('../../src/render/font-coverage.js')>()),
  bundledCodePoints: (lang: string | undefined, kanaHan: boolean) => void decoded.push([lang, kanaHan]),
}));
const { warmOutputs } = await import('../../src/outputs/warm-outputs.js');

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('readying a deck’s outputs while it parses', () => {
  beforeEach(() => {
    loaded.length = 0;
    decoded.length = 0;
  });

  it('loads the steps the options want, in their order, the quiz only when asked for', async () => {
    warmOutputs({ quiz: false }, '# Deck\n');
    warmOutputs({ outputs: ['cards', 'guide'], quiz: false }, '# Deck\n');
    warmOutputs({ quiz: true }, '# Deck\n');
    await nextTurn();
    expect(loaded).toEqual([
      ['guide', 'cheatsheet', 'cards', 'anki', 'csv', 'apkg', 'quizlet'],
      ['guide', 'cards'],
      ['guide', 'cheatsheet', 'cards', 'quiz', 'anki', 'csv', 'apkg', 'quizlet'],
    ]);
  });

  it('decodes the bundled faces on the next turn, for kana and ideographs when the text has them', async () => {
    warmOutputs({ quiz: false }, '# Deck\n\n### What does ≤ mean?\n');
    warmOutputs({ quiz: false }, '# 問題集\n\n### 何ですか？\n');
    // Not before the parse's job is handed over: this thread's own turn ends first.
    expect(decoded).toEqual([]);
    await nextTurn();
    expect(decoded).toEqual([
      [undefined, false],
      [undefined, true],
    ]);
  });

  it('decodes nothing for a text the Latin faces surely print', async () => {
    warmOutputs({ quiz: false }, '# Deck\n\n### What is DNS?\n\nIt names hosts — “plainly”.\n');
    await nextTurn();
    expect(decoded).toEqual([]);
  });
});
