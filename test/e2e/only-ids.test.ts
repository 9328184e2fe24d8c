import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { ankiText } from '../../src/outputs/anki-output.js';
import { buildWith, pdfPages, pdfText, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const deckFile = 'test/fixtures/cards-deck/git-workflow.md';

describe('--only-ids', () => {
  it('prints exactly the listed questions on the cards, in the guide and the quiz; unknown ids are warned at their line', async () => {
    const questions = allQuestions(await loadDeck(deckFile));
    const [second, fifth, ninth] = [questions[1], questions[4], questions[8]];
    const outDir = await tempDir();
    const list = path.join(outDir, 'missed.txt');
    // A guid, an anchor without its q-, an anchor with it, a typo.
    await writeFile(list, `${second.guid}\n${fifth.id.replace(/^q-/, '')}\n\n${ninth.id}\nno-such-question\n`);
    const { result, events } = await buildWith({ paths: [deckFile], outDir, onlyIds: list, outputs: ['guide', 'cards', 'quiz'] });
    expect(result.failed).toEqual([]);
    const listed = [second, fifth, ninth];
    const others = questions.filter((q) => !listed.includes(q));
    const cards = pdfPages(path.join(outDir, 'git-workflow', 'cards.pdf')).map(squash);
    expect(cards.length).toBe(3);
    listed.forEach((q, i) => expect(cards[i]).toContain(squash(q.text.replace(/`/g, ''))));
    for (const name of ['cards.pdf', 'guide.pdf', 'quiz.pdf']) {
      const text = pdfText(path.join(outDir, 'git-workflow', name));
      for (const q of listed) expect(text, `${name}: ${q.text}`).toContain(squash(q.text.replace(/`/g, '')));
      for (const q of others) expect(text, `${name}: ${q.text}`).not.toContain(squash(q.text.replace(/`/g, '')));
    }
    const warnings = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'unknown-id' ? [e.diagnostic] : []));
    expect(warnings.map((w) => [w.file, w.line])).toEqual([[list, 5]]);
    expect(warnings[0].message).toContain('"no-such-question"');
  });

  it('takes an Anki notes export with a guid column: the cards a learner keeps failing', async () => {
    const deck = await loadDeck(deckFile);
    const questions = allQuestions(deck);
    const outDir = await tempDir();
    const exported = path.join(outDir, 'failing.txt');
    // Our anki.txt has the header lines of Anki's export; keep the header and two notes.
    const lines = ankiText(deck).split('\n');
    const header = lines.filter((l) => l.startsWith('#'));
    const notes = lines.filter((l) => l && !l.startsWith('#'));
    await writeFile(exported, [...header, notes[0], notes[6], ''].join('\n'));
    const { result } = await buildWith({ paths: [deckFile], outDir, onlyIds: exported, outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    const cards = pdfPages(path.join(outDir, 'git-workflow', 'cards.pdf')).map(squash);
    expect(cards.length).toBe(2);
    expect(cards[0]).toContain(squash(questions[0].text.replace(/`/g, '')));
    expect(cards[1]).toContain(squash(questions[6].text.replace(/`/g, '')));
  });
});
