import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { nameStdin, saveStdinDeck, stdinSlug } from '../../src/content/stdin-deck.js';
import { StudyguideError } from '../../src/errors.js';

describe('a deck from standard input', () => {
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

  it('refuses an empty input and a terminal with nothing piped in', async () => {
    await expect(saveStdinDeck(Readable.from([' \n']))).rejects.toThrow('standard input is empty');
    await expect(saveStdinDeck(Object.assign(Readable.from([]), { isTTY: true }))).rejects.toThrow(/none is piped in/);
  });

  it('is called <stdin> in the messages, not by its temporary path', () => {
    const file = '/tmp/studyguide-stdin-x/deck.md';
    expect(nameStdin({ type: 'decks', files: ['a.md', file] }, file)).toEqual({ type: 'decks', files: ['a.md', '<stdin>'] });
    const warning = nameStdin({ type: 'warning', diagnostic: { file, line: 4, severity: 'warning', code: 'c', message: 'm' } }, file);
    expect(warning.type === 'warning' && warning.diagnostic.file).toBe('<stdin>');
    const failed = nameStdin({ type: 'deck-failed', file, error: new StudyguideError('bad level', { file, line: 7, hint: 'use easy' }) }, file);
    expect(failed.type === 'deck-failed' && (failed.error as StudyguideError).format()).toBe('<stdin>:7: bad level — use easy');
  });
});
