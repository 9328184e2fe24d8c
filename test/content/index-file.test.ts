import { describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseMarkdown } from '../../src/content/markdown.js';
import { notADeck } from '../../src/content/index-file.js';
import { runCli } from '../cli-run.js';
import { tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// A bank kept as one file per topic, with a read-me linking them: the read-me is no deck.
parseInPlace();

const INDEX = '# Platform questions\n\n- [Linux](linux.md)\n- [Networking](./net/networking.md#top)\n- [The course site](https://example.org/notes.md)\n';
const DECK = (title: string) => `# ${title}\n\n## Basics\n\n### What is ${title}?\n\n> It is ${title}.\n`;

describe('a folder index or read-me with no questions', () => {
  it('is an index when it links two markdown files beside it, or is named like a read-me', () => {
    expect(notADeck('topics.md', parseMarkdown(INDEX))?.message).toBe('no questions here: an index of other files (linux.md, ./net/networking.md), not a deck; left out');
    expect(notADeck('README.md', parseMarkdown('# Notes\n\nWhat this folder is for.\n'))?.message).toContain("a folder's read-me");
    // One link, or links to web pages only: a deck missing its questions, which stays an error.
    expect(notADeck('deck.md', parseMarkdown('# Deck\n\nSee [the other](other.md).\n'))).toBeUndefined();
    expect(notADeck('deck.md', parseMarkdown('# Deck\n\n[a](https://a.org/x.md) [b](http://b.org/y.md)\n'))).toBeUndefined();
  });

  it('is left out of a folder build with a warning while the decks beside it build; alone, it fails the build', async () => {
    const dir = await tempDir('studyguide-index-');
    await writeFile(path.join(dir, 'README.md'), INDEX);
    await writeFile(path.join(dir, 'linux.md'), DECK('Linux'));
    await mkdir(path.join(dir, 'net'));
    await writeFile(path.join(dir, 'net', 'networking.md'), DECK('Networking'));
    const out = path.join(dir, 'out');
    const run = await runCli(['build', dir, '--out', out, '--outputs', 'csv'], { NO_COLOR: '1' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${path.join(dir, 'README.md')}:1: warning: no questions here: an index of other files`);
    expect((await readdir(out)).filter((f) => !f.startsWith('.')).sort()).toEqual(['index.html', 'linux']);
    const alone = await runCli(['build', path.join(dir, 'README.md'), '--out', out, '--outputs', 'csv'], { NO_COLOR: '1' });
    expect(alone.code).toBe(1);
    // `check` agrees: a warning beside decks, an error alone.
    expect((await runCli(['check', dir])).code).toBe(0);
    expect((await runCli(['check', path.join(dir, 'README.md')])).code).toBe(1);
    expect(alone.stderr.trim().split('\n')).toEqual([`error: ${path.join(dir, 'README.md')}:1: no questions here: an index of other files (linux.md, ./net/networking.md), not a deck — build the decks themselves; a deck needs "### Question?" headings with answers under them`]);
  });
});
