import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeDeckText } from '../../src/content/load-deck.js';
import { checkNesting } from '../../src/content/check-nesting.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { StudyguideError } from '../../src/errors.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createCardsRenderer } from '../../src/render/render-cards.js';
import { ANSWER_LABEL, ANSWER_WORD, QUESTION_LABEL, QUESTION_WORD } from '../../src/content/layouts/labels.js';
import { propertyRuns } from '../long-run.js';

/**
 * Random decks: whatever the text, reading a deck ends in a Deck or a StudyguideError (never a
 * TypeError or a hang), and a well-formed deck loses no question on the way to HTML.
 */

const FILE = 'random.md';
const dirs = assetDirs();
const renderGuide = createGuideRenderer(dirs);
const renderCards = createCardsRenderer(dirs);

/** The same steps loadDeck() runs after reading the bytes. */
function readDeck(bytes: Uint8Array) {
  const text = decodeDeckText(Buffer.from(bytes), FILE);
  checkNesting(text, FILE);
  return parseDeck(text, { file: FILE, slug: 'random' });
}

function expectOnlyStudyguideErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof StudyguideError)) throw err;
    expect(err.format()).toMatch(/^random\.md(:\d+)?: .+/);
  }
}

// Lines that mean something in the format, mixed with noise.
const LINE = fc.oneof(
  fc.constantFrom(
    '# Title',
    '## Section',
    '### Question?',
    '###',
    '> card answer',
    '>',
    'Level: hard',
    'Level: extreme',
    'Tags: a, , b',
    'Id: same',
    'Level: easy · Tags: x · Id: other',
    '---',
    'title: T',
    'tags: [a, b',
    'lang: de',
    '```',
    '```mermaid',
    '~~~',
    '- item',
    '1. item',
    '    code',
    '',
    '<script>alert(1)</script>',
    '![i](../x.png)',
    '[l](javascript:alert(1))',
    '| a | b |',
    '|---|---|',
    '$x^2$',
    '$$',
    '\\',
    '&amp;',
    '\u0000',
    '\uFEFF',
    '- - - - deep',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Words safe to find again verbatim in HTML text (no markdown syntax in them). */
const WORD = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,9}$/);
const PHRASE = fc.array(WORD, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

interface GenQuestion {
  text: string;
  card?: string;
  answer?: string;
  level?: 'easy' | 'medium' | 'hard';
}
// A lone label word ("Q.", "Answer.") under a heading is a label with nothing after it, not an answer;
// so is an answer opening as a numbered label does ("Q0.", "Q3) …"), as banks number their questions.
const ANSWER = PHRASE.filter((p) => ![QUESTION_WORD, ANSWER_WORD].some((r) => r.test(p)) && ![QUESTION_LABEL, ANSWER_LABEL].some((r) => r.test(`${p}.`)));
const QUESTION: fc.Arbitrary<GenQuestion> = fc
  .record({
    text: PHRASE,
    card: fc.option(ANSWER, { nil: undefined }),
    answer: fc.option(ANSWER, { nil: undefined }),
    level: fc.option(fc.constantFrom('easy', 'medium', 'hard' as const), { nil: undefined }),
  })
  .filter((q) => q.card !== undefined || q.answer !== undefined);
const SECTION = fc.record({ title: PHRASE, questions: fc.array(QUESTION, { minLength: 1, maxLength: 6 }) });
const DECK: fc.Arbitrary<DeckSpec> = fc.record({
  title: PHRASE,
  sections: fc.array(SECTION, { minLength: 1, maxLength: 4 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});

interface DeckSpec {
  title: string;
  sections: { title: string; questions: GenQuestion[] }[];
  crlf: boolean;
  bom: boolean;
}

/** The generated deck as markdown, numbering questions so each text is unique. */
function writeDeck(d: DeckSpec): string {
  const lines = [`# ${d.title}`, ''];
  d.sections.forEach((s, i) => {
    lines.push(`## ${s.title} ${i + 1}`, '');
    s.questions.forEach((q, j) => {
      lines.push(`### ${q.text} ${i + 1}x${j + 1}?`, '');
      if (q.level) lines.push(`Level: ${q.level}`, '');
      if (q.card) lines.push(`> ${q.card}.`, '');
      if (q.answer) lines.push(`${q.answer}.`, '');
    });
  });
  const text = lines.join(d.crlf ? '\r\n' : '\n');
  return d.bom ? `\uFEFF${text}` : text;
}

/**
 * Text of an HTML document with tags out, entities decoded and every space, soft hyphen and
 * zero-width space dropped: renderers may break or wrap words with markup, never change them.
 */
function htmlText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10))
        : (({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()] ?? m),
    )
    .replace(/[\s\u00AD\u200B]+/g, '');
}

/** The same squashing for text we look for. */
const bare = (text: string): string => text.replace(/\s+/g, '');

describe('random decks', () => {
  it('any bytes: a deck or a StudyguideError with file:line', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectOnlyStudyguideErrors(() => readDeck(bytes))),
      { numRuns: propertyRuns(100, 300) },
    );
  });

  it('any mix of format lines and noise: a deck or a StudyguideError', () => {
    const text = fc.array(LINE, { maxLength: 40 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (t) => expectOnlyStudyguideErrors(() => readDeck(Buffer.from(t)))),
      { numRuns: propertyRuns(120, 400) },
    );
  });

  it('every question that goes in comes out: model, guide HTML and cards HTML', () => {
    fc.assert(
      fc.property(DECK, (d) => {
        const deck = readDeck(Buffer.from(writeDeck(d)));
        const wanted = d.sections.flatMap((s, i) => s.questions.map((q, j) => ({ ...q, text: `${q.text} ${i + 1}x${j + 1}?` })));
        const got = allQuestions(deck);
        expect(got.map((q) => q.text)).toEqual(wanted.map((q) => q.text));
        expect(got.map((q) => q.number)).toEqual(wanted.map((_, i) => i + 1));
        got.forEach((q, i) => {
          expect(q.level).toBe(wanted[i].level ?? 'medium');
          if (wanted[i].card) expect(q.cardText).toBe(`${wanted[i].card}.`);
        });
        const guide = htmlText(renderGuide(deck, { paper: 'a4' }));
        const cards = htmlText(renderCards(deck, { cardSize: 'index-3x5' }));
        for (const q of wanted) {
          expect(guide).toContain(bare(q.text));
          expect(cards).toContain(bare(q.text));
          if (q.answer) expect(guide).toContain(bare(`${q.answer}.`));
          if (q.card) expect(cards).toContain(bare(`${q.card}.`));
        }
      }),
      { numRuns: propertyRuns(20, 60) },
    );
  });
});
