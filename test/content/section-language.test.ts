import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { combineDecks } from '../../src/content/combine-decks.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createCardsRenderer } from '../../src/render/render-cards.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createQuizRenderer } from '../../src/render/render-quiz.js';

const dirs = assetDirs();

// A section's own language is read from its prose only where the deck does not name its language:
// a named `lang` is the author's word, and statistics of a paragraph can be fooled (a Polish
// paragraph read as English lost its one-letter ties; e2e short-word-ties).
describe('a section in a language other than the deck', () => {
  const bank = readFileSync('test/fixtures/layouts/section-language-fr/input.md', 'utf8');
  const asked = (source: string) => parseDeck(source, { file: 'web.md', slug: 'web' }).sections.flatMap((s) => s.questions.map((q) => q.html));
  const NARROW = '\u202f';

  it('is set in its own language when the deck names none', () => {
    expect(asked(bank)).toContain(`Qu’<span class="nobr">est-ce</span> qu’un proxy inverse${NARROW}?`);
  });

  it('is set in the deck’s language when the front matter names it', () => {
    const html = asked(`---\nlang: en\n---\n${bank}`).find((h) => h.includes('proxy inverse'))!;
    expect(html).not.toContain(NARROW);
  });

  it('keeps a named Polish deck Polish where a paragraph reads as English', () => {
    const prose = 'Dane trafiają do bufora i w końcu z pamięci na dysk, a o kolejności decyduje u nas planista. '.repeat(12);
    const deck = parseDeck(`---\nlang: pl\n---\n# Bufory\n\n## 1\n\n### Jak działa bufor?\n\n> Krótko.\n\n${prose}\n`, { file: 'pl.md', slug: 'pl' });
    expect(deck.sections[0].questions[0].answerHtml).toContain('a\u00a0o\u00a0');
  });
});

// Marked on the page too: a screen reader speaks the French section in French, and Chromium picks its fonts and breaks for it.
describe('a section in its own language, on the page', () => {
  const bank = readFileSync('test/fixtures/layouts/section-language-fr/input.md', 'utf8');
  const deck = parseDeck(bank, { file: 'web.md', slug: 'web' });
  const opening = (html: string, tag: string, holding: string) => {
    const at = html.indexOf(holding);
    return html.slice(html.lastIndexOf(`<${tag}`, at), html.indexOf('>', html.lastIndexOf(`<${tag}`, at)) + 1);
  };

  it('carries the language it is read in, and the deck’s sections none', () => {
    expect(deck.sections.map((s) => s.lang)).toEqual([undefined, 'fr']);
  });

  it('is marked lang="fr" in the guide, the quiz and the cheat sheet, and the English section is not', () => {
    const guide = createGuideRenderer(dirs)(deck, { paper: 'a4' });
    expect(opening(guide, 'section', 'Questions en français</h2>')).toContain('lang="fr" dir="ltr"');
    expect(opening(guide, 'section', 'HTTP</h2>')).not.toContain('lang=');
    const quiz = createQuizRenderer(dirs)(deck, { paper: 'a4' });
    expect(opening(quiz, 'ol', 'proxy inverse')).toContain('lang="fr"');
    expect(opening(quiz, 'ol', 'status code')).not.toContain('lang=');
    const sheet = createCheatsheetRenderer(dirs)(deck, { paper: 'a4' });
    expect(opening(sheet, 'section', 'proxy inverse')).toContain('lang="fr"');
    expect(opening(sheet, 'section', 'status code')).not.toContain('lang=');
  });
});

// A section with none of the letters of the deck's script is in another language whatever the
// statistics or a named `lang` say, English too: set in an Arabic deck's, it ran right to left.
describe('a section in another script than its deck', () => {
  const en = '## Basics\n\n### What is an IP address?\n\n> A number that names a device on a network.\n\n### What is DNS?\n\n> The system that turns names into addresses.\n\n';
  const ar =
    '## أسئلة بالعربية\n\n### ما هو عنوان الشبكة؟\n\n> رقم يعرف الجهاز في الشبكة، ويسمح بوصول الحزم إليه من أي مكان. يستخدمه الموجه ليعرف الطريق الذي يرسل فيه الحزمة، وهو أساس عمل الإنترنت كله.\n\n### ما الفرق بين البروتوكولين؟\n\n> الأول يضمن وصول البيانات بالترتيب ويعيد إرسال ما ضاع، والثاني أسرع ولا يضمن شيئا من ذلك، لذلك يستعمل في البث المباشر والألعاب.\n';
  const langs = (source: string) => {
    const deck = parseDeck(source, { file: 'mix.md', slug: 'mix' });
    return [deck.lang, ...deck.sections.map((s) => s.lang)];
  };

  it('is English in an Arabic bank, read or named, and the Arabic section the deck’s', () => {
    expect(langs(`# Network Questions\n\n${en}${ar}`)).toEqual(['ar', 'en', undefined]);
    expect(langs(`---\nlang: ar\n---\n# Network Questions\n\n${en}${ar}`)).toEqual(['ar', 'en', undefined]);
  });

  it('is Arabic in an English bank however short, and a Chinese section full of commands stays Chinese', () => {
    expect(langs(`---\nlang: en\n---\n# Network Questions\n\n${en}## عربي\n\n### ما هو الخادم؟\n\n> جهاز يخدم غيره.\n`)).toEqual(['en', undefined, 'ar']);
    const zh = '## 命令\n\n### 如何查看端口？\n\n> 使用 `ss -tlnp` 命令。\n\n```\nss -tlnp | grep nginx\nnetstat -tulpen --numeric-hosts --program\n```\n';
    expect(langs(`---\nlang: zh\n---\n# 网络\n\n${zh}`)).toEqual(['zh', undefined]);
  });

  it('marks its cards and the quiz key', () => {
    const deck = parseDeck(`# Network Questions\n\n${en}${ar}`, { file: 'mix.md', slug: 'mix' });
    const cards = createCardsRenderer(dirs)(deck, { cardSize: 'index-3x5' });
    expect(cards.match(/<article class="card[^>]*data-number="1"[^>]*>/)![0]).toContain('lang="en" dir="ltr"');
    expect(cards.match(/<article class="card[^>]*data-number="3"[^>]*>/)![0]).not.toContain('lang=');
    const quiz = createQuizRenderer(dirs)(deck, { paper: 'a4' });
    expect(quiz.match(/<div class="quiz-answer"[^>]*>/g)).toEqual(['<div class="quiz-answer" lang="en" dir="ltr">', '<div class="quiz-answer" lang="en" dir="ltr">', '<div class="quiz-answer">', '<div class="quiz-answer">']);
  });
});

// Combined with other decks, an Arabic deck's English section keeps its own language over its part's.
describe('a section in another script, in a combined guide', () => {
  it('is marked by its own language, not its part’s, in the guide, its contents, the quiz, the cards and the cheat sheet', () => {
    const english = parseDeck('# Web\n\n## HTTP\n\n### What is a cookie?\n\n> Data the browser sends back.\n', { file: 'web.md', slug: 'web' });
    const arabic = parseDeck(
      '---\nlang: ar\n---\n# الشبكات\n\n## Basics in English\n\n### What is an IP address?\n\n> A number that names a device on a network.\n\n## الأساسيات\n\n### ما هو الخادم؟\n\n> جهاز يخدم غيره من الأجهزة في الشبكة.\n',
      { file: 'net.md', slug: 'net' },
    );
    const deck = combineDecks([english, arabic]);
    const ip = allQuestions(deck).find((q) => q.text === 'What is an IP address?')!;
    const guide = createGuideRenderer(dirs)(deck, { paper: 'a4' });
    const article = guide.slice(0, guide.indexOf(`id="${ip.id}"`));
    expect(article.slice(article.lastIndexOf('<section')).match(/<section[^>]*>/)![0]).toContain('lang="en" dir="ltr"');
    expect(guide.match(new RegExp(`<a href="#${ip.id}">.*?</a>`))![0]).toContain('<span lang="en" dir="ltr">');
    const cards = createCardsRenderer(dirs)(deck, { cardSize: 'index-3x5' });
    expect(cards.match(new RegExp(`<article class="card[^>]*id="card-[^"]*"[^>]*data-number="${ip.number}"[^>]*>`))![0]).toContain('lang="en" dir="ltr"');
    const quiz = createQuizRenderer(dirs)(deck, { paper: 'a4' });
    expect(quiz.match(/<div class="quiz-answer"[^>]*><p class="quiz-answer-q">What is an IP address\?/)![0]).toContain('lang="en"');
    const sheet = createCheatsheetRenderer(dirs)(deck, { paper: 'a4' });
    const before = sheet.slice(0, sheet.indexOf('What is an IP address?'));
    expect(before.slice(before.lastIndexOf('<article')).match(/<article[^>]*>/)![0]).toContain('lang="en"');
  });
});

describe('a section of the deck’s script over long listings', () => {
  it('stays in the deck’s language: its code is not its prose', () => {
    const listing = Array.from({ length: 30 }, (_, i) => `def handler_number_${i}(request, response): return response.status`).join('\n');
    const deck = parseDeck(`---\nlang: zh\n---\n# 面试\n\n## 算法\n\n### 写一个快速排序\n\n> 见下面的代码。\n\n\`\`\`python\n${listing}\n\`\`\`\n`, { file: 'zh.md', slug: 'zh' });
    expect(deck.sections.map((s) => s.lang)).toEqual([undefined]);
  });
});
