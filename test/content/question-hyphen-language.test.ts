import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

// A German question in an English deck broke its words by the English patterns: "vergle-icht",
// "Hochverfügbarkeitsin-frastruktur" in the A5 booklet. Its words now break by German rules.
const GERMAN = [
  'Eine Datenbankreplikationsverzögerungsüberwachung vergleicht fortlaufend die Protokollposition des Primärservers mit der Wiedergabeposition jedes Replikats.',
  'Die Hochverfügbarkeitsinfrastrukturverantwortlichen legen Schwellenwerte fest, und die Benachrichtigungskonfigurationsverwaltung sorgt dafür, dass alle rechtzeitig alarmiert werden.',
].join(' ');
const ENGLISH = 'A replica compares its replay position with the primary and reports the difference in bytes and seconds, which the monitoring compares with thresholds.';

const answerOf = (body: string, title: string) => {
  const deck = parseDeck(`---\nlang: en\n---\n# Deck\n\n## Replikation\n\n### ${title}\n\n> Kurz.\n\n${body}\n`, { file: 'mixed.md', slug: 'mixed' });
  return deck.sections[0].questions[0].answerHtml;
};

describe('a question in another language than its deck', () => {
  it('breaks its words by its own language', () => {
    const html = answerOf(GERMAN, 'Was ist eine Replikationsüberwachung?');
    expect(html).toContain('ver\u00adgleicht');
    expect(html).not.toContain('vergle\u00adicht');
    expect(html).toContain('verfügbarkeits\u00adinfrastruktur');
  });

  it('leaves an English question of the deck to English rules', () => {
    expect(answerOf(ENGLISH, 'What is replication monitoring?')).toContain('mon\u00adi\u00adtor\u00ading');
  });
});
