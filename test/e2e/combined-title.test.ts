import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfInfo, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const deck = (title: string, question: string, lang = 'de') =>
  `---\ntitle: ${title}\nlang: ${lang}\n---\n\n## Grundlagen\n\n### ${question}\n\n> Eine kurze Antwort.\n\nEine längere Antwort in zwei Sätzen. Sie füllt eine Zeile.\n`;

/** Builds the decks with --combine and returns the combined guide's page texts and its PDF title. */
async function combined(decks: Record<string, string>, labels?: { siteTitle: string }): Promise<{ pages: string[]; title: string }> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(decks)) await writeFile(path.join(dir, name), text);
  const outDir = path.join(dir, 'out');
  const { result } = await buildWith({
    paths: Object.keys(decks).map((n) => path.join(dir, n)),
    outDir,
    combine: true,
    outputs: ['guide'],
    ...(labels ? { labels } : {}),
  });
  expect(result.failed).toEqual([]);
  const pdf = path.join(outDir, 'all', 'guide.pdf');
  return { pages: pdfPages(pdf).map((p) => p.replace(/\s+/g, ' ')), title: pdfInfo(pdf).Title };
}

describe('the title of a combined guide', () => {
  let german: { pages: string[]; title: string };
  beforeAll(async () => {
    german = await combined({ 'netz.md': deck('Netzwerke', 'Was verbindet ein Switch?'), 'daten.md': deck('Datenbanken', 'Was speichert ein Index?') });
  });

  it('is in the decks’ language when they share one: on the cover, in the running heads and the PDF’s title', () => {
    // Before: "All decks" and "2 decks, 2 questions" on a German cover and in every running head.
    expect(german.pages[0]).toContain('Lernstapel');
    expect(german.pages[0]).toContain('2 Stapel');
    expect(german.title).toBe('Lernstapel');
    expect(german.pages.join(' ')).not.toMatch(/All decks|\bdecks\b|\bquestions\b/);
    expect(german.pages.slice(1).filter((p) => p.includes('Lernstapel')).length).toBeGreaterThan(0);
  });

  it('is the configured one when the config names it (labels.siteTitle)', async () => {
    const own = await combined(
      { 'netz.md': deck('Netzwerke', 'Was verbindet ein Switch?'), 'daten.md': deck('Datenbanken', 'Was speichert ein Index?') },
      { siteTitle: 'Vorbereitung Herbst' },
    );
    expect(own.pages[0]).toContain('Vorbereitung Herbst');
    expect(own.title).toBe('Vorbereitung Herbst');
  });
});
