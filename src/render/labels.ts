/** The words printed around the content, per language (deck front matter `lang`). */
export interface Labels {
  studyGuide: string;
  contents: string;
  questions: string;
  inShort: string;
  pagePrefix: string;
  pageOf: string;
  fullAnswer: string;
  pageShort: string;
  levels: { easy: string; medium: string; hard: string };
}

const en: Labels = {
  studyGuide: 'Study guide',
  contents: 'Contents',
  questions: 'Questions',
  inShort: 'In short:',
  pagePrefix: 'page ',
  pageOf: ' of ',
  fullAnswer: 'full answer:',
  pageShort: 'p.',
  levels: { easy: 'easy', medium: 'medium', hard: 'hard' },
};

export const LABELS: Record<string, Labels> = { en };

/** Labels for a language tag (`de-AT` → `de`), English when unknown, with overrides applied. */
export function labelsFor(lang: string, overrides: Partial<Labels> = {}): Labels {
  const base = LABELS[lang.toLowerCase()] ?? LABELS[lang.toLowerCase().split('-')[0]] ?? en;
  return { ...base, ...overrides, levels: { ...base.levels, ...(overrides.levels ?? {}) } };
}
