import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { findDeckFiles, loadDeck } from '../../src/content/load-deck.js';
import { allQuestions, countByLevel, type Deck } from '../../src/model/deck.js';
import { buildWith, bundledOut, pdfPages, pdfText, read, squash, tempDir } from '../helpers.js';
import { loose, outlineOf } from './guide-reading.js';
import { parseInPlace } from '../parse-in-place.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** href values of the index's links, in page order. */
const linksOf = (html: string): string[] => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);

describe('many decks and the index page', () => {
  it('builds every content/*.md into its own folder', async () => {
    const files = await findDeckFiles(['content']);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const deck = await loadDeck(file);
      for (const name of ['guide.html', 'guide.pdf', 'cards.html', 'cards.pdf', 'anki.txt', 'cards.csv']) {
        expect(existsSync(path.join(bundledOut(), deck.slug, name)), `${deck.slug}/${name}`).toBe(true);
      }
    }
  });

  it('lists every deck with its counts per level and links that resolve, relative to the index', async () => {
    const html = await read(path.join(bundledOut(), 'index.html'));
    const links = linksOf(html);
    for (const href of links) {
      expect(href, href).not.toMatch(/^([a-z]+:|\/)/i);
      const target = path.join(bundledOut(), decodeURIComponent(href));
      expect(existsSync(target), href).toBe(true);
    }
    const text = squash(html.replace(/<[^>]*>/g, ' '));
    expect(text).toContain(`${(await findDeckFiles(['content'])).length} decks`);
    for (const file of await findDeckFiles(['content'])) {
      const deck = await loadDeck(file);
      const counts = countByLevel(deck);
      expect(text).toContain(deck.title.replace(/&/g, '&amp;'));
      expect(text).toContain(`${allQuestions(deck).length} questions`);
      const block = html.split('<li class="index-deck"').find((b) => b.includes(`id="deck-${deck.slug}"`))!;
      for (const level of ['easy', 'medium', 'hard'] as const) {
        expect(new RegExp(`data-level="${level}">[\\s\\S]*?<span class="index-n">(\\d+)<`).exec(block)?.[1], level).toBe(String(counts[level]));
      }
      for (const name of ['guide.html', 'guide.pdf', 'cards.html', 'cards.pdf', 'anki.txt', 'cards.csv']) expect(links).toContain(`${deck.slug}/${name}`);
    }
  });

  it('shows each file size as the file really is', async () => {
    const html = await read(path.join(bundledOut(), 'index.html'));
    const m = /<a href="([^"]+\/guide\.pdf)">PDF<\/a> <span class="index-size">([\d.]+) (KB|MB)<\/span>/.exec(html)!;
    const bytes = statSync(path.join(bundledOut(), m[1])).size;
    expect(Number(m[2]) * (m[3] === 'MB' ? 1048576 : 1024)).toBeCloseTo(bytes, -3);
  });
});

describe('--combine', () => {
  it('keeps decks of earlier builds in the index when one deck is built on its own', async () => {
    const out = await tempDir();
    expect((await buildWith({ paths: ['test/fixtures/combine/alpha.md'], outDir: out, outputs: ['guide'] })).result.failed).toEqual([]);
    expect((await buildWith({ paths: ['test/fixtures/combine/beta.md'], outDir: out, outputs: ['guide'] })).result.failed).toEqual([]);
    const links = linksOf(await read(path.join(out, 'index.html')));
    expect(links).toEqual(expect.arrayContaining(['alpha/guide.pdf', 'beta/guide.pdf']));
    for (const link of links.filter((l) => !l.startsWith('#'))) expect(existsSync(path.join(out, link)), link).toBe(true);
  });

  it('writes out/all with every question of every deck, each deck a part of the contents', async () => {
    const out = await tempDir();
    const { result } = await buildWith({ paths: ['test/fixtures/combine'], outDir: out, combine: true, outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    expect(result.built).toEqual(['alpha', 'beta', 'all']);
    const decks = await Promise.all(['alpha', 'beta'].map((n) => loadDeck(`test/fixtures/combine/${n}.md`)));
    const questions = decks.flatMap(allQuestions);
    const text = pdfText(path.join(out, 'all', 'guide.pdf'));
    expect(questions.filter((q) => !text.includes(squash(q.text))).map((q) => q.text)).toEqual([]);
    // Contents: each deck's title as a part, then its sections; Q numbers run through both decks.
    const guide = pdfText(path.join(out, 'all', 'guide.pdf'));
    const contents = guide.slice(guide.indexOf('Contents'));
    expect(contents).toMatch(/PART 1 Alpha Networking \d+ Basics \d+ Q1 .*PART 2 Beta Databases \d+ Storage \d+ Q3 /);
    expect(contents).toMatch(/Q4 What does a B-tree index trade away\?/);
    expect(guide).toContain('Read RFC 826 for ARP.');
    const index = await read(path.join(out, 'index.html'));
    expect(linksOf(index)).toEqual(expect.arrayContaining(['alpha/guide.pdf', 'beta/guide.pdf', 'all/guide.pdf', 'all/guide.html']));
    expect(index).toContain('2 decks, and all of them in one');
  });
});

describe('--combine of the bundled decks', () => {
  // The global setup's bundled build combines them: each deck is a part of the combined guide and cards.
  let out = '';
  let decks: Deck[] = [];
  beforeAll(async () => {
    out = bundledOut();
    decks = await Promise.all((await findDeckFiles(['content'])).map((f) => loadDeck(f)));
  });

  it('puts every question of the bundled decks on the combined cards', () => {
    const questions = decks.flatMap(allQuestions);
    // Compared loosely: a question may wrap at a hyphen on the larger card type.
    const text = pdfText(path.join(out, 'all', 'cards.pdf'));
    expect(questions.filter((q) => !loose(text).includes(loose(q.text))).map((q) => q.text)).toEqual([]);
    expect(text).toContain(`Q${questions.length} `);
    // Each card names the deck its question comes from, not the combined deck.
    const owners = decks.flatMap((d) => allQuestions(d).map(() => squash(d.title)));
    const pages = pdfPages(path.join(out, 'all', 'cards.pdf')).map(squash);
    expect(pages.length).toBe(owners.length);
    expect(pages.filter((page, i) => !page.includes(owners[i])).length).toBe(0);
  });

  it('shows parts, sections and questions as three levels in the bookmarks, the contents and the running heads', async () => {
    const file = path.join(out, 'all', 'guide.pdf');
    const outline = await outlineOf(file);
    // Bookmarks: the guide › its contents and its parts › each part's own sections › their questions.
    const levels = outline.filter((e) => e.depth <= 2).map((e) => `${e.depth} ${squash(e.title)}`);
    const ownSections = (d: Deck) => [...d.sections.map((s) => s.title), ...(d.outro ? [d.outro.title] : [])];
    expect(levels).toEqual(['0 All decks', '1 Contents', ...decks.flatMap((d) => [`1 ${squash(d.title)}`, ...ownSections(d).map((t) => `2 ${squash(t)}`)])]);
    const questions = outline.filter((e) => e.depth === 3).map((e) => /^Q\d+/.exec(e.title)?.[0]);
    expect(questions).toEqual(decks.flatMap(allQuestions).map((_q, i) => `Q${i + 1}`));

    const pages = pdfPages(file);
    const pageOf = (title: string, depth: number) => outline.find((e) => e.depth === depth && squash(e.title) === squash(title))!.page!;
    // Contents: each part's number and title with the page it opens on, then its sections by their own titles.
    const contents = squash(pages.slice(1, pageOf(decks[0].title, 1) - 1).join(' '));
    for (const [i, d] of decks.entries()) {
      expect(contents).toMatch(new RegExp(`part ${i + 1} ${escapeRegExp(squash(d.title))} ${pageOf(d.title, 1)} `, 'i'));
      const [first] = ownSections(d);
      expect(contents).toContain(
        `${squash(first)} ${outline.find((e) => e.depth === 2 && e.page! >= pageOf(d.title, 1) && squash(e.title) === squash(first))!.page}`,
      );
    }
    expect(contents).not.toContain(' · ');

    // Running heads: a page inside a section is headed by its part and the section; a part's first page by neither,
    // unless the part runs on under a page mostly blank (plan-section-breaks.ts), its first section under it there.
    const heads = (page: number) =>
      pages[page - 1]
        .split('\n')
        .map((l) => squash(l))
        .filter(Boolean)
        .slice(0, 2);
    let checked = 0;
    outline.forEach((entry, i) => {
      if (entry.depth === 1 && entry.title !== 'Contents') {
        const firstSection = outline.slice(i + 1).find((e) => e.depth === 2)!;
        if (heads(entry.page!)[0].match(/^part \d+$/i)) return;
        expect(firstSection.page, `${entry.title}: run on, its first section with it`).toBe(entry.page);
        expect(squash(pages[entry.page! - 1])).toMatch(new RegExp(`part \\d+ ${escapeRegExp(squash(entry.title))}`, 'i'));
      }
      if (entry.depth !== 2) return;
      const part = outline
        .slice(0, i)
        .reverse()
        .find((e) => e.depth === 1)!;
      const next = outline.slice(i + 1).find((e) => e.depth <= 2)?.page ?? pages.length;
      for (let page = entry.page! + 1; page < next; page++, checked++) expect(heads(page), `page ${page}`).toEqual([squash(part.title), squash(entry.title)]);
    });
    expect(checked).toBeGreaterThan(10);
  });
});
