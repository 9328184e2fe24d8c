import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findDeckFiles, slugFromFile } from '../../src/content/deck-files.js';
import { tempDir } from '../helpers.js';
// In this process: the current source, no compiled dist/ and no Node start.
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';

// Its builds and checks parse in this process, whose markdown stack is loaded, not on a thread that
// loads it again (about a second each); the thread: test/e2e/faults/parse-limits, test/api.
parseInPlace();

const DECK = (title: string) => `# ${title}\n\n## S\n\n### Question of ${title}?\n\n> Answer.\n`;

describe('output folder names (slugs)', () => {
  it('keep the letters of any script, lowercased, with accents whole', () => {
    expect(slugFromFile('decks/Вопросы.md')).toBe('вопросы');
    expect(slugFromFile('日本語.md')).toBe('日本語');
    expect(slugFromFile('café-résumé.md')).toBe('café-résumé');
    // The same name typed decomposed (as macOS file systems store it) gives the same folder.
    expect(slugFromFile('cafe\u0301-re\u0301sume\u0301.md')).toBe('café-résumé');
    expect(slugFromFile('Kubernetes & Docker (2024).md')).toBe('kubernetes-docker-2024');
    expect(slugFromFile('!!!.md')).toBe('deck');
    // A deck kept as a folder's read-me or index is named after its folder (`basic/README.md`, `hard/README.md`).
    expect(slugFromFile('interview-questions/basic/README.md')).toBe('basic');
    expect(slugFromFile('banks/Hard/index.md')).toBe('hard');
    expect(slugFromFile('basic/CHANGELOG.md')).toBe('changelog');
  });

  it('are cut at 80 characters, never inside one', () => {
    const slug = slugFromFile(`${'𝒜b'.repeat(100)}.md`);
    expect(Array.from(slug)).toHaveLength(80);
    expect(slug.startsWith('𝒜b𝒜')).toBe(true);
    expect(slug).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('two names that give one folder are refused, naming both files', async () => {
    const dir = await tempDir('studyguide-slugs-');
    await writeFile(path.join(dir, 'Café.md'), DECK('A'));
    await writeFile(path.join(dir, 'cafe\u0301.md'), DECK('B'));
    await expect(findDeckFiles([dir])).rejects.toThrow(/would be written to the output folder "café"/);
  });

  it('two names spelling é two ways are said to look the same', async () => {
    const dir = await tempDir('studyguide-slugs-');
    await writeFile(path.join(dir, 'caf\u00e9.md'), DECK('A'));
    await writeFile(path.join(dir, 'cafe\u0301.md'), DECK('B'));
    await expect(findDeckFiles([dir])).rejects.toMatchObject({ hint: expect.stringMatching(/their names look the same but spell an accented letter two ways/) });
  });

  it('two deck.md in two folders are refused with the names that would part them', async () => {
    const dir = await tempDir('studyguide-slugs-');
    for (const folder of ['Networking', 'storage']) {
      await mkdir(path.join(dir, folder));
      await writeFile(path.join(dir, folder, 'deck.md'), DECK(folder));
    }
    await expect(findDeckFiles([path.join(dir, 'Networking', 'deck.md'), path.join(dir, 'storage', 'deck.md')])).rejects.toMatchObject({
      message: expect.stringMatching(/would be written to the output folder "deck"$/),
      hint: `name each after its folder (${path.join(dir, 'storage', 'storage.md')}), or call each README.md: a deck so named takes its folder's name`,
    });
  });

  it('decks named in different scripts build side by side', async () => {
    const dir = await tempDir('studyguide-slugs-');
    const decks = path.join(dir, 'decks');
    const out = path.join(dir, 'out');
    await mkdir(decks);
    await writeFile(path.join(decks, 'Вопросы.md'), DECK('Вопросы'));
    await writeFile(path.join(decks, '日本語.md'), DECK('日本語'));
    await writeFile(path.join(decks, 'café-résumé.md'), DECK('Café'));
    const run = await runCli(['build', decks, '--out', out, '--outputs', 'csv'], { NO_COLOR: '1' });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'вопросы', 'cards.csv'), 'utf8')).toContain('Question of Вопросы?');
    expect(readFileSync(path.join(out, '日本語', 'cards.csv'), 'utf8')).toContain('Question of 日本語?');
    expect(existsSync(path.join(out, 'café-résumé', 'cards.csv'))).toBe(true);
    expect(existsSync(path.join(out, 'deck'))).toBe(false);
  });
});
