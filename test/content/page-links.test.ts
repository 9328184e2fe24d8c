import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDeck } from '../../src/content/parse-deck.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { StudyguideError } from '../../src/errors.js';
import { untypeset } from '../untypeset.js';

// A bank kept as several pages opens each with a list of links to the others (`* [Basics](basics.md)`).
// On paper they lead nowhere: the list printed as the deck's intro.
const file = 'test/fixtures/layouts/numbered-page-links/input.md';

describe('a list of links to the bank’s other pages', () => {
  it('is navigation where the page opens with it: left out of the intro and counted', () => {
    const deck = parseDeck(readFileSync(file, 'utf8'), { file, slug: 'workloads' });
    expect(untypeset(deck.introHtml)).toBe('<p>Questions on running applications in a cluster.</p>');
    expect(deck.reading).toMatchObject({ navigation: 1, navigationLines: [{ from: 3, to: 6 }] });
    // Further down, a list of links is an answer's own ("See also:").
    expect(deck.sections[0].questions[2].answerHtml).toContain('href="batch.md"');
  });

  it('is left out of a deck of our own too', () => {
    const deck = parseDeck('# DNS\n\n- [Records](records.md)\n- [Resolvers](resolvers.md)\n\n## Records\n\n### What is a TTL?\n\n> How long a record may be cached.\n', { file: 'dns.md', slug: 'dns' });
    expect(deck.introHtml).toBe('');
    expect(deck.reading?.navigation).toBe(1);
  });

  it('stays where the page says something first, or links one page only', () => {
    const after = parseDeck('# DNS\n\nNotes on names.\n\n- [Records](records.md)\n- [Resolvers](resolvers.md)\n\n### 1. What is a TTL?\n\nHow long a record may be cached.\n', { file: 'dns.md', slug: 'dns' });
    expect(after.introHtml).toContain('records.md');
    const one = parseDeck('# DNS\n\n- [Records](records.md)\n\n### 1. What is a TTL?\n\nHow long a record may be cached.\n', { file: 'dns.md', slug: 'dns' });
    expect(one.introHtml).toContain('records.md');
  });

  it('reads a list with an empty item as any other list', () => {
    expect(() => parseDeck('- item\n-', { file: 'r.md', slug: 'r' })).toThrow(StudyguideError);
  });

  it('still makes a page of links and no questions a folder’s index, not a deck', async () => {
    const index = '# Kubernetes\n\n- [Basics](basics.md)\n- [Workloads](workloads.md)\n';
    expect(() => parseDeck(index, { file: 'topics.md', slug: 'topics' })).toThrow(StudyguideError);
    expect(() => parseDeck(index, { file: 'topics.md', slug: 'topics' })).toThrow(/an index of other files \(basics\.md, workloads\.md\)/);
    await expect(loadDeck(file)).resolves.toBeTruthy();
  });
});

// A page kept deep in a bank opens with the way to it (`[Home](../README.md) > [Frontend](./README.md) > CSS`).
describe('a breadcrumb line over a page', () => {
  const deckWith = (line: string) => parseDeck(`# CSS\n\n${line}\n\nLayout questions.\n\n## Layout\n\n### What is the box model?\n\n> Content, padding, border, margin.\n`, { file: 'css.md', slug: 'css' });

  it('is navigation, not the intro: left out and counted, in a deck of our own too', () => {
    for (const line of ['[Home](../README.md) > [Frontend](./README.md) > CSS', '[Home](../README.md) / [Frontend](README.md) / **CSS**', '[Topics](../README.md) › CSS', '🏠 [Home](../../README.md) » [Web](../README.md)']) {
      const deck = deckWith(line);
      expect(untypeset(deck.introHtml), line).toBe('<p>Layout questions.</p>');
      expect(deck.reading, line).toMatchObject({ navigation: 1, navigationLines: [{ from: 3, to: 3 }] });
    }
  });

  it('stays where the line says something of its own', () => {
    for (const line of ['Read [the basics](../README.md) > then come back to these', '[Chrome](https://chrome.example) > [Firefox](https://firefox.example) in layout speed, by our own measure']) {
      expect(deckWith(line).introHtml, line).toContain('href=');
    }
  });
});

// The words of a page's links in the languages banks are written in (fixture numbered-page-links-es):
// read as English only, a bank's `Volver arriba` printed in every answer and `Ver otras preguntas` as its intro.
describe('a page link’s words in other languages', () => {
  const bank = (over: string, after: string) => `# Banco\n\n${over}\n\n### 1. Was ist ein Pod?\n\nDie kleinste Einheit.\n\n${after}\n\n### 2. Was ist ein Knoten?\n\nEine Maschine.\n`;
  const pageWords = [
    'View other interview questions',
    'Read more',
    'Weitere Interviewfragen ansehen',
    'Weiterlesen',
    'Voir les autres questions d’entretien',
    'Lire la suite',
    'Ver otras preguntas de entrevista',
    'Leer más',
    'Ver outras perguntas de entrevista',
    'Leia mais',
    'Посмотреть другие вопросы для собеседования',
    'Читать далее',
    '查看更多面试题',
    '阅读全文',
    '他の面接質問を見る',
    '続きを読む',
    '다른 면접 질문 보기',
    '더 보기',
  ];

  it('leaves the words copied as a plain line out, with a warning at its line', () => {
    for (const words of pageWords) {
      const deck = parseDeck(bank(words, ''), { file: 'b.md', slug: 'b' });
      expect(deck.introHtml, words).toBe('');
      expect(deck.diagnostics.map((d) => `${d.line}: ${d.code}`), words).toContain('3: left-out');
    }
  });

  const backWords = ['🏠 Home', '🏠 홈으로', 'Zur Startseite', 'Retour à l’accueil', 'На главную', 'ホームへ', 'Nach oben', 'Zurück zum Inhalt', 'Retour en haut', 'Retour au sommaire', 'Volver arriba', 'Volver al índice', 'Voltar ao topo', 'Наверх', 'К содержанию', '返回顶部', '回到目錄', 'トップに戻る', '目次に戻る', '맨 위로', '목차로 돌아가기'];

  it('leaves a link back up out of the answer above it, as a link to the bank’s page or in HTML', () => {
    for (const words of backWords) {
      for (const link of [
        `[${words}](https://github.com/someone/bank#readme)`,
        `<div align="right"><a href="#inhalt">${words}</a></div>`,
        `<p class="breadcrumb"><a href="/study/home.html">${words}</a></p>`,
      ]) {
        const deck = parseDeck(bank('Fragen zu Clustern.', link), { file: 'b.md', slug: 'b' });
        expect(untypeset(deck.sections[0].questions[0].answerHtml), link).toBe('<p>Die kleinste Einheit.</p>');
      }
    }
  });

  it('keeps a line that says more than a link would', () => {
    for (const words of ['Read more about pods in the official guide before the interview', 'Nach oben skalieren ist teurer als zur Seite']) {
      const deck = parseDeck(bank(words, ''), { file: 'b.md', slug: 'b' });
      expect(untypeset(deck.introHtml), words).toContain(words.split(' ')[0]);
    }
  });
});
