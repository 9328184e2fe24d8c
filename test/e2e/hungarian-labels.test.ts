import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/** A Hungarian deck of two sections, one question each. */
const deck = (title: string, questions: [string, string][]) =>
  [
    '---',
    `title: ${title}`,
    'lang: hu',
    '---',
    '',
    ...questions.flatMap(([section, q]) => [`## ${section}`, '', `### ${q}`, '', '> Röviden megírt válasz.', '']),
  ].join('\n');

/** A PDF's lines, spaces folded. */
const lines = (file: string) =>
  pdfPages(file)
    .join('\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());

// Hungarian puts the number first: "2. rész" (part 2), "3. o." (page 3); "rész 2" and "o. 3" read wrong.
describe('a Hungarian combined guide and cheat sheet', () => {
  it('print parts as "2. rész" and page references as "3. o."', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'halozat.md'),
      deck('Hálózatok', [
        ['Alapok', 'Mit köt össze egy kapcsoló?'],
        ['Üzemeltetés', 'Hogyan keressük a csomagvesztést?'],
      ]),
    );
    await writeFile(
      path.join(dir, 'adatbazis.md'),
      deck('Adatbázisok', [
        ['Alapok', 'Mit tárol egy index?'],
        ['Tervezés', 'Hogyan osztjuk fel a táblát?'],
      ]),
    );
    const outDir = path.join(dir, 'out');
    const { result } = await buildWith({
      paths: [path.join(dir, 'halozat.md'), path.join(dir, 'adatbazis.md')],
      outDir,
      combine: true,
      outputs: ['guide', 'cheatsheet'],
    });
    expect(result.failed).toEqual([]);
    const guide = lines(path.join(outDir, 'all', 'guide.pdf'));
    // The contents and each part's opening page: in uppercase, as part labels are set.
    const parts = guide.filter((l) => /RÉSZ/i.test(l));
    expect(parts.length).toBeGreaterThanOrEqual(4);
    for (const l of parts) expect(l).toMatch(/^[12]\. RÉSZ$/i);
    const sheet = lines(path.join(outDir, 'all', 'cheatsheet.pdf'));
    const entry = sheet.find((l) => l.includes('csomagvesztést')) ?? '(no line)';
    expect(entry).toMatch(/\d+\. o\.$/);
    expect(sheet.join('\n')).not.toMatch(/\bo\. \d/);
  }, 240_000);
});
