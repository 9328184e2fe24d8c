import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ParseThread, parseLimits } from '../../src/parse-thread/parse-off-thread.js';
import { runDeckJob } from '../../src/parse-thread/parse-deck-job.js';

// Watch mode parses on a thread that remembers pieces and fragments (content/markdown.ts): a save
// redoes only what changed. Whatever it takes from memory, the deck must be the one a fresh parse
// of the saved text gives: same HTML, and every warning at the line it is on now.
describe('a remembering parser gives what a fresh parse gives', () => {
  const thread = new ParseThread({ ...parseLimits(), inlineBytes: 0 }, { remember: true });
  afterAll(() => thread.close());
  const file = 'deck.md';

  const deck = (intro: string, first: string) =>
    [
      '# Remembered',
      '',
      intro,
      '',
      '## Basics',
      '',
      `### ${first}`,
      '',
      'A first answer with an *emphasis*.',
      '',
      '### What is a broken formula?',
      '',
      'It is $\\frac{1}$ here.',
      '',
      '### What comes after?',
      '',
      'The "last" answer -- with quotes and dashes, and a diagram:',
      '',
      '```mermaid',
      'flowchart LR',
      '  a --> b',
      '```',
      '',
    ].join('\n');

  const fresh = (text: string) => runDeckJob('parse', file, Buffer.from(text), {});
  const remembered = (text: string) => thread.parse(file, Buffer.from(text));

  it('after an edit inside a line, above the other fragments', async () => {
    await remembered(deck('An intro.', 'What is first?'));
    const edited = deck('An intro.', 'What is first, said with many more words than before?');
    const { deck: got } = await remembered(edited);
    expect(got).toEqual(fresh(edited).deck);
  });

  it('after lines were added above every fragment: the warnings move with them', async () => {
    const edited = deck('An intro.\n\nIt now has\nthree more lines.', 'What is first?');
    const { deck: got } = await remembered(edited);
    const want = fresh(edited).deck;
    expect(want.diagnostics.length).toBeGreaterThan(0);
    expect(got.diagnostics).toEqual(want.diagnostics);
    expect(got).toEqual(want);
  });

  it("a section's language follows its text: read again once the section changed, kept while it did not", async () => {
    const french = readFileSync('test/fixtures/layouts/section-language-fr/input.md', 'utf8');
    const english = `${french.slice(0, french.indexOf('## Questions en français'))}## More questions\n\n### What is a reverse proxy?\n\nA server in front of the applications that takes the clients' requests and spreads them among them.\n`;
    for (const text of [english, french, english, french]) {
      const { deck: got } = await remembered(text);
      expect(got).toEqual(fresh(text).deck);
    }
    expect((await remembered(french)).deck.sections.map((s) => s.lang)).toEqual([undefined, 'fr']);
    expect((await remembered(english)).deck.sections.map((s) => s.lang)).toEqual([undefined, undefined]);
  });

  it("a preview (watch mode's parse on each save) is the deck a build parses, without check's findings", async () => {
    const text = deck('An intro.', 'What is first?');
    const { deck: previewed } = await thread.preview(file, Buffer.from(text));
    expect(previewed).toEqual(fresh(text).deck);
  });
});
