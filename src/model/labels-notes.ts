import type { LabelOverrides } from './label-types.js';

/*
 * The heading of a booklet's ruled pages for the reader's own notes (the half-pages its last sheet
 * would leave blank), per language: as in labels.ts, what differs from English is listed, but every
 * built-in language is here, since French and Catalan write it as English does.
 */
const WORDS: Record<string, string> = {
  de: 'Notizen',
  fr: 'Notes',
  es: 'Notas',
  pt: 'Anotações',
  ru: 'Заметки',
  zh: '笔记',
  'zh-hant': '筆記',
  ko: '메모',
  ja: 'メモ',
  ar: 'ملاحظات',
  he: 'הערות',
  fa: 'یادداشت‌ها',
  ur: 'نوٹس',
  hi: 'नोट्स',
  th: 'บันทึก',
  uk: 'Нотатки',
  it: 'Appunti',
  pl: 'Notatki',
  nl: 'Aantekeningen',
  cs: 'Poznámky',
  tr: 'Notlar',
  vi: 'Ghi chú',
  id: 'Catatan',
  el: 'Σημειώσεις',
  sv: 'Anteckningar',
  da: 'Noter',
  nb: 'Notater',
  no: 'Notater',
  fi: 'Muistiinpanot',
  hu: 'Jegyzetek',
  ro: 'Notițe',
  bg: 'Бележки',
  sk: 'Poznámky',
  ca: 'Notes',
};

/** Each language's `notes`, to merge with its other labels. */
export const NOTES_LABELS: Record<string, LabelOverrides> = Object.fromEntries(Object.entries(WORDS).map(([lang, notes]) => [lang, { notes }]));
