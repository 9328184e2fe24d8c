import { describe, expect, it } from 'vitest';
import { copyFile, writeFile, appendFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A theme whose style embeds a font the browser cannot decode: the headings print in another
// face, which changes the pages. The build says so, once per message and output, instead of
// printing the fallback silently.
describe('what the browser says while printing', () => {
  it("becomes the deck's warnings, the outputs still written", async () => {
    const dir = await tempDir('studyguide-messages-');
    const styles = path.join(dir, 'theme-styles');
    await mkdir(styles);
    await copyFile('styles/base.css', path.join(styles, 'base.css'));
    await appendFile(
      path.join(styles, 'base.css'),
      "\n@font-face { font-family: 'Broken Face'; src: url(data:font/woff2;base64,AAAAAAAAAAAA) format('woff2'); }\nh1, h2, h3 { font-family: 'Broken Face', serif; }\n",
    );
    const deck = path.join(dir, 'small.md');
    await writeFile(deck, '# Small\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n');
    const out = path.join(dir, 'out');
    const { result, events } = await buildWith({ paths: [deck], outDir: out, styles, outputs: ['guide', 'cards'] });
    expect(result.failed).toEqual([]);
    expect(existsSync(path.join(out, 'small', 'guide.pdf'))).toBe(true);
    const said = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'browser-message' ? [e.diagnostic] : []));
    const messages = said.map((d) => d.message);
    expect(messages.some((m) => m.startsWith('the printing page said: Failed to decode downloaded font: data:font/woff2;base64,AAAAAAAAAAAA'))).toBe(true);
    expect(said.every((d) => d.file === deck)).toBe(true);
    // One message per output at most: the guide's passes and the cards' fitting print more than once.
    expect(messages.filter((m) => m.includes('Failed to decode')).length).toBeLessThanOrEqual(2);
  });
});
