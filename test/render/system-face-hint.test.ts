import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { systemFaceHint } from '../../src/render/system-face-hint.js';
import { tempDir } from '../helpers.js';

// This machine's fonts do not matter here: the system answers "covered" for every character.
const everywhere = async () => true;
const nowhere = async () => false;

async function deck(text: string): Promise<string> {
  const file = path.join(await tempDir(), 'deck.md');
  await writeFile(file, text);
  return file;
}

describe('the hint for kanji, kana or hanzi that print in a system face', () => {
  it('names the npm face for the deck language and the line of the first such character', async () => {
    const file = await deck('---\nlang: ja\n---\n# Front end\n\n## Basics\n\n### What is the event loop?\n\n> A queue.\n\nイベントループ\n');
    const hint = await systemFaceHint(file, { lang: 'ja', system: everywhere, installed: [] });
    expect(hint?.code).toBe('system-font');
    expect(hint?.line).toBe(12);
    expect(hint?.file).toBe(file);
    expect(hint?.message).toContain('npm install @fontsource/noto-sans-jp');
    expect(hint?.message).toContain('イベントループ');
  });

  it('takes the face from the script when the deck names no language (Hangul: Korean, Han alone: simplified Chinese)', async () => {
    expect((await systemFaceHint(await deck('# 파드\n'), { system: everywhere, installed: [] }))?.message).toContain('@fontsource/noto-sans-kr');
    expect((await systemFaceHint(await deck('# 容器\n'), { system: everywhere, installed: [] }))?.message).toContain('@fontsource/noto-sans-sc');
    expect((await systemFaceHint(await deck('# 容器\n'), { lang: 'zh-TW', system: everywhere, installed: [] }))?.message).toContain('@fontsource/noto-sans-tc');
  });

  it('says nothing for a deck without such characters, when the face is installed, or when no font has them (no-font says that)', async () => {
    expect(await systemFaceHint(await deck('# Плотность и «кавычки» → ✓\n'), { system: everywhere, installed: [] })).toBeUndefined();
    expect(await systemFaceHint(await deck('# 容器\n'), { lang: 'ja', system: everywhere, installed: ['@fontsource/noto-sans-jp'] })).toBeUndefined();
    expect(await systemFaceHint(await deck('# 容器\n'), { lang: 'ja', system: nowhere, installed: [] })).toBeUndefined();
  });

  it('counts the Korean serif face from npm in a Korean deck only, where it prints the Hangul', async () => {
    const serif = ['@fontsource/noto-serif-kr'];
    expect(await systemFaceHint(await deck('# 파드\n'), { lang: 'ko', system: everywhere, installed: serif })).toBeUndefined();
    // Elsewhere it is not used (its ideographs have Korean forms): the Hangul prints in a system face.
    expect((await systemFaceHint(await deck('# 파드\n'), { system: everywhere, installed: serif }))?.message).toContain('@fontsource/noto-sans-kr');
  });

  it('names the face of the language when no installed font has the kana and the Korean face from npm prints them, in Korean forms', async () => {
    const hint = await systemFaceHint(await deck('---\nlang: ja\n---\n# コンテナ\n'), { lang: 'ja', system: nowhere, installed: ['@fontsource/noto-sans-kr'] });
    expect(hint?.line).toBe(4);
    expect(hint?.message).toContain('prints in the Korean face, in Korean forms');
    expect(hint?.message).toContain('npm install @fontsource/noto-sans-jp');
  });
});
