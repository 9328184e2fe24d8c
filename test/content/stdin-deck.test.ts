import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { nameStdin, saveStdinDeck, stdinSlug } from '../../src/content/stdin-deck.js';
import { StudyguideError } from '../../src/errors.js';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';

/** Runs the CLI in this process with `text` as its standard input. */
async function withStdin<T>(text: string | Buffer, run: () => Promise<T>): Promise<T> {
  const saved = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(text)]), configurable: true });
  try {
    return await run();
  } finally {
    Object.defineProperty(process, 'stdin', saved);
  }
}


// About what the command prints and reads, not the parser's thread: decks parse in place.
parseInPlace();
describe('a deck from standard input', () => {
  it('is checked by `check -`, its findings and read line named <stdin>', async () => {
    const deck = '# Piped Deck\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n\n### What is DNS?\n\n> Again.\n\n### What is TTL?\n';
    const run = await withStdin(deck, () => runCli(['check', '-', '--no-config'], { NO_COLOR: '1' }));
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^<stdin>:13: error: question "What is TTL\?" has no answer/), '1 error, 0 warnings in 1 deck']);
    const fine = await withStdin(deck.replace('### What is TTL?\n', '### What is TTL?\n\n> Time to live.\n'), () => runCli(['check', '-', '--no-config', '--json']));
    expect(fine.code).toBe(0);
    const json = JSON.parse(fine.stdout) as { files: string[]; decks: { file: string; read: string }[]; findings: { file: string; line: number; code: string }[] };
    expect(json.files).toEqual(['<stdin>']);
    expect(json.findings.map((f) => `${f.file}:${f.line} ${f.code}`)).toEqual(['<stdin>:9 duplicate-question']);
    expect(json.decks).toEqual([{ file: '<stdin>', read: '3 questions (studyguide format)' }]);
  });

  it('is named by --name, else its front-matter title, else its # title', () => {
    const deck = '---\ntitle: Cloud Networking 101\n---\n# Other\n';
    expect(stdinSlug(deck, 'My Deck')).toBe('my-deck');
    expect(stdinSlug(deck)).toBe('cloud-networking-101');
    expect(stdinSlug('---\nauthor: ann\n---\n\n# SRE Basics\n')).toBe('sre-basics');
    expect(stdinSlug('no title at all\n')).toBe('stdin');
  });

  it('is saved whole as <slug>.md, and removed afterwards', async () => {
    const text = '# Piped Deck\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n';
    const saved = await saveStdinDeck(Readable.from([Buffer.from(text.slice(0, 10)), Buffer.from(text.slice(10))]));
    expect(path.basename(saved.file)).toBe('piped-deck.md');
    expect(readFileSync(saved.file, 'utf8')).toBe(text);
    await saved.remove();
    expect(existsSync(path.dirname(saved.file))).toBe(false);
  });

  it('stops reading an endless input at the deck size limit, with the limit and what to do', async () => {
    // `yes | studyguide check -` or `< /dev/zero`: the input never ends; reading it whole never returned.
    let read = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      // 100 chunks stand for an endless stream: past the limit the reader must stop asking.
      for (; read < 100; read++) yield Buffer.alloc(65536, 0x61);
    }
    const refused = saveStdinDeck(endless()).then(
      (saved) => saved.remove(),
      (e: unknown) => e,
    );
    const error = await refused;
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).message).toMatch(/standard input is over the 4 MB limit/);
    expect((error as StudyguideError).hint).toMatch(/split it into several decks/);
    expect(read).toBeLessThanOrEqual(4 * 16 + 1);
  });

  it('keeps the bytes piped in, so a deck not saved as UTF-8 is refused as a file would be', async () => {
    const bytes = Buffer.from('# Caf\xe9 deck\n\n### What is caf\xe9?\n\n> Coffee.\n', 'latin1');
    const saved = await saveStdinDeck(Readable.from([bytes]));
    expect(readFileSync(saved.file)).toEqual(bytes);
    await saved.remove();
  });

  it('is named <stdin> in every message about it: empty, over the size limit, not UTF-8', async () => {
    // These three once named it "-" for two of them and "<stdin>" for the third.
    const first = async (text: string | Buffer, command: string) => {
      const run = await withStdin(text, () => runCli([command, '-', '--no-config'], { NO_COLOR: '1' }));
      return `${run.stdout}${run.stderr}`.trim().split('\n')[0];
    };
    expect(await first(' \n', 'check')).toBe('error: <stdin>: standard input is empty — pipe a deck in: cat deck.md | studyguide build -');
    expect(await first('a'.repeat(4 * 1048576 + 1), 'check')).toBe('error: <stdin>: standard input is over the 4 MB limit for a deck — split it into several decks');
    expect(await first(Buffer.from('# Deck\n\n### Caf\xe9?\n', 'latin1'), 'check')).toBe('<stdin>:3: error: not valid UTF-8 text — save the file as UTF-8');
  });

  it('refuses an empty input and a terminal with nothing piped in', async () => {
    await expect(saveStdinDeck(Readable.from([' \n']))).rejects.toThrow('standard input is empty');
    await expect(saveStdinDeck(Object.assign(Readable.from([]), { isTTY: true }))).rejects.toThrow(/none is piped in/);
  });

  it('is called <stdin> in the messages, not by its temporary path', () => {
    const file = '/tmp/studyguide-stdin-x/deck.md';
    expect(nameStdin({ type: 'decks', files: ['a.md', file] }, file)).toEqual({ type: 'decks', files: ['a.md', '<stdin>'] });
    const warning = nameStdin({ type: 'warning', diagnostic: { file, line: 4, severity: 'warning', code: 'no-card-answer', message: 'm' } }, file);
    expect(warning.type === 'warning' && warning.diagnostic.file).toBe('<stdin>');
    const failed = nameStdin({ type: 'deck-failed', file, error: new StudyguideError('bad level', { file, line: 7, hint: 'use easy' }) }, file);
    expect(failed.type === 'deck-failed' && (failed.error as StudyguideError).format()).toBe('<stdin>:7: bad level — use easy');
  });
});
