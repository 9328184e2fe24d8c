import { describe, expect, it } from 'vitest';
import { countChars } from '../../src/content/count-chars.js';

/** What countChars stands in for: the length of the array of every match. */
const matched = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;

const TEXTS = [
  '',
  'What does a load balancer do? It spreads requests (80 %) over 3 servers.',
  '¿Qué es un índice? Señal, pingüino, ÆØÅ, Erdős, café.',
  'Что такое индекс? Їжак і ґанок; ыэъ.',
  '什麼是索引？ インデックスとは何ですか。 인덱스란 무엇인가?',
  'Thread は軽量プロセスです。𠮷野家 and 𝐃𝐞𝐯𝐎𝐩𝐬 (mathematical bold letters, outside the BMP).',
  'A lone half \ud800 here, another \udc00 there, a pair \ud835\udc03 and a half at the end \ud835',
  'שלום עולם, مرحبا بالعالم, پچژگکی ٹڈڑںے, नमस्ते दुनिया, สวัสดีชาวโลก, Tiếng Việt có dấu: ăđơư ạảấ.',
  'e\u0301 combining marks, \u00a0no-break spaces, \u200bzero-width, 🚀 emoji 👍🏽.',
];

const PATTERNS = [
  /\p{L}/u,
  /[^\p{ASCII}]/u,
  /\p{Script=Latin}/u,
  /\p{Script=Cyrillic}/u,
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  /\p{Script=Hangul}/u,
  /\p{Script=Hebrew}/u,
  /\p{Script=Arabic}/u,
  /\p{Script=Thai}/u,
  /\p{Script=Devanagari}/u,
  /[іїєґ]/iu,
  /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu,
  /(?![A-Za-z])\p{Script=Latin}|[¿¡]/u,
  /(?!\p{ASCII})\p{L}/u,
];

describe('countChars', () => {
  it('counts what matching every character would, for each pattern and text: ASCII, marked Latin, other scripts, characters outside the BMP, halves alone', () => {
    for (const pattern of PATTERNS) {
      for (const text of TEXTS) expect(countChars(text, pattern), `${pattern} in ${JSON.stringify(text)}`).toBe(matched(text, pattern));
      const all = TEXTS.join('\n');
      expect(countChars(all, pattern), `${pattern} in all the texts`).toBe(matched(all, pattern));
    }
  });

  it('gives the same count for a pattern written with the g flag and called again (no place kept between calls)', () => {
    const text = TEXTS[2];
    const global = /\p{L}/gu;
    expect([countChars(text, global), countChars(text, global)]).toEqual([matched(text, /\p{L}/u), matched(text, /\p{L}/u)]);
  });

  it('refuses a pattern without the u flag, which would count a character outside the BMP as two', () => {
    expect(() => countChars('𝐃', /[\s\S]/)).toThrow(/u flag/);
  });
});
