import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const answerOf = (body: string) => parseDeck(`# T\n\n## S\n\n### Q?\n\n${body}\n`, { file: 'x.md', slug: 'x' }).sections[0].questions[0].answerHtml;

describe('soft hyphens', () => {
  it('go into the words of table cells, so a narrow column breaks them at a syllable', () => {
    expect(answerOf('| Property | Compression |\n| --- | --- |\n| transactions | excellent |')).toContain('trans\u00adac\u00adtions');
  });

  it('stay out of names with a capital inside, in prose and in cells, unless too long for a column', () => {
    const html = answerOf('A ClusterIP or LoadBalancer Service.\n\n| Type | Engine |\n| --- | --- |\n| ExternalName | PostgreSQLWithAVeryLongEngineName |');
    for (const name of ['ClusterIP', 'LoadBalancer', 'ExternalName']) expect(html).toContain(name);
    expect(html).not.toContain('PostgreSQLWithAVeryLongEngineName');
    expect(html.replace(/\u00ad/g, '')).toContain('PostgreSQLWithAVeryLongEngineName');
  });

  it('keep a long name whole in prose (PersistentVolumeClaims), though a table column may break it', () => {
    const html = answerOf('Claims are PersistentVolumeClaims, bound to PersistentVolumes by the controller.');
    for (const name of ['PersistentVolumeClaims', 'PersistentVolumes']) expect(html).toContain(name);
  });

  it('never carry fewer than three letters over, nor leave one behind ("gruppier-te" stays whole at its end)', () => {
    const de = parseDeck('---\nlang: de\n---\n# T\n\n## S\n\n### F?\n\nDie gruppierte Ansicht aktualisieren wir verlangsamt.\n', { file: 'x.md', slug: 'x' });
    const words = de.sections[0].questions[0].answerHtml.match(/[\p{L}\u00ad]+/gu) ?? [];
    const hyphenated = words.filter((w) => w.includes('\u00ad'));
    expect(hyphenated.length).toBeGreaterThan(0);
    for (const w of hyphenated) {
      const parts = w.split('\u00ad');
      expect(parts[0].length, w).toBeGreaterThanOrEqual(2);
      expect(parts[parts.length - 1].length, w).toBeGreaterThanOrEqual(3);
    }
  });

  // The patterns take time growing with the square of a word's length: an 80,000-letter run (a
  // pasted blob) stopped the parse after 120 s. A run longer than any word is left whole.
  it('leave a run of letters longer than any word whole, and still hyphenate the words beside it', () => {
    // 1,000 letters, ten times the longest run given soft hyphens (content/hyphenate.ts); a 10,000-letter
    // run through a whole build: test/hostile/hostile-decks.ts (letter-blob.md).
    const html = answerOf(`Hyphenation patterns ${'blob'.repeat(250)} everywhere.`);
    // Whole but for its break points (content/long-words.ts): no soft hyphen in it.
    expect(html.replaceAll('<wbr>', '')).toContain('blob'.repeat(250));
    expect(html).toContain('Hy\u00adphen\u00adation');
  });
});

describe('soft hyphens in tables', () => {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = (columns: number) =>
    [row(Array.from({ length: columns }, (_, i) => (i === 1 ? 'Examples' : `Head${i}`))), row(Array.from({ length: columns }, () => '---')), row(Array.from({ length: columns }, (_, i) => (i === 1 ? 'persistent transactions' : 'cell')))].join('\n');

  it('keep the short words of a narrow table whole, so its columns are not squeezed to a syllable', () => {
    const html = answerOf(table(4));
    expect(html).toContain('Examples');
    expect(html).toContain('persistent');
    expect(html).toContain('trans\u00adac\u00adtions');
  });

  it('go into every long-enough word of a wide table, which must fit a booklet page', () => {
    const html = answerOf(table(5));
    expect(html).toContain('per\u00adsis\u00adtent');
    // Its heads break only words of twelve letters or more, as a narrow table's cells…
    expect(html).toContain('<th>Examples</th>');
    // …up to six columns: an eight-column comparison needs every break in its heads too.
    expect(answerOf(table(8))).toContain('Ex\u00adam\u00adples');
  });

  it("keep a paragraph's or an item's last word whole, so no line holds only its end", () => {
    const html = answerOf('Replication guarantees durability.\n\n- Partitioning improves throughput');
    expect(html).toContain('Repli\u00adca\u00adtion');
    expect(html).toContain('<p>Repli\u00adca\u00adtion guar\u00adan\u00adtees durability.</p>');
    expect(html).toContain('through\u00adput'.replace('\u00ad', '') + '</li>');
    // A word too long for a card's line keeps its breaks, last or not.
    expect(answerOf('It is called multithreadedprogramming.')).toMatch(/mul\u00adti\u00ad.*pro\u00adgram/);
  });

  it('keep no break in such a long last word that would leave fewer than six letters on the last line', () => {
    const de = (body: string) => parseDeck(`---\nlang: de\n---\n# T\n\n## S\n\n### F?\n\n${body}\n`, { file: 'x.md', slug: 'x' }).sections[0].questions[0].answerHtml;
    const last = /(\S+)<\/p>/.exec(de('Ein Löschvermerk sperrt sie (Rücksicherungssperrvermerk).'))![1];
    expect(last.split('\u00ad').length).toBeGreaterThan(1);
    expect(last.split('\u00ad').at(-1)!.replace(/\P{L}/gu, '').length).toBeGreaterThanOrEqual(6);
  });

  // "Konfliktbehand-|lung" set a syllable of four letters on the next line where the compound's
  // joint ("Konflikt-|behandlung") was there to take the break: a word with a joint found keeps
  // no break that would carry fewer than five letters over.
  it('in German prose, break a compound at its joints rather than at a syllable beside one', () => {
    const de = parseDeck(
      '---\nlang: de\n---\n# T\n\n## S\n\n### F?\n\nDie Konfliktbehandlung und die Fehlerbehandlung regeln wir sorgfältig im Zeitüberschreitungsfall mit einer Rückwärtskompatibilitätsprüfung und nicht anders.\n',
      { file: 'x.md', slug: 'x' },
    );
    const html = de.sections[0].questions[0].answerHtml;
    const word = (plain: string) => (html.match(/[\p{L}\u00ad]+/gu) ?? []).find((w) => w.replaceAll('\u00ad', '') === plain)!;
    expect(word('Konfliktbehandlung')).toBe('Konflikt\u00adbehandlung');
    expect(word('Fehlerbehandlung')).toBe('Fehler\u00adbehandlung');
    expect(word('Zeitüberschreitungsfall')).toBe('Zeit\u00adüberschreitungs\u00adfall');
    // A piece of 16 letters or more keeps its syllable breaks, but none leaving a stub of under five letters.
    const long = word('Rückwärtskompatibilitätsprüfung').split('\u00ad');
    expect(long.length).toBeGreaterThan(3);
    expect(long.at(-1)).toBe('prüfung');
    // A word with no joint found keeps its syllable breaks.
    expect(word('sorgfältig')).toContain('\u00ad');
  });
});

describe('soft hyphens in Greek and Turkish', () => {
  const answerIn = (lang: string, body: string) =>
    parseDeck(`---\nlang: ${lang}\n---\n# T\n\n## S\n\n### Q?\n\n${body} Τέλος.\n`, { file: 'x.md', slug: 'x' }).sections[0].questions[0].answerHtml;

  it('break a long Greek word at its syllables, by the monotonic patterns modern Greek is written in', () => {
    // Without patterns the word stayed whole and, too long for a card or a column, ran out of it.
    expect(answerIn('el', 'Το ηλεκτροεγκεφαλογράφημα καταγράφει.')).toContain('ηλε\u00adκτρο\u00adε\u00adγκε\u00adφα\u00adλο\u00adγρά\u00adφημα');
  });

  it('break a long Turkish word at its syllables', () => {
    expect(answerIn('tr', 'Yapılandırılamayanlardan biri.')).toMatch(/Ya\u00adpı\u00adlan\u00addı\u00adrı/);
  });
});

describe('soft hyphens in the Nordic and Central European languages with labels of their own', () => {
  const answerIn = (lang: string, word: string) =>
    parseDeck(`---\nlang: ${lang}\n---\n# T\n\n## S\n\n### Q?\n\n${word} ok. Slut.\n`, { file: 'x.md', slug: 'x' }).sections[0].questions[0].answerHtml;

  // Long compounds (Finnish, Hungarian, Norwegian) stayed whole: a loose line, or a word running out of a card.
  it.each([
    ['fi', 'tietokantajärjestelmä'],
    ['hu', 'adatbázis-kezelőrendszer'],
    ['nb', 'databasehåndteringssystem'],
    ['ro', 'internaționalizarea'],
    ['bg', 'интернационализация'],
    ['sk', 'zabezpečovacieho'],
    ['ca', 'internacionalització'],
  ])('%s: %s takes soft hyphens', (lang, word) => {
    const html = answerIn(lang, word);
    expect(html).toContain('\u00ad');
    expect(html.replaceAll('\u00ad', '')).toContain(word);
  });
});

describe('a hyphen between words in Portuguese, Polish, Czech and Slovak', () => {
  // The syllables' soft hyphens dropped; the one before a hyphen kept.
  const pt = (body: string) =>
    parseDeck(`---\nlang: pt\n---\n# T\n\n## S\n\n### P?\n\n${body}\n`, { file: 'x.md', slug: 'x' }).sections[0].questions[0].answerHtml.replace(/\u00ad(?!\u2011)/g, '');

  it('is repeated on the next line when a line breaks there: a soft hyphen before a non-breaking one', () => {
    expect(pt('Os blocos inteiros podem ser ignorados sem descompactá-los antes da leitura completa.')).toContain('descompact\u00e1\u00ad\u2011los');
    expect(pt('Leve o guarda-chuva amanhã de manhã, por favor.')).toContain('guarda\u00ad\u2011chuva');
  });

  it('stays as typed in code, dates, identifiers and before a single letter, and in English', () => {
    const html = pt('A chave `valido-ate` da linha C-7 vale até 2023-08-14, diz o e-mail.');
    for (const kept of ['valido-ate', 'C-7', '2023-08-14', 'e-mail']) expect(html).toContain(kept);
    expect(answerOf('A well-known read-only replica.')).not.toContain('\u2011');
  });
});

describe('hyphenating a deck', () => {
  it('reads each word once per setting, however often the deck says it, and gives the same breaks each time', async () => {
    const { rememberingWords } = await import('../../src/content/hyphenate.js');
    const read: string[] = [];
    const hyphenate = rememberingWords((text, opts) => {
      read.push(`${opts.minWordLength}:${text}`);
      return text.length > 6 ? `${text.slice(0, 3)}\u00ad${text.slice(3)}` : text;
    });
    const once = hyphenate('replication', { hyphenChar: '\u00ad', minWordLength: 7 });
    for (let i = 0; i < 50; i++) expect(hyphenate('replication', { hyphenChar: '\u00ad', minWordLength: 7 })).toBe(once);
    expect(once).toBe('rep\u00adlication');
    // Another length setting is another reading of the same word.
    hyphenate('replication', { hyphenChar: '\u00ad', minWordLength: 12 });
    expect(read).toEqual(['7:replication', '12:replication']);
  });
});
