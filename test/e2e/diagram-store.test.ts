import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { appendFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const DECK = [
  '# Stored',
  '## S',
  '### Which way does traffic go?',
  '> Left to right.',
  '',
  '```mermaid',
  'flowchart LR',
  '  a[Frontgate] --> b[Backyard]',
  '```',
  '',
].join('\n');

describe('drawn diagrams kept between builds', () => {
  // The first build both tests start from is made once; each test edits a copy of the folder.
  let first = '';
  beforeAll(async () => {
    first = await tempDir();
    await writeFile(path.join(first, 'stored.md'), DECK);
    await buildWith({ paths: [path.join(first, 'stored.md')], outDir: path.join(first, 'out'), outputs: ['guide', 'anki'] });
  });
  /** A copy of the deck and of what the first build wrote. */
  const afterFirstBuild = async () => {
    const dir = await tempDir();
    await cp(first, dir, { recursive: true });
    return { deck: path.join(dir, 'stored.md'), out: path.join(dir, 'out') };
  };

  it('reuses a stored drawing after an edit, and --no-cache draws it again', async () => {
    const { deck, out } = await afterFirstBuild();
    const store = path.join(out, '.studyguide-diagrams');
    const [name] = await readdir(store);
    expect(name).toMatch(/^[0-9a-f]{32}\.svg$/);

    // Mark the stored drawing, then edit the deck elsewhere: the next build must use the mark.
    const file = path.join(store, name);
    // A stored file carries the hash of its SVG: a marked copy needs a matching one to be used.
    const svg = (await readFile(file, 'utf8')).replace(/^sha256:\w+\n/, '').replace('Frontgate', 'Storedgate');
    await writeFile(file, `sha256:${createHash('sha256').update(svg).digest('hex')}\n${svg}`);
    await appendFile(deck, '### Another question?\n> Yes.\n');
    await buildWith({ paths: [deck], outDir: out, outputs: ['guide'] });
    expect(pdfText(path.join(out, 'stored', 'guide.pdf'))).toContain('Storedgate');

    await buildWith({ paths: [deck], outDir: out, outputs: ['guide'], cache: false });
    const text = pdfText(path.join(out, 'stored', 'guide.pdf'));
    expect(text).toContain('Frontgate');
    expect(text).not.toContain('Storedgate');
  });

  it('uses no stored drawing that fails its hash, and never pastes a planted script', async () => {
    const { deck, out } = await afterFirstBuild();
    const store = path.join(out, '.studyguide-diagrams');
    const [name] = await readdir(store);
    const file = path.join(store, name);
    // An edit without a matching hash: drawn again.
    await writeFile(file, (await readFile(file, 'utf8')).replace('Frontgate', 'Editedgate'));
    await appendFile(deck, '### Another question?\n> Yes.\n');
    await buildWith({ paths: [deck], outDir: out, outputs: ['guide', 'anki'] });
    expect(pdfText(path.join(out, 'stored', 'guide.pdf'))).toContain('Frontgate');
    // A planted drawing with a valid hash: used, but sanitized like a fresh one.
    const planted =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><style>.x{background:url(https://evil.invalid/p.png)}</style><text x="5" y="20">Plantedgate</text></svg>';
    await writeFile(file, `sha256:${createHash('sha256').update(planted).digest('hex')}\n${planted}`);
    await appendFile(deck, '### A third question?\n> Yes.\n');
    await buildWith({ paths: [deck], outDir: out, outputs: ['guide', 'anki'] });
    for (const output of ['guide.html', 'anki.txt']) {
      const text = await readFile(path.join(out, 'stored', output), 'utf8');
      expect(text, output).toContain('Plantedgate');
      expect(text, output).not.toMatch(/alert\(|evil\.invalid|onload/);
    }
  });
});

describe('diagram configuration from a deck', () => {
  it('cannot add CSS or fonts that load anything when the HTML is opened', async () => {
    const dir = await tempDir();
    const deck = path.join(dir, 'styled.md');
    const out = path.join(dir, 'out');
    const css = '.node rect { fill: red; background: url(https://evil.invalid/theme.png) } @import url(https://evil.invalid/i.css);';
    await writeFile(
      deck,
      [
        '# Styled',
        '## S',
        '### Directive?',
        '> Yes.',
        '',
        '```mermaid',
        `%%{init: {"themeCSS": "${css}", "fontFamily": "x; src: url(https://evil.invalid/font.woff)", "themeVariables": {"fontFamily": "url(https://evil.invalid/tv.woff)"}}}%%`,
        'flowchart LR',
        '  a[Directivegate] --> b',
        '```',
        '',
        '### Front matter?',
        '> Yes.',
        '',
        '```mermaid',
        '---',
        'config:',
        `  themeCSS: "${css}"`,
        '  fontFamily: "y; src: url(https://evil.invalid/fm.woff)"',
        '---',
        'flowchart LR',
        '  c[Frontmattergate] --> d',
        '```',
        '',
      ].join('\n'),
    );
    const { events } = await buildWith({ paths: [deck], outDir: out, outputs: ['guide', 'anki'] });
    // Left out, and said: the settings print keeps its own, named at each diagram's line; nothing else is warned.
    const warned = events.flatMap((e) => (e.type === 'warning' ? [e.diagnostic] : []));
    expect(warned.map((w) => [w.code, w.line])).toEqual([
      ['diagram-warning', 6],
      ['diagram-warning', 15],
    ]);
    for (const w of warned) expect(w.message).toMatch(/themeCSS.*fontFamily/);
    for (const output of ['guide.html', 'anki.txt']) {
      const text = await readFile(path.join(out, 'styled', output), 'utf8');
      expect(text, output).toContain('Directivegate');
      expect(text, output).toContain('Frontmattergate');
      expect(text, output).not.toContain('evil.invalid');
      // Not only the loads: the deck's CSS is not applied at all.
      expect(text, output).not.toMatch(/fill: ?red/);
    }
    expect(await readFile(path.join(out, 'styled', 'guide.html'), 'utf8')).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });
});
