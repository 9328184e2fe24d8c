import { describe, expect, it } from 'vitest';
import { LABELS, labelsFor } from '../../src/model/labels.js';
import { digitsOf, questionLabel, quizLabel, withDigits } from '../../src/model/question-label.js';
import type { Question } from '../../src/model/deck.js';

/** Languages whose own words are not written in Latin letters (their contents title has none). */
const NON_LATIN = Object.keys(LABELS).filter((lang) => !/\p{Script=Latin}/u.test(LABELS[lang].contents));

describe('question numbers', () => {
  it('covers the non-Latin languages', () => {
    expect(NON_LATIN).toEqual(expect.arrayContaining(['ar', 'ru', 'ja', 'zh', 'ko', 'he', 'fa', 'ur', 'hi', 'th', 'uk']));
  });

  // "Q1" printed in an Arabic, Russian or Japanese guide is an English letter in the middle of the page.
  it.each(NON_LATIN)('%s labels a question without a Latin letter', (lang) => {
    const label = questionLabel(labelsFor(lang), 12);
    expect(label).toContain('12');
    expect(label).not.toMatch(/\p{Script=Latin}/u);
  });

  // A Portuguese page reads "Perguntas" over "Q1": the letter is the language's word for a question.
  it.each(Object.keys(LABELS).filter((lang) => !NON_LATIN.includes(lang) && !/^q/i.test(LABELS[lang].questions)))(
    '%s labels a question with its own word, not "Q"',
    (lang) => {
      expect(questionLabel(labelsFor(lang), 7)).not.toMatch(/^Q/);
    },
  );

  it('labels a question in the language of the deck', () => {
    expect(questionLabel(labelsFor('en'), 7)).toBe('Q7');
    expect(questionLabel(labelsFor('ja'), 7)).toBe('問7');
    expect(questionLabel(labelsFor('de'), 7)).toBe('F7');
    expect(quizLabel(labelsFor('ja'), 7)).toBe('問7');
    expect(quizLabel(labelsFor('ru'), 7)).toBe('7.');
  });

  it('writes the digits the deck writes', () => {
    const arabic = { ...labelsFor('ar'), digits: digitsOf('في الإصدار ٤ يتكون من ٣٢ بتًا عبر IPv4') };
    expect(questionLabel(arabic, 12)).toBe('س١٢');
    expect(questionLabel({ ...labelsFor('fa'), digits: digitsOf('نسخهٔ ۶ با ۱۲۸ بیت') }, 30)).toBe('س۳۰');
    expect(questionLabel({ ...labelsFor('hi'), digits: digitsOf('संस्करण ४ में ३२ बिट') }, 5)).toBe('प्र.५');
  });

  // Western digits in code, versions and names ("IPv4", "HTTP/2", "port 443") do not make a deck's own digits.
  it('keeps Western digits where the deck writes mostly those', () => {
    expect(digitsOf('عبر المنفذ 443 و HTTP/2 و IPv4')).toBe('0123456789');
    expect(digitsOf('порт 53')).toBe('0123456789');
    expect(digitsOf('no digits at all')).toBe('0123456789');
    expect(digitsOf('المنفذ ٤٤٣ مع HTTP/2')).toBe('٠١٢٣٤٥٦٧٨٩');
  });

  // Characters outside the Basic Multilingual Plane (emoji, rare ideographs) count as no digit, wherever they stand.
  it('reads digits around characters written as surrogate pairs', () => {
    expect(digitsOf('🚀 ٤ 𠀀 ٣٢ 😀 v4')).toBe('٠١٢٣٤٥٦٧٨٩');
    expect(digitsOf('𝟘𝟙𝟚 port 53')).toBe('0123456789');
    expect(digitsOf(`${'😀'.repeat(30_000)}٤٤٤`)).toBe('0123456789');
  });
});

describe('the digits a deck writes', () => {
  // Asked per section and per render: it joined every question of a 5,000-question deck each time.
  it('reads its questions only as far as its sample goes', () => {
    const long = { text: 'Port 53?', cardText: 'DNS', answerText: 'x'.repeat(60_000) };
    const unread = Object.defineProperty({ cardText: '', answerText: '' }, 'text', {
      get: () => {
        throw new Error('read past the sample');
      },
    });
    const labels = withDigits(labelsFor('en'), [long, unread] as unknown as Question[]);
    expect(labels.digits).toBe('0123456789');
  });
});
