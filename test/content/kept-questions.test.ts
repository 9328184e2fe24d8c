import { afterAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Deck } from '../../src/model/deck.js';

// Watch mode's parser keeps each built question (content/kept-questions.ts) and takes the ones a
// save did not change from memory. Whatever the save, the deck must be the one a fresh parse
// gives: each edit below is parsed by a parser that remembers (its own module graph) and by one
// that does not, and the two decks compared whole.

const DECK = [
  '---',
  'title: Kept questions',
  'lang: en',
  '---',
  '',
  '# Kept questions',
  '',
  'A deck to edit one piece at a time.',
  '',
  '## Basics',
  '',
  'Level: easy',
  '',
  '### What does a queue hold?',
  '',
  'Tags: queues',
  '',
  '> Messages waiting for a consumer.',
  '',
  'Messages wait there until a worker takes them, in the order they came.',
  '',
  '### What is a retry budget?',
  '',
  '> A cap on how many retries a client may send, as a share of its requests.',
  '',
  'Retries beyond the cap are dropped, so a slow service is not buried under them.[^budget]',
  '',
  '### Why pin a dependency?',
  '',
  'Id: pin-deps',
  '',
  'So that a build next month uses the same code as today, and an upstream change arrives on purpose.',
  '',
  '```sh',
  'npm ci',
  '```',
  '',
  '## Harder ones',
  '',
  '### How does a circuit breaker recover?',
  '',
  '> It lets a trial request through after a pause; success closes it again.',
  '',
  'After the pause it goes *half-open*: one request is let through, and its result decides.',
  '',
  '### What is a retry budget?',
  '',
  '> A cap on how many retries a client may send, as a share of its requests.',
  '',
  'Asked twice on purpose: a question written twice is built afresh the second time.',
  '',
  '[^budget]: Ten per cent of requests is a common cap.',
  '',
].join('\n');

/** Each edit made to the deck before it (a save), in order. */
const EDITS: [string, (text: string) => string][] = [
  ['one answer', (t) => t.replace('in the order they came', 'in the order they came, unless priorities reorder them')],
  ['a question title', (t) => t.replace('### Why pin a dependency?', '### Why pin a dependency version?')],
  ['lines added above the questions', (t) => t.replace('A deck to edit one piece at a time.', 'A deck to edit one piece at a time.\n\nIts questions move down\nby three lines.')],
  ['a new section', (t) => t.replace('## Harder ones', '## Middle ground\n\n### What is back-pressure?\n\n> A consumer telling its producer to slow down.\n\n## Harder ones')],
  ['a question moved', (t) => t.replace('### How does a circuit breaker recover?', '### Is a circuit breaker half-open after the pause?')],
  ['a new footnote cited elsewhere', (t) => t.replace('its result decides.', 'its result decides.[^half]').replace('[^budget]:', '[^half]: Some breakers let several through.\n\n[^budget]:')],
  ['a footnote reworded', (t) => t.replace('Ten per cent of requests', 'A tenth of the requests')],
  ['the section level', (t) => t.replace('Level: easy', 'Level: hard')],
  ['front matter', (t) => t.replace('lang: en', 'lang: en-GB')],
  ['a removed section', (t) => t.replace(/## Middle ground[\s\S]*?(?=## Harder ones)/, '')],
  [
    'a section in another script',
    (t) =>
      t.replace(
        '## Harder ones',
        '## Вопросы по-русски\n\n### Что хранит очередь сообщений?\n\n> Сообщения, которые ждут своего обработчика.\n\nОни лежат там, пока процесс их не заберёт, в порядке поступления.\n\n## Harder ones',
      ),
  ],
  ['that section turned English but for its title', (t) => t.replace('Что хранит очередь сообщений?', 'What does a message queue keep?').replace(/Сообщения, [^\n]*/, 'Messages that wait for their handler.').replace(/Они лежат [^\n]*/, 'They stay there until a process takes them.')],
  ['back to the start', () => DECK],
];

describe("watch mode's kept questions", () => {
  afterAll(() => vi.resetModules());

  it('give the deck a fresh parse gives, edit after edit, and rebuild only what changed', async () => {
    vi.resetModules();
    const watching = await import('../../src/content/load-deck.js');
    const { rememberParses } = await import('../../src/content/markdown.js');
    const { keptEntriesForTests } = await import('../../src/content/kept-questions.js');
    rememberParses();
    vi.resetModules();
    const fresh = await import('../../src/content/load-deck.js');
    const parse = (loader: typeof fresh, text: string): Deck => loader.deckFromBytes('decks/kept.md', Buffer.from(text)).deck;

    let text = DECK;
    expect(parse(watching, text)).toStrictEqual(parse(fresh, text));
    for (const [edit, change] of EDITS) {
      text = change(text);
      expect(parse(watching, text), edit).toStrictEqual(parse(fresh, text));
      // The section in Cyrillic is set in its language; turned English, it no longer is.
      if (edit.startsWith('a section in another script')) expect(parse(watching, text).sections.map((s) => s.lang)).toContain('ru');
      if (edit.startsWith('that section turned')) expect(parse(watching, text).sections.map((s) => s.lang)).not.toContain('ru');
      // Parsed again unchanged: every question from memory, and still the same deck.
      expect(parse(watching, text), `${edit}, again`).toStrictEqual(parse(fresh, text));
    }

    // One answer edited: that question alone is built (and kept); the others come from memory.
    const kept = keptEntriesForTests();
    const before = kept.size;
    text = text.replace('one request is let through', 'a single request is let through');
    expect(parse(watching, text)).toStrictEqual(parse(fresh, text));
    expect(kept.size).toBe(before + 1);

    // The bundled deck, its first answer edited, then its intro (every question moves down).
    let bundled = readFileSync('content/infrastructure-engineer.md', 'utf8');
    expect(parse(watching, bundled)).toStrictEqual(parse(fresh, bundled));
    bundled = bundled.replace('bare-metal hosts.', 'bare-metal hosts and the racks they sit in.');
    expect(parse(watching, bundled)).toStrictEqual(parse(fresh, bundled));
    bundled = bundled.replace('Forty-two questions', 'Forty-two questions\nthat move down a line,');
    expect(parse(watching, bundled)).toStrictEqual(parse(fresh, bundled));

    // A wrong reuse is caught: a kept question changed behind the parser's back shows in the deck.
    for (const entry of kept.values()) entry.question.answerHtml += '<p>stale</p>';
    expect(parse(watching, text)).not.toStrictEqual(parse(fresh, text));
    kept.clear();
    expect(parse(watching, text)).toStrictEqual(parse(fresh, text));
  });

  it('key questions by every part apart: parts that run together into the same text do not share a key', async () => {
    const { keptKey } = await import('../../src/content/kept-questions.js');
    expect(keptKey('ctx', '### Q?', '[]')).toBe(keptKey('ctx', '### Q?', '[]'));
    expect(keptKey('ab', 'c')).not.toBe(keptKey('a', 'bc'));
    expect(keptKey('1:a', '')).not.toBe(keptKey('1', 'a'));
    expect(keptKey('x', '[{"type":"text","value":"a"}]')).not.toBe(keptKey('x', '[{"type":"text","value":"b"}]'));
  });
});
