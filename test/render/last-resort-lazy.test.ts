import { describe, expect, it, vi } from 'vitest';

// Counts the processes the fonts modules start: the last resort's ranges come from one `fc-list`, 90 to 350 ms.
const started = vi.hoisted(() => [] as string[][]);
vi.mock('node:child_process', async (real) => {
  const mod = await real<typeof import('node:child_process')>();
  return {
    ...mod,
    execFileSync: ((file: string, args: string[], opts: object) => (
      started.push([file, ...args]),
      mod.execFileSync(file, args, opts)
    )) as typeof mod.execFileSync,
  };
});

// Loaded afresh (the unit tests share modules): another file's fonts module may have asked fontconfig already.
vi.resetModules();
const { parseDeck } = await import('../../src/content/parse-deck.js');
const { assetDirs } = await import('../../src/render/assets.js');
const { createGuideRenderer } = await import('../../src/render/render-guide.js');
const { setsKanaOrHan } = await import('../../src/render/fonts.js');

const fcList = () => started.filter(([file]) => file === 'fc-list').length;
const renderGuide = createGuideRenderer(assetDirs());
const deck = (body: string, lang: string) => parseDeck(`---\nlang: ${lang}\n---\n# T\n\n## S\n\n${body}\n`, { file: 'deck.md', slug: 'deck' });

describe('the last resort for kana and ideographs', () => {
  it('tells text with kana, ideographs or full-width forms from text without', () => {
    for (const text of ['コンテナ', '容器', '漢', 'a，b', '「x」']) expect(setsKanaOrHan(text), text).toBe(true);
    for (const text of ['plain', 'Привет → ✅', 'مرحبا', '컨테이너', 'Ü·é']) expect(setsKanaOrHan(text), text).toBe(false);
  });

  it('is not looked for in a guide with none: fontconfig is asked only for a Japanese one', () => {
    // Before: the first guide rendered ran fc-list, whatever its text.
    const english = renderGuide(deck('### What is a container?\n\n> A process with its own view of the system. 한국어도.', 'en'), { paper: 'a4' });
    expect(english).toContain('What is a container?');
    expect(fcList()).toBe(0);
    renderGuide(deck('### コンテナとは何ですか?\n\n> 依存関係をまとめる仕組みです。', 'ja'), { paper: 'a4' });
    expect(fcList()).toBe(1);
  });
});
