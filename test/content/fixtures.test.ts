import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { StudyguideError } from '../../src/errors.js';
import type { Deck } from '../../src/model/deck.js';

// Each folder under test/fixtures/parse/ is one case: input.md plus either expected.json (a
// summary of the parsed model) or expected-error.txt (the exact one-line error). A new case is
// a new folder. UPDATE_FIXTURES=1 writes a missing expected file, to be read and checked by eye.
const root = 'test/fixtures/parse';
const cases = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'input.md'))).sort();

/** What a reader of the deck would check: structure, levels, tags, both answers, warnings. */
function summarize(deck: Deck) {
  return {
    title: deck.title,
    subtitle: deck.subtitle ?? null,
    author: deck.author ?? null,
    date: deck.date ?? null,
    lang: deck.lang,
    tags: deck.tags,
    introHtml: deck.introHtml,
    sections: deck.sections.map((s) => ({
      id: s.id,
      title: s.title,
      level: s.level ?? null,
      introHtml: s.introHtml,
      questions: s.questions.map((q) => ({
        number: q.number,
        id: q.id,
        line: q.line,
        text: q.text,
        html: q.html,
        level: q.level,
        tags: q.tags,
        cardText: q.cardText,
        cardHtml: q.cardHtml,
        answerHtml: q.answerHtml,
        cardGenerated: q.cardGenerated,
        answerFromCard: q.answerFromCard,
      })),
    })),
    outro: deck.outro ?? null,
    warnings: deck.diagnostics.map((d) => `${d.line}: ${d.code}: ${d.message}`),
  };
}

async function outcome(file: string): Promise<{ summary?: ReturnType<typeof summarize>; error?: string }> {
  try {
    return { summary: summarize(await loadDeck(file)) };
  } catch (err) {
    if (err instanceof StudyguideError) return { error: err.format() };
    throw err;
  }
}

describe('parser fixtures', () => {
  it('has cases of both kinds', () => {
    expect(cases.filter((c) => c.startsWith('error-')).length).toBeGreaterThan(15);
    expect(cases.filter((c) => !c.startsWith('error-')).length).toBeGreaterThan(10);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(root, name);
      const { summary, error } = await outcome(path.join(dir, 'input.md'));
      const expectedFile = path.join(dir, name.startsWith('error-') ? 'expected-error.txt' : 'expected.json');
      const actual = name.startsWith('error-') ? `${error ?? 'no error'}\n` : `${JSON.stringify(summary ?? error, null, 2)}\n`;
      if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
      // An error is one line that names the file and line, then says what to do.
      if (error) expect(error).toMatch(/^test\/fixtures\/parse\/[\w-]+\/input\.md(:\d+)?: [^\n]+ — [^\n]+$/);
    });
  }
});

describe('typography of the printed text', () => {
  it('curls quotes and apostrophes in prose, leaves code and typed addresses as written, hyphenates prose only', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const deck = parseDeck('---\ntitle: T\n---\n# T\n\n## S\n\n### It\'s "here"\n\nIt\'s a "quoted" answer -- about infrastructure... see https://example.com/a---b and `it\'s "code"`.\n\n```\nprint("it\'s") -- x...\n```\n', { file: 'x.md', slug: 'x' });
    const q = deck.sections[0].questions[0];
    expect(q.html).toBe('It’s “here”');
    expect(q.answerHtml).toContain('It’s a “quoted” answer\u00a0– about in\u00adfra\u00adstruc\u00adture…');
    expect(q.answerHtml).toContain('>https://example.com/a---b</a>');
    expect(q.answerHtml).toContain('<code class="unbroken">it\'s "code"</code>');
    expect(q.answerHtml).toContain('print("it\'s") -- x...');
  });

  it('hyphenates the prose of a Russian, Italian or Polish deck too (the hyphen package has their patterns)', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const answer = (lang: string, text: string) => parseDeck(`---\nlang: ${lang}\n---\n# T\n\n## S\n\n### Q?\n\n${text}\n`, { file: 'x.md', slug: 'x' }).sections[0].questions[0].answerHtml;
    expect(answer('ru', 'Маршрутизация пакетов.')).toContain('Марш\u00adру\u00adти\u00adза\u00adция');
    expect(answer('it', 'Disponibilità elevata.')).toContain('Di\u00adspo\u00adni\u00adbi\u00adlità');
    expect(answer('pl', 'Wysoka dostępność systemu.')).toContain('do\u00adstęp\u00adność');
  });

  it('ties a spaced dash to the word before it, in prose, headings and card answers', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const deck = parseDeck('# T\n\n## S\n\n### TCP — what is it?\n\n> TCP — надёжная доставка.\n\nIt is **reliable** — and ordered -- mostly.\n', { file: 'x.md', slug: 'x' });
    const q = deck.sections[0].questions[0];
    expect(q.html).toBe('TCP\u00a0— what is it?');
    expect(q.cardHtml).toContain('TCP\u00a0— надёжная доставка.');
    expect(q.answerHtml.replace(/\u00ad/g, '')).toContain('</strong>\u00a0— and ordered\u00a0– mostly.');
    // A hyphen with a space either side stands for a dash; a hyphen in a word or an option stays.
    const typed = parseDeck('# T\n\n## S\n\n### Q?\n\n> Swarm - the native tool; self-hosted, `a - b`, --no-cache.\n', { file: 'x.md', slug: 'x' });
    expect(typed.sections[0].questions[0].cardHtml.replace(/\u00ad/g, '')).toContain('Swarm\u00a0– the native tool; self-hosted, <code class="unbroken">a - b</code>, --no-cache.');
  });

  it('keeps the two hyphens of a command-line option written in prose, and still makes dashes between words', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const deck = parseDeck('# T\n\n## S\n\n### Q?\n\nPass --build-arg (or "--no-cache") to it -- then wait.\n', { file: 'x.md', slug: 'x' });
    const html = deck.sections[0].questions[0].answerHtml;
    expect(html).toContain('Pass --build-arg (or “--no-cache”) to it\u00a0– then wait.');
  });

  it.each([
    ['de', 'Was heißt „idempotent“?', 'Geht’s „zweimal“, ändert sich ‚nichts‘.'],
    ['de-AT', 'Was heißt „idempotent“?', 'Geht’s „zweimal“, ändert sich ‚nichts‘.'],
    ['fr', 'Was heißt «\u202Fidempotent\u202F»?', 'Geht’s «\u202Fzweimal\u202F», ändert sich “nichts”.'],
    ['es', 'Was heißt «idempotent»?', 'Geht’s «zweimal», ändert sich “nichts”.'],
    ['en', 'Was heißt “idempotent”?', 'Geht’s “zweimal”, ändert sich ‘nichts’.'],
    // A Russian deck's text in Cyrillic: Latin text alone would be read as the language it is in.
    ['ru', 'Что значит «idempotent»?', 'Это «дважды», ничего „не меняет“.', 'Что значит "idempotent"?', `Это "дважды", ничего 'не меняет'.`],
  ])('prints the quotation marks of the deck’s language (%s), in headings and answers alike', async (lang, heading, answer, asked = 'Was heißt "idempotent"?', said = `Geht's "zweimal", ändert sich 'nichts'.`) => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const deck = parseDeck(`---\nlang: ${lang}\n---\n# T\n\n## S\n\n### ${asked}\n\n> ${said}\n`, { file: 'x.md', slug: 'x' });
    const q = deck.sections[0].questions[0];
    expect(q.html).toBe(heading);
    expect(q.cardHtml.replaceAll('\u00ad', '')).toContain(answer);
  });

  it('names a file holding one labelled question after the file, without the number that orders it', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const deck = parseDeck('### Question\nWhat is DNS?\n\n### Answer\n\nNames to addresses.\n\n### Example\n\nA lookup.\n', { file: '001-what-is-dns.md', slug: '001-what-is-dns' });
    expect(deck.title).toBe('What is dns');
    expect(deck.sections.flatMap((s) => s.questions.map((q) => q.text))).toEqual(['What is DNS?']);
  });

  it('ties French ? ! ; : to the word before them with a narrow no-break space, where a space was typed', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const deck = parseDeck(`---\nlang: fr\n---\n# T\n\n## S\n\n### Qu'est-ce qu'un nœud ?\n\n> Deux cas : oui ; non ! À 10:30, « tout » va bien.\n`, { file: 'x.md', slug: 'x' });
    const q = deck.sections[0].questions[0];
    expect(q.html).toBe('Qu’<span class="nobr">est-ce</span> qu’un nœud\u202F?');
    expect(q.cardHtml.replaceAll('\u00ad', '')).toContain('Deux cas\u202F: oui\u202F; non\u202F! À 10:30, «\u202Ftout\u202F» va bien.');
  });

  it('takes out a space typed before the question mark that ends a sentence, outside French, and leaves "a ? b" in a sentence', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const deck = parseDeck(`---\nlang: de\n---\n# T\n\n## S\n\n### Was ist ein Index ?\n\n> Wann \`WHERE\` und wann \`HAVING\` ? Schreib a ? b : c.\n`, { file: 'x.md', slug: 'x' });
    const q = deck.sections[0].questions[0];
    expect(q.html).toBe('Was ist ein Index?');
    expect(q.cardHtml.replaceAll('\u00ad', '')).toContain('HAVING</code>? Schreib a ? b : c.');
  });

  it('sets titles, subtitles, authors and section titles with the quotes and dashes of the text', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const deck = parseDeck(`---\ntitle: Stats -- "Interview" questions\nsubtitle: What you'll be asked\nauthor: O'Neil\n---\n\n## Don't panic -- basics\n\n### Q?\n\n> A.\n`, { file: 'x.md', slug: 'x' });
    expect([deck.title, deck.subtitle, deck.author, deck.sections[0].title]).toEqual(['Stats – “Interview” questions', 'What you’ll be asked', 'O’Neil', 'Don’t panic – basics']);
    // A section is still picked by its title as typed on a command line.
    const { filterDeck } = await import('../../src/content/filter-deck.js');
    expect(filterDeck(deck, { section: ["don't panic - basics"] }).sections.map((s) => s.title)).toEqual(['Don’t panic – basics']);
  });

  it('drops the numbers a deck writes into its own question headings when most have one, and only then', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const numbered = parseDeck('# T\n\n## S\n\n### Q1. What is DNS?\n\n> Names.\n\n### Q2: What is TLS?\n\n> Crypto.\n\n### 3. What is a CDN?\n\n> Edges.\n', { file: 'x.md', slug: 'x' });
    expect(numbered.sections[0].questions.map((q) => [q.text, q.html, q.id])).toEqual([
      ['What is DNS?', 'What is DNS?', 'q-what-is-dns'],
      ['What is TLS?', 'What is TLS?', 'q-what-is-tls'],
      ['What is a CDN?', 'What is a CDN?', 'q-what-is-a-cdn'],
    ]);
    const some = parseDeck('# T\n\n## S\n\n### 1.5 GHz or 3 GHz?\n\n> Depends.\n\n### Why cache?\n\n> Speed.\n\n### What is TLS?\n\n> Crypto.\n', { file: 'x.md', slug: 'x' });
    expect(some.sections[0].questions[0].text).toBe('1.5 GHz or 3 GHz?');
  });
});
