import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { selectQuestions } from '../../src/content/select-questions.js';
import { buildWith, pdfInfo, pdfPages, pdfText, read, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const deckFile = 'test/fixtures/authoring-deck/deck.md';
const slug = 'deck';
const out = (dir: string, name: string) => path.join(dir, slug, name);

async function questions() {
  return allQuestions(await loadDeck(deckFile));
}

describe('filters change what is printed', () => {
  it('--level keeps only those levels, and the cover and contents say so (with config label overrides)', async () => {
    const dir = await tempDir();
    const { result } = await buildWith({ paths: [deckFile], outDir: dir, level: ['easy'], outputs: ['guide'], labels: { contents: 'Overview' } });
    expect(result.failed).toEqual([]);
    const text = pdfText(out(dir, 'guide.pdf'));
    const all = await questions();
    for (const q of all) expect(text.includes(squash(q.text)), q.text).toBe(q.level === 'easy');
    const pages = pdfPages(out(dir, 'guide.pdf')).map(squash);
    expect(pages[0]).toContain('Selection: level easy (2/7)');
    expect(pages[1]).toContain('Overview');
    expect(pages[1]).toContain('Selection: level easy');
    expect(existsSync(out(dir, 'cards.pdf'))).toBe(false); // outputs: guide only
  });

  it('--tag keeps questions with any of the tags; --section keeps whole sections', async () => {
    const dir = await tempDir();
    await buildWith({ paths: [deckFile], outDir: dir, tag: ['tls'], outputs: ['guide'] });
    const all = await questions();
    const tagged = pdfText(out(dir, 'guide.pdf'));
    for (const q of all) expect(tagged.includes(squash(q.text)), q.text).toBe(q.tags.includes('tls'));

    const dir2 = await tempDir();
    await buildWith({ paths: [deckFile], outDir: dir2, section: ['scenario'], outputs: ['cards'] });
    const cards = out(dir2, 'cards.pdf');
    expect(Number(pdfInfo(cards).Pages)).toBe(2);
    const text = pdfText(cards);
    for (const q of all) expect(text.includes(squash(q.text)), q.text).toBe(q.level === 'hard');
  });

  it('a filter that matches nothing fails that deck with a message naming the filter', async () => {
    const dir = await tempDir();
    const { result } = await buildWith({ paths: [deckFile], outDir: dir, level: ['hard'], tag: ['http'], outputs: ['guide'] });
    expect(result.failed).toHaveLength(1);
    expect(String((result.failed[0].error as Error).message)).toBe('no question matches level hard · tag #http');
  });
});

describe('--shuffle', () => {
  it('gives the same order for the same seed and another order for another seed', async () => {
    const deck = await loadDeck(deckFile);
    const order = (seed: number) => allQuestions(selectQuestions(deck, { shuffle: true, seed })).map((q) => q.text);
    expect(order(42)).toEqual(order(42));
    expect(order(42)).not.toEqual(order(7));
    expect([...order(42)].sort()).toEqual(
      allQuestions(deck)
        .map((q) => q.text)
        .sort(),
    );
  });
});

describe('--quiz', () => {
  it('writes quiz.pdf: numbered questions with writing space, then the answer key on its own pages', async () => {
    const dir = await tempDir();
    const { result } = await buildWith({ paths: [deckFile], outDir: dir, quiz: true, outputs: ['quiz'] });
    expect(result.failed).toEqual([]);
    const all = await questions();
    const pages = pdfPages(out(dir, 'quiz.pdf')).map(squash);
    const keyStart = pages.findIndex((p) => p.includes('Answer key Answer key'));
    expect(keyStart).toBeGreaterThan(0);
    const questionPages = pages.slice(0, keyStart).join(' ');
    const keyPages = pages.slice(keyStart).join(' ');
    // Every question is numbered on the question pages, in order; no answer is given away there.
    let at = -1;
    for (const q of all) {
      const i = questionPages.indexOf(`${q.number}. ${squash(q.text)}`);
      expect(i, q.text).toBeGreaterThan(at);
      at = i;
      expect(questionPages.includes(squash(q.cardText)), q.cardText).toBe(false);
    }
    // The key has every card answer (in two columns, which the text layer may read across).
    for (const q of all) expect(keyPages, q.cardText).toContain(squash(q.cardText));
    expect(pages[0]).toMatch(/Name: Date:/);
  });

  it('follows a shuffle: the quiz asks in the seeded order', async () => {
    const dir = await tempDir();
    await buildWith({ paths: [deckFile], outDir: dir, quiz: true, shuffle: true, seed: 42, outputs: ['quiz'] });
    const expected = allQuestions(selectQuestions(await loadDeck(deckFile), { shuffle: true, seed: 42 })).map((q) => squash(q.text));
    const text = pdfText(out(dir, 'quiz.pdf'));
    expect(text).toContain('shuffled, seed 42');
    const positions = expected.map((t, i) => text.indexOf(`${i + 1}. ${t}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('lang', () => {
  it('prints German labels for a `lang: de` deck and sets the HTML lang', async () => {
    const dir = await tempDir();
    const { result } = await buildWith({ paths: ['test/fixtures/lang-de/deck.md'], outDir: dir, outputs: ['guide', 'cards'] });
    expect(result.failed).toEqual([]);
    const text = pdfText(out(dir, 'guide.pdf'));
    for (const label of ['Inhalt', 'Fragen', 'Kurz gesagt:', 'Seite 2 von']) expect(text).toContain(label);
    // The cover kicker is letter-spaced, so its letters come out one by one.
    expect(text.replace(/ /g, '').toLowerCase()).toContain('lernleitfaden');
    expect(text.toLowerCase()).toContain('leicht');
    expect(text.toLowerCase()).toContain('schwer');
    expect(text).not.toContain('Contents');
    expect(text).not.toContain('In short');
    expect(await read(out(dir, 'guide.html'))).toMatch(/<html lang="de"/);
    // The fixture's long title: set smaller on the cover until its compounds fit a line, a word
    // too long even then broken at a syllable with a hyphen, and the dash kept with its word.
    const cover = pdfPages(out(dir, 'guide.pdf'), true)[0]
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // The deck's `# Netzwerk-Grundlagen` under its front matter title is the cover's subtitle, set after the title.
    const subtitle = cover.indexOf('Netzwerk-Grundlagen');
    expect(subtitle).toBeGreaterThan(0);
    const lines = cover.slice(
      cover.findIndex((l) => l.startsWith('Netzwerk')),
      subtitle,
    );
    expect(lines.join(' ').replace(/[-\u2010\u00ad] /g, '')).toBe(
      'Netzwerkadministration — Datenschutzgrundverordnungen und Rechenzentrumsbetriebsabteilungsleitung',
    );
    expect(lines.filter((l) => l.startsWith('—'))).toEqual([]);
    // A word too long for a line of the card (or the guide) breaks at a syllable with a hyphen,
    // not anywhere ("…ersuche⏎nsbearbeitungsfrist" on a 3×5 card read as two words).
    const word = 'Datenschutzgrundverordnungsauskunftsersuchensbearbeitungsfrist';
    for (const file of ['cards.pdf', 'guide.pdf']) {
      // pdftotext -layout keeps the lines as printed (without it, a hyphenated line end is joined).
      const joined = pdfPages(out(dir, file), true)
        .join('\n')
        .replace(/[-\u2010\u00ad] *\n\s*/g, '')
        .replace(/\s+/g, ' ');
      expect(joined, file).toContain(`Wie lange dauert die ${word}?`);
      // A spaced dash stays on the line of the word before it (the card's third answer line opened "— mit").
      const lines = pdfPages(out(dir, file), true).join('\n').split('\n');
      expect(
        lines.filter((l) => /^\s*[\u2013\u2014]/.test(l)),
        file,
      ).toEqual([]);
    }
  });
});
