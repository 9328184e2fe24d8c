import type { LabelOverrides } from './label-types.js';

/*
 * The title over a bank's closing words when the bank gave them none (a blog's last paragraphs
 * under its list of questions), per language: as in labels.ts, what differs from English.
 */
const WORDS: Record<string, string> = {
  de: 'Schlussbemerkungen',
  fr: 'Pour conclure',
  es: 'Notas finales',
  pt: 'Notas finais',
  ru: 'В заключение',
  zh: '结语',
  'zh-hant': '結語',
  ko: '마치며',
  ja: 'おわりに',
  ar: 'ملاحظات ختامية',
  he: 'הערות סיום',
  fa: 'سخن پایانی',
  ur: 'اختتامی نوٹ',
  hi: 'अंतिम टिप्पणियाँ',
  th: 'ส่งท้าย',
  uk: 'На завершення',
  it: 'Note conclusive',
  pl: 'Uwagi końcowe',
  nl: 'Tot slot',
  cs: 'Závěrem',
  tr: 'Kapanış notları',
  vi: 'Lời kết',
  id: 'Catatan penutup',
  el: 'Καταληκτικές σημειώσεις',
  sv: 'Avslutningsvis',
  da: 'Afsluttende bemærkninger',
  nb: 'Avsluttende merknader',
  no: 'Avsluttende merknader',
  fi: 'Lopuksi',
  hu: 'Zárszó',
  ro: 'Note de final',
  bg: 'В заключение',
  sk: 'Záverom',
  ca: 'Notes finals',
};

/** Each language's `closingNotes`, to merge with its other labels. */
export const CLOSING_LABELS: Record<string, LabelOverrides> = Object.fromEntries(Object.entries(WORDS).map(([lang, closingNotes]) => [lang, { closingNotes }]));
