import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';

// The screen controls of guide.html speak the deck's language, like the printed labels.
describe('guide.html screen controls', () => {
  const render = async (lang: string) => {
    const deck = await loadDeck('test/fixtures/watch/networking.md');
    return createGuideRenderer(assetDirs())({ ...deck, lang }, { paper: 'a4' });
  };

  it('are in English by default, hidden until the script shows them', async () => {
    const html = await render('en');
    expect(html).toMatch(/<div class="sg-controls"[^>]*\shidden\s/);
    expect(html).toContain('placeholder="Search questions…"');
    expect(html).toContain('data-count-shown="{shown} of {total} questions"');
    expect(html).toContain('>Collapse all</button>');
  });

  it.each([
    ['de', 'Fragen durchsuchen…', 'Drucken'],
    ['fr', 'Rechercher une question…', 'Imprimer'],
    ['es', 'Buscar preguntas…', 'Imprimir'],
    ['pt-BR', 'Buscar perguntas…', 'Imprimir'],
    ['ru', 'Поиск по вопросам…', 'Печать'],
    ['zh-CN', '搜索题目…', '打印'],
  ])('follow lang: %s', async (lang, placeholder, print) => {
    const html = await render(lang);
    expect(html).toContain(`placeholder="${placeholder}"`);
    expect(html).toContain(`>${print}</button>`);
    expect(html).not.toContain('Search questions…');
  });

  it.each([
    ['pt', 'Guia de estudo', 'Sumário'],
    ['ru', 'Пособие для подготовки', 'Содержание'],
    ['zh', '学习指南', '目录'],
  ])('and so do the printed words of the cover and contents (%s)', async (lang, studyGuide, contents) => {
    const html = await render(lang);
    expect(html).toContain(studyGuide);
    expect(html).toContain(`>${contents}<`);
    expect(html).not.toContain('>Contents<');
  });
});
