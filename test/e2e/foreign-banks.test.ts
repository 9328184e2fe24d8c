import { describe, expect, it } from 'vitest';
import { copyFile, cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { labelsFor } from '../../src/model/labels.js';
import { allQuestions } from '../../src/model/deck.js';
import { openRuns } from '../../src/render/open-runs.js';
import { buildWith, pdfInfo, pdfText, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// One bank per foreign layout (our fixtures), built with a browser: every question is in
// guide.pdf, open ones marked, and cards.pdf holds one card per question (an open one ruled to write in).
// numbered-options-unanswered and qa-slot-tips: open questions printed with their options or tips, on their cards too.
const CASES = [
  'details-messy',
  'numbered-headings',
  'list-headings',
  'list-questions',
  'qa',
  'list-answers-below',
  'numbered-options-unanswered',
  'qa-slot-tips',
  'list-reading-section',
];

/**
 * One build for both tests: the banks of CASES, each a file, and the folder of one-question files
 * (test/fixtures/folder-bank/questions), given as a folder. Made by the first test that asks.
 */
let banks: Promise<{ files: string[]; folder: string; out: string } & Awaited<ReturnType<typeof buildWith>>> | undefined;
function buildBanks() {
  banks ??= (async () => {
    const dir = await tempDir('studyguide-banks-');
    const files = await Promise.all(
      CASES.map(async (name) => {
        const file = path.join(dir, `${name}.md`);
        await copyFile(path.join('test/fixtures/layouts', name, 'input.md'), file);
        return file;
      }),
    );
    const folder = path.join(dir, 'folder-bank', 'questions');
    await cp('test/fixtures/folder-bank/questions', folder, { recursive: true });
    const out = path.join(dir, 'out');
    const built = await buildWith({ paths: [...files, folder], outDir: out, outputs: ['guide', 'cards'] });
    expect(built.result.failed).toEqual([]);
    return { files, folder, out, ...built };
  })();
  return banks;
}

describe('foreign question banks build', () => {
  it('puts every question in the guide and on a card of its own', async () => {
    const { files, out, events } = await buildBanks();
    for (const [i, name] of CASES.entries()) {
      const deck = await loadDeck(files[i]);
      const questions = allQuestions(deck);
      const guide = squash(pdfText(path.join(out, name, 'guide.pdf')));
      for (const q of questions) expect(guide, `${name}: ${q.text}`).toContain(squash(q.text));
      // What an open question asks about (its options, its tips) is printed under it.
      for (const q of questions.filter((q) => q.open && q.promptText)) expect(guide, `${name}: ${q.text}`).toContain(squash(q.promptText!.split(/\n|; /)[0]));
      // A section's reading list ("Further reading" over links) prints after its questions, once.
      const closings = deck.sections.flatMap((s) => (s.closing ? [s.closing] : []));
      expect(closings.length, name).toBe(name === 'list-reading-section' ? 1 : 0);
      for (const closing of closings) expect(guide.split(squash(closing.title)).length - 1, name).toBe(1);
      const open = questions.filter((q) => q.open);
      // Every bank but the one with a reading list has open questions to mark.
      expect(open.length > 0, name).toBe(name !== 'list-reading-section');
      // In the deck's language, read from its text (German: "Noch keine Antwort."): once for each open question alone,
      // once for a run of them (render/open-runs.ts).
      const said = deck.sections.flatMap((s) => openRuns(s.questions).filter((p, k) => s.questions[k].open && (!p.inRun || p.from !== undefined)));
      expect(guide.split(labelsFor(deck.lang).openQuestion).length - 1, name).toBe(said.length);
      expect(Number(pdfInfo(path.join(out, name, 'cards.pdf')).Pages), name).toBe(questions.length);
      const cards = squash(pdfText(path.join(out, name, 'cards.pdf')));
      for (const q of open) {
        expect(cards, `${name}: ${q.text}`).toContain(squash(q.text));
        if (q.promptText) expect(cards, `${name}: ${q.text}`).toContain(squash(q.promptText.split(/\n|; /)[0]));
      }
      const read = events.find((e) => e.type === 'read' && e.deck === name);
      expect(read && 'summary' in read ? read.summary : '', name).toMatch(
        new RegExp(`^${questions.length} questions? \\(.+\\)${open.length ? `, ${open.length} without an answer` : ''}`),
      );
    }
  }, 600_000);
});

describe('a folder of one-question files', () => {
  it('prints as one deck: every question in the guide under its tag, one card each', async () => {
    const { folder, out, result } = await buildBanks();
    // The folder is one deck, not one a file: the build's decks are the banks and it.
    expect([...result.built].sort()).toEqual([...CASES, 'questions'].sort());
    const files = (await readdir(folder)).filter((f) => f !== 'README.md');
    const decks = await Promise.all(files.map((f) => loadDeck(path.join(folder, f), [], undefined, { untitled: true })));
    const guide = squash(pdfText(path.join(out, 'questions', 'guide.pdf')));
    for (const q of decks.flatMap(allQuestions)) expect(guide).toContain(squash(q.text));
    // Named after the folder above "questions/", sections by tag.
    expect(guide).toMatch(/Folder bank/);
    for (const section of ['CSS', 'Javascript', 'React']) expect(guide).toContain(section);
    expect(Number(pdfInfo(path.join(out, 'questions', 'cards.pdf')).Pages)).toBe(files.length);
  }, 300_000);
});
