import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A deck that levels its questions (easy and hard only) combined with a bank that gives no levels
// at all (Q:/A: pairs). Printed alone the bank has no badges; combined, each of its questions
// wore a "MEDIUM" badge it never said, in the guide, on its cards, the cheat sheet and the quiz.
const LEVELLED = [
  '# Networks',
  '',
  '## Basics',
  '',
  'Level: easy',
  '',
  '### What does a switch connect?',
  '',
  '> Hosts on one LAN.',
  '',
  '## Design',
  '',
  'Level: hard',
  '',
  '### How do you plan a network for many sites?',
  '',
  '> Hub and spoke, with redundant links.',
  '',
].join('\n');
const BANK = [
  '# Linux Q&A',
  '',
  '**Q:** What is a process?',
  '',
  '**A:** A running program with its own memory.',
  '',
  '**Q:** What does chmod change?',
  '',
  '**A:** The permission bits of a file.',
  '',
].join('\n');

describe('a combined deck with a part that gives no levels', () => {
  let out = '';
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'networks.md'), LEVELLED);
    await writeFile(path.join(dir, 'linux.md'), BANK);
    out = path.join(dir, 'out', 'all');
    const { result } = await buildWith({ paths: [dir], outDir: path.join(dir, 'out'), combine: true, outputs: ['guide', 'cards', 'cheatsheet', 'quiz'] });
    expect(result.failed).toEqual([]);
  });

  it('prints no level badge on that part’s questions, and the others’ badges as before', () => {
    for (const name of ['guide', 'cards', 'cheatsheet', 'quiz']) {
      // The guide's cover lists the counts per level; every other page prints only badges.
      const pages = pdfPages(path.join(out, `${name}.pdf`)).slice(name === 'guide' ? 1 : 0);
      const text = pages.join('\n');
      expect(text, name).toMatch(/What is a process\?/);
      expect(text.match(/\bMEDIUM\b/g) ?? [], name).toEqual([]);
      expect(text, name).toMatch(/\bEASY\b/);
      expect(text, name).toMatch(/\bHARD\b/);
    }
  });

  it('counts that part’s questions under no level: the cover and the cheat sheet’s head give only the levels the decks gave', () => {
    const cover = pdfPages(path.join(out, 'guide.pdf'), true)[0];
    expect(cover).toMatch(/Questions\s+4\b/);
    expect(cover).not.toMatch(/MEDIUM\s+2\b/);
    const head = pdfPages(path.join(out, 'cheatsheet.pdf'))[0];
    expect(head).toMatch(/4 questions · 1 easy · (?:0 medium · )?1 hard/);
  });
});
