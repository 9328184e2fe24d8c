import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmod, lstat, mkdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addIds } from '../../src/content/add-ids.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { decodeDeckText } from '../../src/content/load-deck.js';
import { runCli } from '../cli-run.js';
import { tempDir } from '../helpers.js';

/** A deck with a BOM, CRLF line ends, trailing spaces, a question that has an Id and ones that do not. */
const DECK = [
  '\uFEFF---',
  'title: Network  ',
  '---',
  '# Network',
  '',
  '## Basics',
  '',
  '### What is DNS?   ',
  '> Names to addresses.',
  '',
  '### What is TCP?',
  'Level: hard',
  '',
  '> Reliable byte streams.\t',
  '',
  '### What is UDP?',
  '',
  'Id: udp',
  '',
  'Datagrams, no delivery promise.',
  '### What is a port?',
  'A number that picks the program.',
  '',
].join('\r\n');

const guids = (bytes: Buffer) => allQuestions(parseDeck(decodeDeckText(bytes, 'net.md'), { file: 'net.md', slug: 'net' })).map((q) => q.guid);

/** The lines of `after` that are not in `before`, when `after` is `before` with lines inserted (else undefined). */
function insertedLines(before: string, after: string): string[] | undefined {
  const a = before.split('\n');
  const b = after.split('\n');
  const inserted: string[] = [];
  let i = 0;
  for (const line of b) {
    if (i < a.length && line === a[i]) i++;
    else inserted.push(line);
  }
  return i === a.length ? inserted : undefined;
}

describe('studyguide ids', () => {
  it('leaves a deck saved as UTF-16 unwritten, asking for UTF-8 (the ids are written in UTF-8)', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Deck\n\n## S\n\n### What is it?\n\nAn answer.\n', 'utf16le')]);
    expect(() => addIds(utf16, 'deck.md')).toThrow('ids are written in UTF-8 and this deck is saved as UTF-16');
  });

  it('inserts only `Id:` lines holding each question\'s current guid; every other byte stays', () => {
    const before = Buffer.from(DECK, 'utf8');
    const { text, added } = addIds(before, 'net.md');
    expect(added).toBe(3);
    const inserted = insertedLines(before.toString('utf8'), text.toString('utf8'));
    const oldGuids = guids(before);
    // Inserted: an Id line (CRLF like the file) under each heading, and a blank one where the heading had none under it.
    expect(inserted).toEqual([`Id: ${oldGuids[0]}\r`, '\r', `Id: ${oldGuids[1]}\r`, '\r', `Id: ${oldGuids[3]}\r`, '\r']);
    expect(text.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(text.toString('utf8')).toContain('### What is DNS?   \r\nId: ');
    expect(text.toString('utf8')).toContain('> Reliable byte streams.\t\r\n');
    // The notes keep their guids (review history in Anki), and the deck still reads the same.
    expect(guids(text)).toEqual(oldGuids);
    const deck = parseDeck(decodeDeckText(text, 'net.md'), { file: 'net.md', slug: 'net' });
    expect(allQuestions(deck).map((q) => [q.explicitId, q.level, q.cardText])).toEqual([
      [oldGuids[0], 'medium', 'Names to addresses.'],
      [oldGuids[1], 'hard', 'Reliable byte streams.'],
      ['udp', 'medium', 'Datagrams, no delivery promise.'],
      [oldGuids[3], 'medium', 'A number that picks the program.'],
    ]);
  });

  it('is idempotent: a second run changes nothing', () => {
    const once = addIds(Buffer.from(DECK, 'utf8'), 'net.md').text;
    const twice = addIds(once, 'net.md');
    expect(twice.added).toBe(0);
    expect(twice.text.equals(once)).toBe(true);
  });

  it('rewrites the file in place through the CLI, keeping its mode, and reports what it did', async () => {
    const dir = await tempDir('studyguide-ids-');
    const file = path.join(dir, 'net.md');
    await writeFile(file, DECK);
    await chmod(file, 0o640);
    const first = await runCli(['ids', file]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('net.md: 3 Id lines added');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    const written = await readFile(file);
    // diff(1) sees only additions: `NaM` / `NaM,K` hunks of `> ` lines.
    await writeFile(path.join(dir, 'original.md'), DECK);
    const diff = spawnSync('diff', [path.join(dir, 'original.md'), file], { encoding: 'utf8' });
    expect(diff.status).toBe(1);
    expect(diff.stdout.split('\n').filter(Boolean).every((l) => /^\d+a\d+(,\d+)?$/.test(l) || l.startsWith('> '))).toBe(true);
    expect(insertedLines(DECK, written.toString('utf8'))?.filter((l) => l.startsWith('Id: ')).length).toBe(3);
    const second = await runCli(['ids', file]);
    expect(second.stdout).toContain('every question has an Id');
    expect((await readFile(file)).equals(written)).toBe(true);
  });

  it('writes the ids into the file a linked deck points at, and keeps the link', async () => {
    // A deck linked in from a shared folder: the link was replaced by a new file holding the ids,
    // the shared deck was left without them, and nothing said the link was gone.
    const dir = await tempDir('studyguide-ids-');
    await mkdir(path.join(dir, 'shared'));
    const real = path.join(dir, 'shared', 'net.md');
    await writeFile(real, DECK);
    await chmod(real, 0o640);
    const link = path.join(dir, 'net.md');
    await symlink(path.join('shared', 'net.md'), link);
    const run = await runCli(['ids', link]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(path.join('shared', 'net.md'));
    expect(insertedLines(DECK, await readFile(real, 'utf8'))?.filter((l) => l.startsWith('Id: ')).length).toBe(3);
    expect((await stat(real)).mode & 0o777).toBe(0o640);
  });

  it('leaves a broken deck as it was, naming the file and line', async () => {
    const dir = await tempDir('studyguide-ids-');
    const file = path.join(dir, 'bad.md');
    const text = '# T\n\n## S\n\n### No answer?\n\n### Q?\n\n> a\n';
    await writeFile(file, text);
    const run = await runCli(['ids', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.md:5: question "No answer\?" has no answer/);
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});

describe('studyguide ids over decks some of which fail', () => {
  it('reports every failing deck, still adds ids to the others, and exits 1 at the end (it stopped at the first)', async () => {
    const dir = await tempDir('studyguide-ids-many-');
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await writeFile(path.join(dir, 'a.md'), utf16('# A\n\n## S\n\n### Q?\n\n> a\n'));
    await writeFile(path.join(dir, 'b.md'), '# B\n\n## S\n\n### Q?\n\n> a\n');
    await writeFile(path.join(dir, 'c.md'), utf16('# C\n\n## S\n\n### Q?\n\n> a\n'));
    const run = await runCli(['ids', dir], { NO_COLOR: '1' });
    expect(run.stderr.split('\n').filter(Boolean)).toEqual(
      ['a.md', 'c.md'].map((f) => `error: ${path.join(dir, f)}:1: ids are written in UTF-8 and this deck is saved as UTF-16 — save the file as UTF-8, then add the ids`),
    );
    expect(run.stdout).toBe(`  ${path.join(dir, 'b.md')}: 1 Id line added\n`);
    expect(run.code).toBe(1);
    expect(await readFile(path.join(dir, 'b.md'), 'utf8')).toMatch(/^Id: /m);
  });
});
