import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';

// A bank whose questions stand under its title alone, no section heading, is one section named
// by nothing: the guide and cheat sheet print it with no section title (a made-up "题目" or
// "Questions" under the bank's own title, in the contents and as a running head, said nothing).
const dirs = assetDirs();
const guide = createGuideRenderer(dirs);
const sheet = createCheatsheetRenderer(dirs);
const untitled = parseDeck('# 操作系统面试题\n\n1. 什么是进程？\n   正在运行的程序。\n2. 什么是线程？\n   进程里的执行单元。\n', { file: 'os.md', slug: 'os' });
const sectionTitles = (html: string) => findAll(parseHtml(html), (el) => hasClass(el, 'section-title')).map(textOf);

describe('a bank with no section headings', () => {
  it('prints its questions under its title with no section title, in the body, the contents and the cheat sheet', () => {
    expect(untitled.sections.map((s) => s.untitled)).toEqual([true]);
    const html = guide(untitled, { paper: 'a4' });
    expect(sectionTitles(html)).toEqual([]);
    // The contents list the questions, no line above them naming a section, numbered as Chinese is (the bank is read as Chinese from its script).
    expect(findAll(parseHtml(html), (el) => hasClass(el, 'toc-num')).map(textOf)).toEqual(['第1题', '第2题']);
    expect(findAll(parseHtml(html), (el) => hasClass(el, 'toc-text')).map(textOf)).toEqual(['什么是进程？', '什么是线程？']);
    expect(html).not.toMatch(new RegExp(`content: "${untitled.sections[0].title}"`));
    expect(findAll(parseHtml(sheet(untitled, { paper: 'a4' })), (el) => el.tagName === 'h2').map(textOf)).toEqual([]);
  });

  it('keeps the label where questions come before the first section heading', () => {
    const deck = parseDeck('# Networking\n\n### What is DNS?\n> Names.\n\n## Transport\n\n### What is TCP?\n> A stream.\n', { file: 'n.md', slug: 'n' });
    expect(sectionTitles(guide(deck, { paper: 'a4' }))).toEqual(['Questions', 'Transport']);
  });
});
