import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { checkDeck } from '../../src/check/check-deck.js';
import { importBank, DERIVED_NOTE } from '../../src/import/import-bank.js';
import { allQuestions, type Deck } from '../../src/model/deck.js';
import { readingSummary } from '../../src/content/layouts/summary.js';
import { untypeset } from '../untypeset.js';
import { tempDirSync } from '../temp-dir.js';
import { LONG_RUN } from '../long-run.js';

// Each folder under test/fixtures/layouts/ is a question bank written in a foreign layout (by
// us), with the exact model it must read as: sections, questions, answers, open questions, the
// summary line and every warning. UPDATE_FIXTURES=1 writes a missing expected.json (check it by eye).
export const root = 'test/fixtures/layouts';
export const cases = readdirSync(root)
  .filter((name) => existsSync(path.join(root, name, 'input.md')))
  .sort();

/**
 * What sets a fixture's import apart from another's, read from its expected.json and input: its
 * layout, English or not, card lines of its own, levels (of questions, of sections), tags, open
 * questions, prompts, closings, an outro, and its warnings' codes.
 */
function importKind(name: string): string {
  const expected = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as ReturnType<typeof summarize>;
  const input = readFileSync(path.join(root, name, 'input.md'), 'utf8');
  const questions = expected.sections.flatMap((s) => s.questions);
  const has = (flag: boolean, mark: string) => (flag ? mark : '');
  const codes = new Set(expected.warnings.map((w) => w.split(': ')[1]));
  return [
    expected.reading?.layout,
    has(expected.reading?.language === 'en', 'en'),
    has(/^>/m.test(input), 'card-lines'),
    has(questions.some((q) => 'level' in q), 'levels'),
    has(expected.sections.some((s) => 'level' in s), 'section-levels'),
    has(questions.some((q) => 'tags' in q), 'tags'),
    has(questions.some((q) => q.open), 'open'),
    has(questions.some((q) => 'promptHtml' in q), 'prompts'),
    has(expected.sections.some((s) => 'closing' in s), 'closings'),
    has(!!expected.outro, 'outro'),
    ...[...codes].sort(),
  ].join(',');
}

/**
 * The fixtures whose import is checked in a run: the first of each kind (importKind), about a
 * quarter of them; LONG_TESTS=1 checks every one. An import is a parse of the bank and a check of
 * the deck it writes: two thirds of a fixture's cost, and fixtures of a kind import alike.
 */
export const importCases: ReadonlySet<string> = LONG_RUN ? new Set(cases) : firstOfEachKind();

function firstOfEachKind(): Set<string> {
  const first = new Map<string, string>();
  for (const name of cases) {
    // A fixture with no expected.json yet (UPDATE_FIXTURES writes it) is imported.
    const kind = existsSync(path.join(root, name, 'expected.json')) ? importKind(name) : name;
    if (!first.has(kind)) first.set(kind, name);
  }
  return new Set(first.values());
}

// Each fixture's input parsed once, for its reading and for its import below (a parse of each of
// the fixtures is about 2 s of CPU).
const parsed = new Map<string, Promise<Deck>>();
const inputDeck = (name: string): Promise<Deck> => {
  if (!parsed.has(name)) parsed.set(name, loadDeck(path.join(root, name, 'input.md')));
  return parsed.get(name)!;
};

function summarize(deck: Deck) {
  return {
    title: deck.title,
    summary: deck.reading ? readingSummary(deck.reading) : null,
    reading: deck.reading ?? null,
    introTitle: deck.introTitle,
    introHtml: untypeset(deck.introHtml),
    sections: deck.sections.map((s) => ({
      title: s.title,
      // A level the bank gave its section (by its name: "Beginner…", "Advanced…"): recorded where set.
      ...(s.level ? { level: s.level } : {}),
      // The part a group line (`Technical Questions:` over sections) put the section in: recorded where set.
      ...(s.part ? { part: s.part.number } : {}),
      introHtml: untypeset(s.introHtml),
      questions: s.questions.map((q) => ({
        number: q.number,
        line: q.line,
        text: q.text,
        html: untypeset(q.html),
        // What a question asks about (its options), printed with it: recorded where a bank has one.
        ...(q.promptHtml ? { promptHtml: untypeset(q.promptHtml) } : {}),
        // A level the bank gave the question itself (a mark in its text, its own line), where it is not its section's.
        ...(!q.levelDefault && q.level !== (s.level ?? 'medium') ? { level: q.level } : {}),
        open: !!q.open,
        // The number of the question a follow-up follows up (`20. Props?` over `    1. Props drilling?`): recorded where there is one.
        ...(q.followsUp ? { followsUp: q.followsUp.number } : {}),
        // Tags a bank gave its questions (a topic prefix shared by a section's titles): recorded where there are some.
        ...(q.tags.length ? { tags: q.tags } : {}),
        cardText: q.cardText,
        answerHtml: untypeset(q.answerHtml),
      })),
      // What the bank gave to read after the section's questions: recorded where there is some.
      ...(s.closing ? { closing: { ...s.closing, html: untypeset(s.closing.html) } } : {}),
    })),
    outro: deck.outro ? { ...deck.outro, html: untypeset(deck.outro.html) } : null,
    warnings: deck.diagnostics.map((d) => `${d.line}: ${d.code}: ${d.message}`),
  };
}

/**
 * The fixtures of one share, read and imported: every other fixture (`share` 0 or 1 of 2), so
 * the two test files holding them run on both workers at once and take about as long each (the
 * 419 tests in one file were 12.8 s on one worker while the other had run out of files).
 */
export function layoutFixtureTests(share: number, shares: number): void {
  // The imported and the others shared out apart: each share holds as many imports.
  const imported = cases.filter((name) => importCases.has(name));
  const readOnly = cases.filter((name) => !importCases.has(name));
  const mine = [...imported.filter((_, i) => i % shares === share), ...readOnly.filter((_, i) => i % shares === share)].sort();

  const work = tempDirSync('sg-import-');
  const questionsOf = (deck: Deck) =>
    allQuestions(deck).map((q) => ({ text: q.text, prompt: q.promptText, level: q.level, tags: q.tags, open: !!q.open, answered: q.answerText.length > 0 }));
  // Each fixture's reading, then at once its import: the import reads the same text as the
  // reading did, so the markdown parser's memory of the last file (content/markdown.ts) gives it
  // that tree instead of a second parse of the fixture (the readings all first, then the imports,
  // parsed every fixture twice).
  for (const name of mine) {
    describe('foreign layout fixtures', () => {
      it(name, async () => {
        const dir = path.join(root, name);
        const actual = `${JSON.stringify(summarize(await inputDeck(name)), null, 2)}\n`;
        const expectedFile = path.join(dir, 'expected.json');
        if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, actual);
        expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
        // Read by its import too, when it has one (below): let go now otherwise.
        if (!importCases.has(name)) parsed.delete(name);
      });
    });
    if (!importCases.has(name)) continue;

    // `studyguide import` of every layout fixture (its other cases: test/import/import.test.ts).
    describe('studyguide import of each layout fixture', () => {
      it(`${name}: the imported deck checks clean and builds the same questions, with what they ask, at the same levels`, async () => {
        const imported = await importBank(path.join(root, name, 'input.md'));
        const target = path.join(work, `${name}.md`);
        writeFileSync(target, imported.markdown);
        // The deck check read is the one the build reads when it checks clean (no line blanked for
        // an error; highlighting changes no question): one parse of the imported deck, not two.
        const checked = await checkDeck(target, { cardSize: 'index-3x5' });
        expect(checked.findings.filter((f) => f.level === 'error')).toEqual([]);
        const sourceDeck = await inputDeck(name);
        expect(questionsOf(checked.deck!)).toEqual(questionsOf(sourceDeck));
        // Every derived card answer is marked for review.
        const derived = allQuestions(sourceDeck).filter((q) => q.cardGenerated && !q.open).length;
        expect(imported.markdown.split(DERIVED_NOTE).length - 1).toBe(derived);
        // Read by both of its tests: let go now, not held with every other fixture's to the file's end.
        parsed.delete(name);
      });
    });
  }
}
