import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const WORDS =
  'the scheduler places each pod on a node whose free resources match its requests while the kubelet reports status and controllers reconcile desired with observed state'.split(
    ' ',
  );
const words = (n: number, start: number) => Array.from({ length: n }, (_, i) => WORDS[(start + i * 7) % WORDS.length]).join(' ');

/**
 * Four long answers, each a paragraph and 40 list items of three lines (every fifth one of two).
 * Chromium split such an item at a page's foot two lines and one, despite `widows: 2`: all four
 * page breaks that fell inside an item left its last line alone at the top of the next page.
 */
function listDeck(): string {
  const out = ['# Widows', '', '## Lists', ''];
  for (let q = 1; q <= 4; q++) {
    out.push(`### Question ${q}?`, '', `> Answer ${q}.`, '', `Para ${q}.0: ${words(30, q)}.`, '');
    for (let i = 1; i <= 40; i++) out.push(`- Item ${q}.${i}: ${words(i % 5 ? 23 + (i % 3) : 12, q + i)}.`);
    out.push('');
  }
  return out.join('\n');
}

/** A line that starts a block of the deck (or the page's headings), not one carried over from the page before. */
const startsBlock = (line: string) => /^(•\s*)?(Item|Para) \d+\.\d+:|^Q\d+ |^●|^In short|^Lists$/.test(line);

/** Lines of text on each page under its running head, without the page number. */
const bodyLines = (page: string) =>
  page
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l && !/^page \d+ of \d+$/.test(l));

describe('a guide of many short list items', () => {
  let file = '';
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'widows.md'), listDeck());
    const { result } = await buildWith({ paths: [path.join(dir, 'widows.md')], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    file = path.join(dir, 'out', 'widows', 'guide.pdf');
  });

  it('never opens a page with one line of an item or paragraph left from the page before', () => {
    const pages = pdfPages(file, true).slice(2).map(bodyLines);
    expect(pages.length).toBeGreaterThan(6);
    const widows = pages.flatMap((lines, i) => {
      const carried = lines.findIndex(startsBlock);
      return carried === 1 ? [`page ${i + 3}: ${lines[0]}`] : [];
    });
    expect(widows).toEqual([]);
  });
});

const CODE = [
  'kube-controller-manager',
  'aws_lb_target_group',
  'pg_stat_statements',
  'terraform.tfstate',
  'max_connections',
  'node_exporter',
  'service.beta.kubernetes.io',
  'readinessProbe',
  'spec.replicas',
];

/**
 * Four answers of 31 to 34 list items, each about 170 characters, most of them code spans that do
 * not break: three or four lines each. The render keeps an item whole by its characters (270 or
 * fewer: three lines of prose), so a four-line one was moved whole to the next page where it
 * should have split two and two, leaving two to four lines blank at the page's foot.
 */
function codeListDeck(): string {
  const c = (i: number) => `\`${CODE[i % CODE.length]}\``;
  const out = ['# Keeps', '', '## Lists', ''];
  for (let q = 1; q <= 4; q++) {
    out.push(
      `### Question ${q}?`,
      '',
      `> Answer ${q}.`,
      '',
      `Para ${q}.0: the items below are short in letters but long in lines, as code spans do not break.`,
      '',
    );
    for (let i = 1; i <= 30 + q; i++)
      out.push(`- Item ${q}.${i}: check ${c(i)} and ${c(i + 3)}, then ${c(i + 5)}, ${c(i + 1)} and ${c(i + 7)} on each host before ${c(i + 2)}.`);
    out.push('');
  }
  return out.join('\n');
}

describe('a guide of list items short in letters but four lines long', () => {
  let file = '';
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'keeps.md'), codeListDeck());
    const { result } = await buildWith({ paths: [path.join(dir, 'keeps.md')], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    file = path.join(dir, 'out', 'keeps', 'guide.pdf');
  });

  it('splits such an item two and two at a page foot with room for two lines, rather than move it whole', () => {
    const { top, bottom } = GUIDE_PAGES.a4.margins;
    const line = 11 * 1.38;
    // Each page's lines of its text block: their text and their feet, in points from the top.
    const pages = pdfWords(file).map((page) => {
      const foot = page.height - (bottom * 72) / 25.4;
      const lines: { y: number; words: string[]; bottom: number }[] = [];
      for (const w of page.words.filter((w) => w.yMax > (top * 72) / 25.4 && w.yMax <= foot + 2).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
        const at = lines.find((l) => Math.abs(l.y - w.yMin) < 3);
        if (at) {
          at.words.push(w.text);
          at.bottom = Math.max(at.bottom, w.yMax);
        } else lines.push({ y: w.yMin, words: [w.text], bottom: w.yMax });
      }
      return { foot, lines: lines.map((l) => ({ text: l.words.join(' '), bottom: l.bottom })) };
    });
    const opens = (text: string) => /^Item \d+\.\d+:|^Q\d+ /.test(text);
    const moved = pages.slice(2, -1).flatMap((page, i) => {
      const next = pages[i + 3].lines;
      if (!page.lines.length || !/^Item \d+\.\d+:/.test(next[0]?.text ?? '')) return [];
      const length = next.findIndex((l, k) => k > 0 && opens(l.text));
      const room = (page.foot - page.lines[page.lines.length - 1].bottom) / line;
      return (length < 0 ? next.length : length) >= 4 && room >= 2 ? [`page ${i + 3}: ${room.toFixed(1)} lines blank, then "${next[0].text}"`] : [];
    });
    expect(pages.length).toBeGreaterThan(8);
    expect(moved).toEqual([]);
  });
});
