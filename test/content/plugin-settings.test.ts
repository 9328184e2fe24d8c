import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { folderDeck } from '../../src/content/folder-merge.js';
import { checkDecks } from '../../src/check/check-deck.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../temp-dir.js';

parseInPlace();

/** A note kept for a notes app's flashcard plugin: its banners, its answer, then the plugin's settings block at line 12. */
const note = (n: number, deck: string) =>
  ['==== Question ====', '', `### What does step ${n} of a build do`, '', '==== Answer ====', '', `Step ${n} turns the sources into part ${n} of the output.`, '', '==== Id ====', `7${n}`, '', '---', '', 'DECK INFO', '', `TARGET DECK: ${deck}`, '', 'FILE TAGS: #Build', ''].join('\n');

async function notesFolder(): Promise<{ folder: string; files: string[] }> {
  const folder = path.join(await tempDir('sg-plugin-settings-'), 'builds');
  await mkdir(folder);
  const files = [1, 2, 3].map((n) => path.join(folder, `step-${n}.md`));
  // The third names another deck: its settings are left out all the same, said in the same line.
  await Promise.all(files.map((f, i) => writeFile(f, note(i + 1, i === 2 ? 'Build::Late' : 'Build'))));
  return { folder, files };
}

const settingsWarnings = <T extends { message: string }>(items: T[]) => items.filter((d) => d.message.includes('flashcard plugin'));

describe("a flashcard plugin's settings in every note of a folder", () => {
  it('are said once for the folder deck, with each file and line', async () => {
    const { folder, files } = await notesFolder();
    const deck = folderDeck(folder, await Promise.all(files.map((f) => loadDeck(f))));
    const said = settingsWarnings(deck.diagnostics);
    expect(said).toHaveLength(1);
    expect(said[0].file).toBe(files[0]);
    expect(said[0].line).toBe(12);
    expect(said[0].message).toContain('3 notes');
    expect(said[0].message).toContain('step-1.md:12, step-2.md:12, step-3.md:12');
    expect(said[0].message).toContain('TARGET DECK');
  });

  it('are said once by check, which reads the files one by one', async () => {
    const { folder, files } = await notesFolder();
    const result = await checkDecks([folder], { ...defaultOptions(), paths: [] });
    const said = settingsWarnings(result.findings);
    expect(said.map((f) => [path.normalize(f.file), f.line])).toEqual([[path.normalize(files[0]), 12]]);
    expect(said[0].message).toContain('step-1.md:12, step-2.md:12, step-3.md:12');
    expect(result.decks).toHaveLength(3);
  });

  it('in one note alone are said as before, naming what was left out', async () => {
    const { files } = await notesFolder();
    const said = settingsWarnings((await loadDeck(files[0])).diagnostics);
    expect(said.map((d) => d.message)).toEqual([
      "the flashcard plugin's settings of this note (DECK INFO, TARGET DECK, FILE TAGS) left out — they are the notes app's, not the bank's",
    ]);
  });
});
