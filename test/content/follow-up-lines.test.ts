import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A bold line asking a follow-up inside an answer (`**Cross-question: …?**`) printed as bold words
// run on into the answer's lines.
describe('a bold follow-up line inside an answer', () => {
  const deck = parseDeck(
    [
      '# Queues',
      '',
      '## Basics',
      '',
      '### What does a dead-letter queue hold?',
      '',
      '> Messages no consumer could handle.',
      '',
      'They land there after too many failed tries.',
      '**Cross-question: Who empties it?**',
      'An operator, or a job that retries them later.',
      '',
      '**Follow-up: What if it fills up?**',
      '',
      'Alert on its depth.',
      '',
      '**Note: keep it small**',
      '',
    ].join('\n'),
    { file: 'd.md', slug: 'd' },
  );
  const questions = allQuestions(deck);
  const html = questions[0]?.answerHtml.replaceAll('\u00ad', '') ?? '';

  it('prints as a labelled follow-up line of its own, not a new question', () => {
    expect(questions.map((q) => q.text)).toEqual(['What does a dead-letter queue hold?']);
    const headings = [...html.matchAll(/<h4[^>]*>.*?<\/h4>/g)].map((m) => m[0]);
    expect(headings).toEqual([
      '<h4 class="follow-up"><span class="follow-up-label">Cross-question</span> Who empties it?</h4>',
      '<h4 class="follow-up"><span class="follow-up-label">Follow-up</span> What if it fills up?</h4>',
    ]);
    expect(html).toMatch(/<p>They land there after too many failed tries.<\/p>\s*<h4/);
    expect(html).toMatch(/<\/h4>\s*<p>An operator, or a job that retries them later.<\/p>/);
  });

  it('leaves a bold line that asks nothing as it is', () => {
    expect(html).toContain('<strong>Note: keep it small</strong>');
  });
});

// The label in the bank's language is one too: a Spanish bank's "Pregunta cruzada:" ran on in bold.
describe('a bold follow-up line labelled in the bank\'s language', () => {
  const html = (label: string) =>
    allQuestions(
      parseDeck(['# Redes', '', '## Básico', '', '### ¿Qué hace ARP?', '', '> Traduce IP a MAC.', '', 'Pregunta por difusión.', `**${label}: ¿Y si responden dos?**`, 'Gana la última.', ''].join('\n'), { file: 'r.md', slug: 'r' }),
    )[0]?.answerHtml.replaceAll('\u00ad', '') ?? '';

  it('prints as a labelled follow-up line, in Spanish, German and Russian', () => {
    for (const label of ['Pregunta cruzada', 'Folgefrage', 'Уточняющий вопрос'])
      expect(html(label)).toContain(`<h4 class="follow-up"><span class="follow-up-label">${label}</span>`);
  });
});

// A bold follow-up line splitting a paragraph turned the paragraph's hard breaks (two trailing spaces, a backslash) into soft ones.
describe('a bold follow-up line in a paragraph of hard breaks', () => {
  const html =
    allQuestions(
      parseDeck(
        ['# Queues', '', '## Basics', '', '### What does a dead-letter queue hold?', '', '> Messages no consumer could handle.', '', 'Step one: retry.  ', 'Step two: park it.\\', '**Cross-question: Who empties it?**', 'An operator.  ', 'Or a job.', ''].join('\n'),
        { file: 'd.md', slug: 'd' },
      ),
    )[0]?.answerHtml.replaceAll('\u00ad', '') ?? '';

  it('keeps them as line breaks on both sides of it', () => {
    expect(html).toMatch(/<p>Step one: retry\.<br>\s*Step two: park it\.<\/p>\s*<h4 class="follow-up">/);
    expect(html).toMatch(/<\/h4>\s*<p>An operator\.<br>\s*Or a job\.<\/p>/);
  });
});
