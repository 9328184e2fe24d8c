import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { fontconfigCoverage } from '../../src/render/font-coverage.js';

parseInPlace();

describe('CJK decks with no npm face for their script (only the Korean one is installed here)', () => {
  it('say once a build, at the first such character, which face to install', async () => {
    const dir = await tempDir();
    const ja = path.join(dir, 'ja.md');
    const zh = path.join(dir, 'zh.md');
    await writeFile(ja, '---\nlang: ja\n---\n# Front end\n\n## Basics\n\n### What is the event loop?\n\n> イベントループです。\n');
    await writeFile(zh, '---\nlang: zh\n---\n# Back end\n\n## Basics\n\n### What is an index?\n\n> 索引。\n');
    const { events, result } = await buildWith({ paths: [ja, zh], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    const hints = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'system-font' ? [e.diagnostic] : []));
    // A machine with no system font for kanji prints boxes, and no-font says so instead.
    if ((await fontconfigCoverage(0x30a4)) === false) return void expect(hints).toEqual([]);
    expect(hints).toHaveLength(1);
    const [hint] = hints;
    // Decks print side by side: either may be the first to say it, each with its own face.
    const expected = hint.file === ja ? { line: 10, pkg: '@fontsource/noto-sans-jp' } : { line: 10, pkg: '@fontsource/noto-sans-sc' };
    expect(hint.line).toBe(expected.line);
    expect(hint.message).toContain(`npm install ${expected.pkg}`);
  });
});
