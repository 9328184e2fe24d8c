import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pdfText, sharedBrowserEnv, tempDir } from '../../helpers.js';
import { runCli } from '../../cli-run.js';
import { pdfToolOutput } from '../../pdf-tool-output.js';
import { JPEG, PNG_DATA_URL } from '../../images.js';
import { parseInPlace } from '../../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A lossy WebP whose header passes the content checks (a key frame's start code, 1×1) over compressed
// data that is no picture: the checks do not decode it, and the printing page draws it 0×0.
const ODD_WEBP_DATA = Buffer.concat([Buffer.from([0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, 1, 0, 1, 0]), Buffer.from('no picture here, only words')]);
const ODD_WEBP = `data:image/webp;base64,${Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from(Uint32Array.of(12 + ODD_WEBP_DATA.length).buffer),
  Buffer.from('WEBPVP8 '),
  Buffer.from(Uint32Array.of(ODD_WEBP_DATA.length).buffer),
  ODD_WEBP_DATA,
]).toString('base64')}`;

// Pictures Chromium cannot decode used to print as nothing at all, with no warning. Each is now
// said at its line, its description prints in its place, and the rest of the deck prints.
describe('studyguide build with images a browser cannot draw', () => {
  it('warns at each broken image, exits 0 and prints the rest, the whole picture included', async () => {
    const dir = await tempDir('studyguide-undrawable-');
    await writeFile(path.join(dir, 'cut.jpg'), JPEG.subarray(0, 120));
    const deck = path.join(dir, 'pictures.md');
    const garbage = `data:image/png;base64,${Buffer.from('these bytes are no picture').toString('base64')}`;
    await writeFile(
      deck,
      [
        '# Pictures',
        '',
        '## Diagrams',
        '',
        '### What does the pipeline look like?',
        '',
        '> Three stages, left to right.',
        '',
        `![broken chart](${garbage})`,
        '',
        '![cut photo](cut.jpg)',
        '',
        `![whole dot](${PNG_DATA_URL})`,
        '',
        'After the pictures.',
        '',
        '### What does a WebP the checks let through look like?',
        '',
        `![odd webp](${ODD_WEBP})`,
        '',
      ].join('\n'),
    );
    const out = path.join(dir, 'out');
    const { code, stderr } = await runCli(['build', deck, '--out', out, '--outputs', 'guide,cards,cheatsheet', '--no-cache'], {
      ...sharedBrowserEnv(),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    });
    expect(code, stderr).toBe(0);
    const warned = stderr.split('\n').filter((l) => l.includes('left out: it is not an image this browser can draw'));
    expect(warned.map((l) => l.replace(/^.*?pictures\.md:(\d+): warning: image "(.{0,12}).*?" left out: .*$/, '$1 $2'))).toEqual([
      '9 data:image/p',
      '11 cut.jpg',
    ]);
    expect(
      warned.every((l) => l.endsWith('— re-export it as PNG, JPEG or SVG')),
      stderr,
    ).toBe(true);
    // What slipped past the checks is said by the printing page, at its question's line.
    const undrawn = stderr.split('\n').filter((l) => l.includes('printed as nothing'));
    expect(undrawn.length, stderr).toBeGreaterThan(0);
    expect(
      undrawn.every((l) => /pictures\.md:17: warning: an image in this question printed as nothing: data:image\/webp;base64,/.test(l)),
      stderr,
    ).toBe(true);
    const guide = path.join(out, 'pictures', 'guide.pdf');
    const text = pdfText(guide).replace(/\s+/g, ' ');
    expect(text).toContain('[Picture not printed: broken chart]');
    expect(text).toContain('[Picture not printed: cut photo]');
    expect(text).toContain('After the pictures.');
    // The whole PNG prints once (beside it only the broken-picture mark Chromium draws for the WebP).
    const images = pdfToolOutput('pdfimages', ['-list'], guide).trim().split('\n').slice(2);
    expect(images.filter((row) => /\simage\s+1\s+1\s/.test(row)).length).toBe(1);
  });
});
