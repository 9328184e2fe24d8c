import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeDeckText } from '../../src/content/load-deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { questionNumber } from '../../src/content/layouts/question-number.js';
import { propertyRuns } from '../long-run.js';

/**
 * Any deck written out in each foreign layout (by the helpers below, as banks on the web write
 * them) reads back to the same title, sections, questions and answers; a question without an
 * answer reads back as an open question.
 */

const WORD = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,9}$/);
const PHRASE = fc.array(WORD, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const QUESTION = fc.record({ text: PHRASE, answer: fc.option(fc.array(PHRASE, { minLength: 1, maxLength: 3 }), { nil: undefined }) });
const DECK = fc.record({
  // A title that reads as a question number (`# Q0`) is a numbered question to any reader: banks title themselves in words.
  title: PHRASE.filter((t) => questionNumber(t) === undefined),
  sections: fc.array(fc.record({ title: PHRASE, questions: fc.array(QUESTION, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 3 }),
  crlf: fc.boolean(),
  markdownBodies: fc.boolean(),
  // Which of the ways banks number and label questions a writer uses (see NUMBERS, QA_LABELS).
  style: fc.nat({ max: 4 }),
});
type Spec = {
  title: string;
  crlf: boolean;
  markdownBodies: boolean;
  style: number;
  sections: { title: string; questions: { text: string; answer?: string[] }[] }[];
};

/** Question texts made unique, as a real bank's are. */
function unique(spec: Spec): Spec {
  let n = 0;
  return {
    ...spec,
    sections: spec.sections.map((s, i) => ({ title: `${s.title} s${i}`, questions: s.questions.map((q) => ({ ...q, text: `${q.text} n${++n}` })) })),
  };
}

// Question numbers as banks write them: `1.`, `Q1)`, `Q1.`, `**Q1.**`, `１．`.
const NUMBERS = [
  (n: number) => `${n}. `,
  (n: number) => `Q${n}) `,
  (n: number) => `Q${n}. `,
  (n: number) => `**Q${n}.** `,
  (n: number) => `${String.fromCharCode(0xff10 + n)}．`,
];
// Question and answer labels: bold, plain lines, numbered with an unlabelled answer, Chinese.
const QA_LABELS: [(n: number) => string, string, boolean][] = [
  [() => '**Q:** ', '**A:** ', false],
  [() => 'Q: ', 'A: ', true],
  [(n) => `**Q${n}.** `, '', false],
  [() => '**问：** ', '**答：** ', false],
  [() => 'Question: ', 'Answer: ', true],
];

type Question = Spec['sections'][number]['questions'][number];

/** A bank's frame: its `#` title, each section's `##` heading over its questions' lines (`i` counts in the section, `n` in the bank, from 1). */
function bank(spec: Spec, lines: (q: Question, i: number, n: number) => string[]): string {
  let n = 0;
  return [`# ${spec.title}`, '', ...spec.sections.flatMap((s) => [`## ${s.title}`, '', ...s.questions.flatMap((q, i) => lines(q, i, ++n))])].join('\n');
}

const WRITERS: Record<string, (spec: Spec) => string> = {
  details: (spec) =>
    bank(spec, (q) => {
      if (!q.answer) return ['<details>', `<summary>${q.text}</summary><br><b>`, '</b></details>', ''];
      if (spec.markdownBodies) return ['<details>', `<summary>${q.text}</summary><br><b>`, '', ...q.answer.flatMap((p) => [p, '']), '</b></details>', ''];
      return ['<details>', `<summary>${q.text}</summary><br><b>`, q.answer.map((p) => `<p>${p}</p>`).join(''), '</b></details>', ''];
    }),
  // Full-width digits stop at 9, as `１．` is one character here.
  'numbered-headings': (spec) =>
    bank(spec, (q, _, n) => [`### ${NUMBERS[n > 9 && spec.style === 4 ? 0 : spec.style](n)}${q.text}`, '', ...(q.answer ?? []).flatMap((p) => [p, ''])]),
  'list-headings': (spec) =>
    bank(spec, (q, i) => [`${i + 1}. ### ${q.text}`, '', ...(q.answer ?? []).flatMap((p) => [`   ${p}`, '']), '   **[⬆ Back to Top](#contents)**', '']),
  'list-questions': (spec) => bank(spec, (q, i) => [`${i + 1}. **${q.text}**`, '', ...(q.answer ?? []).flatMap((p) => [`   ${p}`, ''])]),
  qa: (spec) => {
    const [question, answer, sameParagraph] = QA_LABELS[spec.style];
    return bank(spec, (q, _, n) => {
      const asked = `${question(n)}${q.text}`;
      if (!q.answer) return [asked, ''];
      const first = `${answer}${q.answer[0]}`;
      return [...(sameParagraph ? [asked, first] : [asked, '', first]), '', ...q.answer.slice(1).flatMap((p) => [p, ''])];
    });
  },
  // One card a line (`q :: a`, `q::a`, `q ::: a`), or `q⏎?⏎a` over lines; a question with no answer ends in `::`.
  flashcards: (spec) =>
    bank(spec, (q, _, n) => {
      if (!q.answer) return [`${q.text} ::`, ''];
      const separator = [' :: ', '::', ' ::: '][spec.style % 3];
      return spec.style >= 3 ? [q.text, '?', ...q.answer, ''] : [`${q.text}${separator}${q.answer.join(' ')}`, ...(n % 2 ? [''] : [])];
    }),
  'table-headings': (spec) =>
    bank(spec, (q, _, n) => [`| ${n}.  | ${q.text} |`, '| --- | :--- |', '', ...(q.answer ?? []).flatMap((p) => [p, '']), '<br />', '']),
};

const expected = (spec: Spec) => ({
  title: spec.title,
  sections: spec.sections.map((s) => ({
    title: s.title,
    questions: s.questions.map((q) => ({ text: q.text, open: !q.answer, answer: (q.answer ?? []).join(' ') })),
  })),
});

describe('foreign layouts read back what was written', () => {
  for (const [layout, write] of Object.entries(WRITERS)) {
    it(
      layout,
      () => {
        fc.assert(
          fc.property(DECK, (raw) => {
            const spec = unique(raw as Spec);
            const markdown = write(spec);
            const text = decodeDeckText(Buffer.from(spec.crlf ? markdown.replace(/\n/g, '\r\n') : markdown), 'bank.md');
            const deck = parseDeck(text, { file: 'bank.md', slug: 'bank' });
            expect(deck.reading?.layout).toBe(layout);
            const read = {
              title: deck.title,
              sections: deck.sections.map((s) => ({
                title: s.title,
                questions: s.questions.map((q) => ({ text: q.text, open: !!q.open, answer: q.answerText.replace(/\s+/g, ' ').trim() })),
              })),
            };
            expect(read).toEqual(expected(spec));
          }),
          { numRuns: propertyRuns(15, 40) },
        );
      },
      120_000,
    );
  }
});
