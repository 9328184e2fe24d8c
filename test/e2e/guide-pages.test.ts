import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions, type Deck } from '../../src/model/deck.js';
import { isShortQuestion } from '../../src/render/render-guide.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { planParts } from '../../src/print/print-parts.js';
import { SPLIT_HOLE } from '../../src/print/split-kept-questions.js';
import { pageFill } from '../pdf-page-fill.js';
import { measureOf, pdfBlocks } from '../pdf-lines.js';
import { PARTS_SLUG, PRINT_PART } from '../parts-build.js';
import { bundledOut, letterOut, partsOut, pdfInfo, pageSizes, squash } from '../helpers.js';
import { readDestinationPages } from '../../src/print/pdf-dests.js';
import {
  headingIndex,
  linkTargets,
  loose,
  mm,
  outlineOf,
  pdfWords,
  questionPages,
  readContents,
  squashedPages,
  plainQuotes,
  OPENS_AFTER_FILL,
} from './guide-reading.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Every bundled deck on A4 (built once by the global setup), and the first one again on Letter.
const SIZES = { a4: [595, 842], letter: [612, 792] } as const;
// The last case prints a guide in small parts (as a 5,000-question deck prints in parts of 150),
// so every check below also covers parts joined into one PDF.
const cases: { slug: string; paper: 'a4' | 'letter'; printPart?: number }[] = [
  { slug: 'infrastructure-engineer', paper: 'a4' },
  { slug: 'kubernetes-admin', paper: 'a4' },
  { slug: 'infrastructure-engineer', paper: 'letter' },
  { slug: PARTS_SLUG, paper: 'a4', printPart: PRINT_PART },
];

describe.each(cases)('guide.pdf of $slug on $paper (print part: $printPart)', ({ slug, paper, printPart }) => {
  let out = '';
  const file = () => path.join(out, slug, 'guide.pdf');
  // Read once per deck: the model and the text of every page.
  let d: Deck;
  let pages: string[];
  beforeAll(async () => {
    // Built once by the global setup: page-fill.test.ts reads the Letter guide too.
    out = printPart ? partsOut() : paper === 'letter' ? letterOut() : bundledOut();
    d = await loadDeck(`content/${slug}.md`);
    pages = squashedPages(file());
  });
  const tocCount = (d: Deck) => d.sections.length + allQuestions(d).length + (d.outro ? 1 : 0);

  it('prints in the contents the page each question heading is really on', () => {
    const toc = readContents(file(), tocCount(d));
    const printed = new Map(toc.map((e) => [e.label, e.page]));
    for (const { q, page } of questionPages(d, pages)) {
      expect(page, `Q${q.number} heading found`).toBeGreaterThan(0);
      expect(printed.get(`Q${q.number}`), `Q${q.number} ${q.text}`).toBe(page);
    }
    // A section's number is the page of its title, which its first question shares.
    for (const s of d.sections) expect(printed.get(squash(s.title)), s.title).toBe(questionPages(d, pages).find((x) => x.section === s)!.page);
    // The outro's is the page its title opens, after the last question's (a page it runs on to has it as its running head).
    if (d.outro) {
      const title = squash(d.outro.title);
      const last = Math.max(...questionPages(d, pages).map((x) => x.page));
      const at = pages.findIndex((p, i) => i >= last - 1 && p.includes(title)) + 1;
      expect(at).toBeGreaterThanOrEqual(pages.length - 1);
      expect(printed.get(title)).toBe(at);
    }
  });

  it('links every contents entry to the page of its heading', async () => {
    const contentsPage = pages.findIndex((p) => /\bContents\b/.test(p)) + 1;
    const ids = [...d.sections.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]), ...(d.outro ? ['outro'] : [])];
    // The contents may run on over several pages: gather their links until every entry is seen.
    const targets: string[] = [];
    for (let p = contentsPage; targets.length < ids.length && p <= pages.length; p++) {
      const onPage = await linkTargets(file(), p);
      if (onPage.length === 0) break;
      targets.push(...onPage);
    }
    // An entry that wraps is one link drawn as one rectangle per line: count it once.
    expect(targets.filter((id, i) => id !== targets[i - 1])).toEqual(ids);
    const destPages = await readDestinationPages(readFileSync(file()));
    for (const { q, page } of questionPages(d, pages)) expect(destPages.get(q.id), `link to Q${q.number}`).toBe(page);
  });

  it('has a bookmark for every section and question, opening its page', async () => {
    const outline = await outlineOf(file());
    // Bookmarks read as the headings print: typographic quotes where the deck has straight ones.
    const titles = new Map(outline.map((e) => [plainQuotes(e.title), e]));
    for (const { q, section, page } of questionPages(d, pages)) {
      const entry = titles.get(`Q${q.number} ${q.text}`);
      expect(entry, `bookmark for Q${q.number} ${q.text}`).toBeDefined();
      expect(entry!.page, `Q${q.number}`).toBe(page);
      // A section's bookmark opens the page of its title, the page of its first question.
      expect(titles.get(section.title)?.page, section.title).toBe(questionPages(d, pages).find((x) => x.section === section)!.page);
      expect(entry!.depth).toBe(titles.get(section.title)!.depth + 1);
    }
  });

  it('has a cover without running head or page number, and "page X of Y" on every other page', () => {
    const cover = pages[0];
    expect(cover).not.toMatch(/page \d+ of \d+/);
    // The title once: no running head (the credited source may name a page of the same title).
    const titled = d.source ? loose(cover).replace(loose(d.source), '') : loose(cover);
    expect(titled.indexOf(loose(d.title))).toBe(titled.lastIndexOf(loose(d.title)));
    if (d.subtitle) expect(loose(cover)).toContain(loose(d.subtitle));
    for (const tag of d.tags) expect(cover).toContain(`#${tag}`);
    expect(cover).toContain(`Questions ${allQuestions(d).length}`);
    expect(cover).toMatch(/\d{4}-\d{2}-\d{2}/);
    pages.slice(1).forEach((text, i) => expect(text, `page ${i + 2}`).toContain(`page ${i + 2} of ${pages.length}`));
  });

  it('heads every body page with the deck title and the section open at its top', () => {
    const found = questionPages(d, pages);
    const starts = d.sections.map((s) => found.find((x) => x.section === s)!.page);
    // A section whose heading opens the page heads it; a page a section starts part way down
    // is headed by the section it opened with.
    // The running head: the words above the text block, read left to right.
    const words = pdfWords(file());
    const head = (p: number) =>
      loose(
        words
          .filter((w) => w.page === p && w.yMax < mm(GUIDE_PAGES[paper].margins.top))
          .sort((a, b) => a.xMin - b.xMin)
          .map((w) => w.text)
          .join(' '),
      );
    const opensPage = (p: number, i: number) =>
      loose(pages[p - 1])
        .replace(head(p), '')
        .startsWith(loose(d.sections[i].title));
    const last = Math.max(...found.map((x) => x.page));
    let checked = 0;
    for (let p = starts[0]; p <= last; p++) {
      const open = d.sections.reduce((found, _s, i) => (starts[i] < p || (starts[i] === p && opensPage(p, i)) ? i : found), -1);
      // The first section run on under the contents: their page is headed by the title alone, as the contents' pages are.
      if (open < 0 && p === starts[0]) {
        expect(head(p), `page ${p}, the contents' last, running head`).toBe(loose(d.title));
        continue;
      }
      expect(open, `page ${p} follows a section`).toBeGreaterThanOrEqual(0);
      expect(head(p), `page ${p} running head names ${d.sections[open].title}`).toBe(loose(`${d.title} ${d.sections[open].title}`));
      checked++;
    }
    expect(checked).toBeGreaterThan(d.sections.length);
  });

  it('starts a section on a new page only when the page before is about two-thirds full, and never leaves a question heading alone at a page end', () => {
    const found = questionPages(d, pages);
    const fill = pageFill(file(), GUIDE_PAGES[paper].margins);
    const startsPart = new Set(
      printPart
        ? planParts(d, printPart)
            .map((part) => part.slices[0])
            .filter((slice) => slice.from === 0)
            .map((slice) => slice.section)
        : [],
    );
    d.sections.slice(1).forEach((s, i) => {
      const lastBefore = Math.max(...found.filter((x) => x.section === d.sections[i]).map((x) => x.page));
      const first = found.find((x) => x.section === s)!.page;
      expect(first, `${s.title} starts on or after the page the previous section ends on`).toBeGreaterThanOrEqual(lastBefore);
      const opensPage = loose(pages[first - 1]).startsWith(loose(`${d.title} ${s.title} ${s.title}`));
      // A guide printed in parts follows the same rule within each part; a part starts a page.
      if (opensPage && !startsPart.has(i + 1))
        expect(fill[first - 2], `page ${first - 1}, before ${s.title}, is about two-thirds full`).toBeGreaterThan(OPENS_AFTER_FILL);
    });
    for (const { q, page } of found) {
      const opening = loose(squash(q.cardText).split(' ').slice(0, 4).join(' '));
      expect(loose(pages[page - 1]), `Q${q.number}'s card answer is on its heading's page`).toContain(opening);
    }
  });

  it('sets running text 60–75 characters a line, the "In short" box too', () => {
    const body = Math.min(...questionPages(d, pages).map((x) => x.page));
    const { inner, outer } = GUIDE_PAGES[paper].margins;
    const blocks = pdfBlocks(file()).filter((b) => b.page >= body);
    const boxes = blocks.filter((b) => b.lines[0].text.startsWith('In short'));
    // Paragraphs start at the text block's left edge: the inner margin on odd pages, the outer on even ones.
    const prose = blocks.filter((b) => Math.abs(b.xMin - mm(b.page % 2 === 1 ? inner : outer)) < 1.5 && !boxes.includes(b));
    for (const [what, lines] of [
      ['body', measureOf(prose)],
      ['"In short"', measureOf(boxes)],
    ] as const) {
      expect(lines.length, `${what} lines measured`).toBeGreaterThan(15);
      const inside = lines.filter((n) => n >= 60 && n <= 75).length / lines.length;
      expect(inside, `${what}: share of lines of 60–75 characters (${[...lines].sort((a, b) => a - b).join(' ')})`).toBeGreaterThanOrEqual(0.9);
      const median = [...lines].sort((a, b) => a - b)[Math.floor(lines.length / 2)];
      expect(median, `${what}: median line`).toBeGreaterThanOrEqual(62);
      expect(median, `${what}: median line`).toBeLessThanOrEqual(72);
    }
  });

  it('gives each question its number, a level badge that reads without colour, its tags and an "In short" line', () => {
    const marks = { easy: '●○○ EASY', medium: '●●○ MEDIUM', hard: '●●● HARD' };
    for (const { q, page } of questionPages(d, pages)) {
      const text = pages[page - 1];
      const after = text.slice(text.indexOf(`Q${q.number} `));
      expect(after, `Q${q.number} badge`).toContain(`${marks[q.level]}${q.tags.length ? ' ' : ''}${q.tags.map((t) => `#${t}`).join(' ')}`);
      expect(after, `Q${q.number} in short`).toMatch(/In short:/);
    }
  });

  it('keeps a short question whole on one page, or splits it only to fill the page it starts on', () => {
    const found = questionPages(d, pages);
    const fill = pageFill(file(), GUIDE_PAGES[paper].margins);
    for (const [i, { q, page, section }] of found.entries()) {
      if (!isShortQuestion(q)) continue;
      const next = found[i + 1];
      if (next && next.section === section) {
        // The next question starts on the same page, or on the next one right under the running head.
        if (next.page === page) continue;
        expect(next.page, `Q${q.number} ends on its page`).toBe(page + 1);
        const above = loose(pages[next.page - 1]).slice(0, headingIndex(pages[next.page - 1], next.q));
        // Or it was split: kept whole, it would have left more than a fifth of the page before it blank (print/split-kept-questions.ts).
        if (above !== loose(`${d.title} ${section.title}`))
          expect(fill[page - 1], `Q${q.number} spills over only to fill its page`).toBeGreaterThan(1 - SPLIT_HOLE);
      } else {
        // Last of its section: the next section (or the outro) starts on the question's page or the next.
        const following = found[i + 1]?.page ?? (d.outro ? pages.length : page + 1);
        expect([page, page + 1], `Q${q.number} is its section's last and ends on its page`).toContain(following);
      }
    }
  });

  it('prints every code line and table cell whole: code wraps and tables fit', () => {
    // Chromium clips what runs past the text area, so anything that overflowed would be missing.
    const text = loose(pages.join(' '));
    const plain = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, '&');
    let checked = 0;
    for (const q of allQuestions(d)) {
      const blocks = [...q.answerHtml.matchAll(/<pre><code(?![^>]*mermaid)[^>]*>([\s\S]*?)<\/code><\/pre>/g)].flatMap((m) => plain(m[1]).split('\n'));
      const cells = [...q.answerHtml.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => plain(m[1]));
      for (const piece of [...blocks, ...cells].filter((t) => loose(t))) {
        expect(text, `Q${q.number}: ${piece}`).toContain(loose(piece));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
    const words = pdfWords(file());
    const outside = words.filter((w) => w.xMin < mm(10) || w.xMax > w.pageWidth - mm(10) || w.yMax > w.pageHeight - mm(5));
    expect(outside.map((w) => `p${w.page}: ${w.text}`)).toEqual([]);
  });

  it('prints the short words of a narrow table (four columns or fewer) whole, never broken at a syllable', () => {
    // Words found only in narrow tables (the same word in prose may break there), and how they print.
    const narrowWords = new Set<string>();
    const proseWords = new Set<string>();
    const wordsOf = (html: string) =>
      html
        .replace(/<code>[\s\S]*?<\/code>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\u00ad/g, '')
        .match(/\p{L}{7,11}/gu) ?? [];
    for (const q of allQuestions(d)) {
      for (const [table] of q.answerHtml.matchAll(/<table>[\s\S]*?<\/table>/g)) {
        const firstRow = /<tr>([\s\S]*?)<\/tr>/.exec(table)?.[1] ?? '';
        if ((firstRow.match(/<t[dh][\s>]/g) ?? []).length <= 4) wordsOf(table).forEach((w) => narrowWords.add(w));
      }
      [q.html, q.cardHtml, q.answerHtml.replace(/<table>[\s\S]*?<\/table>/g, ' ')].forEach((html) => wordsOf(html).forEach((w) => proseWords.add(w)));
    }
    const only = new Set([...narrowWords].filter((w) => !proseWords.has(w)));
    expect(only.size).toBeGreaterThan(3);
    const words = pdfWords(file()).map((w) => w.text);
    const broken = words.flatMap((t, i) =>
      /[-\u2010]$/.test(t) && only.has(t.slice(0, -1) + (words[i + 1] ?? '').replace(/[^\p{L}].*$/u, '')) ? [`${t}${words[i + 1]}`] : [],
    );
    expect(broken).toEqual([]);
  });

  it('mirrors the margins: the binding margin inside, the wide one outside, on odd and even pages', () => {
    // The running head starts at the left margin of every page but the cover.
    const words = pdfWords(file());
    for (let p = 2; p <= pages.length; p++) {
      const left = Math.min(...words.filter((w) => w.page === p).map((w) => w.xMin));
      const right = words.find((w) => w.page === p)!.pageWidth - Math.max(...words.filter((w) => w.page === p).map((w) => w.xMax));
      // Odd pages are right-hand pages, bound on their left; even pages are bound on their right.
      const { inner, outer } = GUIDE_PAGES[paper].margins;
      expect(left, `page ${p} left margin`).toBeCloseTo(p % 2 === 1 ? mm(inner) : mm(outer), 0);
      expect(right, `page ${p} right margin`).toBeGreaterThanOrEqual((p % 2 === 1 ? mm(outer) : mm(inner)) - 2);
    }
  });

  it('has the paper size on every page, is tagged, with the deck as metadata and every font embedded', () => {
    for (const s of pageSizes(file())) expect([Math.round(s.width), Math.round(s.height)]).toEqual(SIZES[paper]);
    const info = pdfInfo(file());
    expect(info.Title).toBe(d.title);
    expect(info.Author).toBe(d.author);
    expect(info.Subject).toBe(d.subtitle);
    expect(info.Keywords).toBe(d.tags.join(', '));
    expect(info.Tagged).toBe('yes');
    const fonts = execFileSync('pdffonts', [file()], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(1);
    for (const line of fonts) expect(line.split(/\s+/).slice(-5)[0], line).toBe('yes');
  });
});
