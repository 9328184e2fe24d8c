import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';

// Hindi and Thai decks without `lang`: read from their prose, printed left to right with their
// own labels and the bundled Devanagari and Thai faces in every stack.
const HINDI =
  'जब कोई नोड फिर से शुरू होता है तो उस नोड के कंटेनर रुक जाते हैं और शेड्यूलर उन्हें दूसरे उपलब्ध नोड पर फिर से बनाता है। चल रहे अनुरोध विफल हो सकते हैं, इसलिए क्लाइंट को बढ़ते अंतराल के साथ दोबारा कोशिश करनी चाहिए।';
const THAI = 'เมื่อโหนดเริ่มทำงานใหม่ คอนเทนเนอร์บนโหนดนั้นจะหยุด และตัวจัดตารางจะสร้างขึ้นใหม่บนโหนดอื่นที่ว่างอยู่ คำขอที่กำลังประมวลผลอาจล้มเหลว ดังนั้นไคลเอนต์ควรลองใหม่โดยรอนานขึ้นเรื่อย ๆ';
const deck = (title: string, prose: string) =>
  parseDeck([`# ${title}`, '', '## S', '', '### ?', '', 'Level: easy', '', `> ${prose.slice(0, 60)}`, '', prose, '', prose, ''].join('\n'), {
    file: 'x.md',
    slug: 'x',
  });

describe('Hindi and Thai decks', () => {
  const render = createGuideRenderer(assetDirs());

  it('print Hindi labels, left to right', () => {
    const html = render(deck('डेवऑप्स प्रश्न', HINDI), { paper: 'a4' });
    expect(html).toMatch(/<html lang="hi" dir="ltr">/);
    for (const word of ['विषय-सूची', 'संक्षेप में:', 'आसान']) expect(html).toContain(word);
    expect(html).toContain('"Noto Sans Devanagari"');
  });

  it('print Thai labels, left to right', () => {
    const html = render(deck('คำถามสัมภาษณ์', THAI), { paper: 'a4' });
    expect(html).toMatch(/<html lang="th" dir="ltr">/);
    for (const word of ['สารบัญ', 'โดยย่อ:', 'ง่าย']) expect(html).toContain(word);
    expect(html).toContain('"Noto Sans Thai"');
  });
});
