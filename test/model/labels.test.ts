import { describe, expect, it } from 'vitest';
import { DETECTED_LANGUAGES } from '../../src/content/detect-language.js';
import { countAllLabel, LABELS, labelsFor } from '../../src/model/labels.js';
import { NOTES_LABELS } from '../../src/model/labels-notes.js';

const english = labelsFor('en');

describe('printed labels', () => {
  // A deck found to be in a language prints its cover, contents and levels in it, not in English.
  it.each(DETECTED_LANGUAGES.filter((lang) => lang !== 'en'))('%s has its own words for what every page prints', (lang) => {
    const labels = labelsFor(lang);
    for (const key of ['studyGuide', 'contents', 'inShort', 'openQuestion', 'fullAnswer', 'answerKey', 'searchPlaceholder', 'closingNotes'] as const) {
      expect(labels[key], key).not.toBe(english[key]);
    }
    expect(labels.levels.easy).not.toBe(english.levels.easy);
    expect(labels.levels.hard).not.toBe(english.levels.hard);
  });

  // The booklet's ruled pages for notes are headed in every built-in language ("Notes" is French and Catalan too).
  it('heads the booklet notes pages in every built-in language', () => {
    for (const lang of Object.keys(LABELS).filter((l) => l !== 'en')) expect(NOTES_LABELS[lang]?.notes, lang).toBeTruthy();
    expect(labelsFor('ko').notes).toBe('메모');
    expect(labelsFor('de-AT').notes).toBe('Notizen');
  });

  it('keeps the counts to fill in', () => {
    for (const lang of DETECTED_LANGUAGES) {
      expect(labelsFor(lang).countShown, lang).toMatch(/\{shown\}[\s\S]*\{total\}|\{total\}[\s\S]*\{shown\}/);
      expect(labelsFor(lang).countAll, lang).toContain('{total}');
    }
  });

  // out/index.html and duplex-test.pdf printed in English around a German deck.
  it.each(DETECTED_LANGUAGES.filter((lang) => lang !== 'en'))('%s has its own words for the index page and the duplex check', (lang) => {
    const labels = labelsFor(lang);
    for (const key of ['siteTitle', 'cheatCards', 'cheatSheet', 'booklet', 'front', 'back', 'edgeUp', 'flipLong', 'duplexHold', 'duplexFix'] as const) {
      expect(labels[key], key).not.toBe(english[key]);
    }
    expect(labels.duplexHold, lang).toContain('{n}');
    expect(labels.duplexFix, lang).toMatch(/\{flip\}[\s\S]*--duplex \{other\}/);
    expect(labels.deckCount, lang).toContain('{count}');
  });
});

describe('the count of one question', () => {
  it('is singular where the language has a singular, and never English in a language that writes its count anew', () => {
    expect(countAllLabel(labelsFor('en'), 1)).toBe('1 question');
    expect(countAllLabel(labelsFor('sv'), 1)).toBe('1 fråga');
    expect(countAllLabel(labelsFor('ru'), 1)).toBe('Вопросов: 1');
    expect(countAllLabel(labelsFor('ja'), 1)).toBe('全 1 問');
    expect(countAllLabel(labelsFor('en', { countAll: 'Questions: {total}' }), 1)).toBe('Questions: 1');
    expect(countAllLabel(labelsFor('de'), 3)).toBe('3 Fragen');
  });
});
