import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultOptions } from '../../../src/model/option-schema.js';
import { watch, type WatchEvent, type WatchHandle } from '../../../src/watch/watch.js';
import { ParseThread } from '../../../src/parse-thread/parse-off-thread.js';
import { tempDir } from '../../helpers.js';
import { fetchText } from '../../fetch-text.js';

const FIXTURE = 'test/fixtures/watch/networking.md';

/** Events as they come, and a way to wait for one. */
function recorder() {
  const events: WatchEvent[] = [];
  let wake = () => {};
  return {
    events,
    push: (e: WatchEvent) => {
      events.push(e);
      wake();
    },
    async until(test: (e: WatchEvent) => boolean): Promise<WatchEvent> {
      for (;;) {
        const found = events.find(test);
        if (found) return found;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

let running: WatchHandle | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('watch and its folders', () => {
  it('watches a deck folder again after it is deleted and made anew', { timeout: 150_000 }, async () => {
    const root = await tempDir('studyguide-watch-folder-');
    const decks = path.join(root, 'decks');
    await mkdir(decks);
    const deck = path.join(decks, 'networking.md');
    await copyFile(FIXTURE, deck);
    const text = await readFile(deck, 'utf8');
    const seen = recorder();
    running = await watch({ build: { ...defaultOptions(), paths: [decks], outDir: path.join(root, 'out') }, port: 0, pdf: false }, seen.push);
    expect(await fetchText(`${running.url}networking/guide.html`)).toContain('What is DNS?');

    await rm(decks, { recursive: true });
    await seen.until((e) => e.type === 'removed');
    await mkdir(decks);
    await writeFile(deck, text.replace('What is DNS?', 'What does a resolver do?'));
    await seen.until((e) => e.type === 'preview' && e.preview.pages?.['guide.html']?.includes('What does a resolver do?') === true);
    // And it goes on watching the new folder: a later save is seen too.
    await writeFile(deck, text.replace('What is DNS?', 'What is a zone?'));
    await seen.until((e) => e.type === 'preview' && e.preview.pages?.['guide.html']?.includes('What is a zone?') === true);
    expect(await fetchText(`${running.url}networking/guide.html`)).toContain('What is a zone?');
    // Four previews and a folder's removal: 1.6–3.5 s alone; a run at load 20 took over 60 s.
  });

  it('previews a folder of one-question files as its one deck, as the build prints it, through edits, new files and deletions', async () => {
    const root = await tempDir('studyguide-watch-folder-deck-');
    const folder = path.join(root, 'frontend');
    await cp('test/fixtures/folder-bank/questions', folder, { recursive: true });
    const seen = recorder();
    running = await watch({ build: { ...defaultOptions(), paths: [folder], outDir: path.join(root, 'out') }, port: 0, pdf: false }, seen.push);
    const guide = () => fetchText(`${running!.url}frontend/guide.html`);
    const questions = (html: string) => [...html.matchAll(/<article class="question[ "]/g)].length;
    const first = await guide();
    // One deck of four questions (its read-me left out), not one deck a file.
    expect(questions(first)).toBe(4);
    expect(first).toMatch(/What is hoisting/);
    expect(seen.events.filter((e) => e.type === 'listening').flatMap((e) => (e.type === 'listening' ? e.previews.map((p) => p.slug) : []))).toEqual([
      'frontend',
    ]);

    const hoisting = path.join(folder, 'hoisting.md');
    await writeFile(hoisting, (await readFile(hoisting, 'utf8')).replace('What is hoisting', 'What does hoisting move'));
    await seen.until((e) => e.type === 'preview' && e.preview.pages?.['guide.html']?.includes('What does hoisting move') === true);

    await writeFile(
      path.join(folder, 'closures.md'),
      '### What is a closure?\n\n> A function with the variables it was made with.\n\nIt keeps its scope alive.\n',
    );
    await seen.until((e) => e.type === 'preview' && e.preview.questions === 5);
    const five = await guide();
    expect(questions(five)).toBe(5);
    // In file-name order, as the build numbers them: closures.md comes first.
    expect(five.indexOf('What is a closure?')).toBeLessThan(five.indexOf('What does hoisting move'));

    const before = seen.events.length;
    await rm(hoisting);
    await seen.until((e) => seen.events.indexOf(e) >= before && e.type === 'preview' && e.preview.questions === 4);
    expect(await guide()).not.toMatch(/What does hoisting move/);
  }, 60_000);

  it('answers while a large deck is parsed: parsing runs off the server thread', async () => {
    const root = await tempDir('studyguide-watch-parse-');
    const deck = path.join(root, 'big.md');
    const questions = (n: number, word: string) =>
      [
        '# Big\n\n## All\n',
        ...Array.from(
          { length: n },
          (_, i) => `### ${word} question ${i + 1}?\n\n> Card ${i + 1}.\n\n${`A line of answer ${i + 1} with \`code\` and *emphasis*. `.repeat(6)}\n`,
        ),
      ].join('\n');
    await writeFile(deck, questions(20, 'First'));
    const seen = recorder();
    running = await watch({ build: { ...defaultOptions(), paths: [deck], outDir: path.join(root, 'out') }, port: 0, pdf: false }, seen.push);
    // The page is asked for the moment the watch hands the saved deck to its parser (the watch runs
    // in this process, so that call is seen here, no guessed pause): off the server's thread, the
    // answer comes while the parse goes on; a parse on the server's thread holds the answer until
    // the parse has ended. 300 questions parse for far longer than a local request takes.
    const preview = ParseThread.prototype.preview;
    let answered: Promise<{ index: string; parseEnded: boolean }> | undefined;
    const spy = vi.spyOn(ParseThread.prototype, 'preview').mockImplementation(function (this: ParseThread, file, bytes, layout) {
      const parse = preview.call(this, file, bytes, layout);
      if (!answered && bytes.includes('Second question 300?')) {
        let ended = false;
        parse.then(
          () => (ended = true),
          () => (ended = true),
        );
        answered = fetchText(running!.url).then((index) => ({ index, parseEnded: ended }));
      }
      return parse;
    });
    try {
      await writeFile(deck, questions(300, 'Second'));
      const done = await seen.until((e) => e.type === 'preview');
      expect(done.type === 'preview' && done.preview.questions).toBe(300);
      expect(answered, 'the saved deck was handed to the parser').toBeDefined();
      const { index, parseEnded } = await answered!;
      expect(index).toContain('Big');
      expect(parseEnded, 'the page was answered only after the parse ended').toBe(false);
    } finally {
      spy.mockRestore();
    }
  }, 120_000);
  it('renders a two-file bank again when only its answers file is saved, given the questions file or their folder', async () => {
    const root = await tempDir('studyguide-watch-answers-');
    const bank = path.join(root, 'bank');
    await mkdir(bank);
    const questions = path.join(bank, 'QUESTIONS.md');
    const answers = path.join(bank, 'ANSWERS.md');
    await writeFile(questions, '# Queue Prep\n\n1. What does a dead-letter queue hold?\n2. Why make a consumer idempotent?\n');
    // Long words of an answer carry soft hyphens in the guide.
    const plain = (html = '') => html.replaceAll('\u00ad', '');
    const shows = (text: string) => (e: WatchEvent) => e.type === 'preview' && plain(e.preview.pages?.['guide.html']).includes(text);
    for (const paths of [[questions], [bank]]) {
      await writeFile(answers, '# Answers\n\n1. Messages no consumer could handle.\n2. A message may arrive twice.\n');
      const seen = recorder();
      running = await watch({ build: { ...defaultOptions(), paths, outDir: path.join(root, 'out') }, port: 0, pdf: false }, seen.push);
      expect(plain(await fetchText(`${running.url}questions/guide.html`))).toContain('Messages no consumer could handle.');
      const fresh = `Poison messages, parked for a look (${paths.length === 1 && paths[0] === questions ? 'file' : 'folder'}).`;
      await writeFile(answers, `# Answers\n\n1. ${fresh}\n2. A message may arrive twice.\n`);
      await seen.until(shows(fresh));
      expect(plain(await fetchText(`${running.url}questions/guide.html`))).toContain(fresh);
      // The answers file is read with its questions, never previewed as a deck of its own.
      expect(seen.events.filter((e) => e.type === 'preview').map((e) => e.type === 'preview' && e.preview.slug)).toEqual(['questions']);
      await running.close();
      running = undefined;
    }
  }, 60_000);
  it('renders a deck again when its answers file is made later in a parallel answers folder, that folder too', async () => {
    const root = await tempDir('studyguide-watch-parallel-');
    const questions = path.join(root, 'questions', 'beginner', 'loops.md');
    await mkdir(path.dirname(questions), { recursive: true });
    await writeFile(questions, '# Loops\n\n1. When does a `do … while` body run?\n2. What does `continue` skip?\n');
    const seen = recorder();
    running = await watch({ build: { ...defaultOptions(), paths: [questions], outDir: path.join(root, 'out') }, port: 0, pdf: false }, seen.push);
    expect(await fetchText(`${running.url}loops/guide.html`)).not.toContain('At least once');
    // Neither answers/ nor answers/beginner/ is there when the watch starts.
    await mkdir(path.join(root, 'answers', 'beginner'), { recursive: true });
    await writeFile(path.join(root, 'answers', 'beginner', 'loops.md'), '# Loops: answers\n\n1. At least once, before the test.\n2. The rest of this pass.\n');
    const plain = (html = '') => html.replaceAll('\u00ad', '');
    await seen.until((e) => e.type === 'preview' && plain(e.preview.pages?.['guide.html']).includes('At least once'));
    expect(plain(await fetchText(`${running.url}loops/guide.html`))).toContain('At least once, before the test.');
  }, 60_000);
  it('renders a table bank again when an answer file it links is saved, or made after a row links it', async () => {
    const root = await tempDir('studyguide-watch-linked-');
    const deck = path.join(root, 'net.md');
    await mkdir(path.join(root, 'answers'));
    const rows = '| # | Question | Answer |\n|---|---|---|\n| 1 | What is the OSI model? | [🗝️](./answers/osi.md) |\n';
    await writeFile(deck, `# Net\n\n${rows}`);
    await writeFile(path.join(root, 'answers', 'osi.md'), 'Seven layers, from the wire up.\n');
    const seen = recorder();
    running = await watch({ build: { ...defaultOptions(), paths: [deck], outDir: path.join(root, 'out') }, port: 0, pdf: false }, seen.push);
    const plain = (html = '') => html.replaceAll('\u00ad', '');
    expect(plain(await fetchText(`${running.url}net/guide.html`))).toContain('Seven layers, from the wire up.');
    await writeFile(path.join(root, 'answers', 'osi.md'), 'Seven layers, each serving the one above.\n');
    await seen.until((e) => e.type === 'preview' && plain(e.preview.pages?.['guide.html']).includes('each serving the one above'));
    // A row added later links a file in a folder not there when the watch began.
    await writeFile(deck, `# Net\n\n${rows}| 2 | What does DNS resolve? | [🗝️](./names/dns.md) |\n`);
    await seen.until((e) => e.type === 'preview' && plain(e.preview.pages?.['guide.html']).includes('What does DNS resolve?'));
    await mkdir(path.join(root, 'names'));
    await writeFile(path.join(root, 'names', 'dns.md'), 'Names to addresses.\n');
    await seen.until((e) => e.type === 'preview' && plain(e.preview.pages?.['guide.html']).includes('Names to addresses.'));
    // The answer files are read with the deck, never previewed as decks of their own.
    expect(new Set(seen.events.filter((e) => e.type === 'preview').map((e) => e.type === 'preview' && e.preview.slug))).toEqual(new Set(['net']));
  }, 60_000);
});
