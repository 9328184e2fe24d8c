import { describe, expect, it } from 'vitest';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseDeck } from '../../src/content/parse-deck.js';
import { tempDir } from '../helpers.js';
import { untypeset } from '../untypeset.js';
import { JPEG, PNG, PNG_DATA_URL } from '../images.js';

/** Renders one answer with the given markdown, in a deck folder holding `files`. */
async function answerWith(markdown: string, files: Record<string, Buffer | string> = {}) {
  const root = await tempDir('studyguide-images-');
  const deckDir = path.join(root, 'deck');
  await mkdir(deckDir);
  for (const [name, data] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), data);
  }
  const deck = parseDeck(`# T\n\n## S\n\n### Q?\n\n> card\n\n${markdown}\n`, { file: 'deck/d.md', slug: 'd', baseDir: deckDir });
  return { html: deck.sections[0].questions[0].answerHtml, warnings: deck.diagnostics.filter((d) => d.code === 'image-blocked'), root, deckDir };
}

describe('images in answers', () => {
  it('inlines PNG and SVG files inside the deck folder, subfolders and encoded names included', async () => {
    const { html, warnings } = await answerWith('![a](img/a.png) ![b](<my pic.png>) ![c](my%20pic.png) ![d](./d.svg?v=2)', {
      'deck/img/a.png': PNG,
      'deck/my pic.png': PNG,
      'deck/d.svg': '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(warnings).toEqual([]);
    expect(html.match(/src="data:image\/png;base64,iVBORw0KGgo/g)?.length).toBe(3);
    expect(html).toContain('src="data:image/svg+xml;base64,');
  });

  it('inlines an SVG saved by Illustrator, whose DOCTYPE declares entities, and leaves out one whose entities expand or name files', async () => {
    // Illustrator's "SVG 1.1" export: the type sniff stopped at the first > inside the DOCTYPE and called it "not PNG, JPEG, GIF, WebP or SVG".
    const illustrator = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<!-- Generator: Adobe Illustrator 16.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [',
      '\t<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">',
      '\t<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">',
      ']>',
      '<svg version="1.1" xmlns:x="&ns_extend;" xmlns:i="&ns_ai;" xmlns="http://www.w3.org/2000/svg" width="120px" height="60px"><rect width="110" height="50"/></svg>',
    ].join('\n');
    const laughs = `<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&c;</text></svg>`;
    const outside = `<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>`;
    const { html, warnings } = await answerWith('![drawn](ai.svg)\n\n![laughs](laughs.svg)\n\n![outside](outside.svg)', {
      'deck/ai.svg': illustrator,
      'deck/laughs.svg': laughs,
      'deck/outside.svg': outside,
    });
    expect(html.match(/src="data:image\/svg\+xml;base64,/g)?.length).toBe(1);
    expect(warnings.map((w) => [w.line, w.message.replace(/ — .*/, '')])).toEqual([
      [11, 'image "laughs.svg" left out: it is not an image this browser can draw (its DOCTYPE builds entities out of other entities, which can multiply without end)'],
      [13, 'image "outside.svg" left out: it is not an image this browser can draw (its DOCTYPE declares an entity read from another file)'],
    ]);
  });

  it('leaves out what is not an image, or not there, with the alt text and a warning at the line', async () => {
    const { html, warnings } = await answerWith('Intro.\n\n![notes](notes.png) ![gone](missing.png) ![dir](img)', { 'deck/notes.png': 'just text', 'deck/img/x.png': PNG });
    // Each in its place says it was not printed, with its description.
    expect(untypeset(html)).toContain('<em>[Picture not printed: notes]</em> <em>[Picture not printed: gone]</em> <em>[Picture not printed: dir]</em>');
    expect(html).not.toContain('<img');
    expect(warnings.map((w) => [w.line, w.file])).toEqual([[11, 'deck/d.md'], [11, 'deck/d.md'], [11, 'deck/d.md']]);
    expect(warnings.map((w) => w.message.replace(/ — .*/, ''))).toEqual([
      'image "notes.png" left out: it is not an image this browser can draw (its bytes are not PNG, JPEG, GIF, WebP or SVG)',
      'image "missing.png" left out: no such file next to the deck',
      'image "img" left out: it is a folder, not a regular file',
    ]);
  });

  it('never follows a symlink or a path out of the deck folder', async () => {
    const { root, deckDir } = await answerWith('x', { 'outside.png': PNG });
    await symlink(path.join(root, 'outside.png'), path.join(deckDir, 'in.png'));
    const deck = parseDeck('# T\n\n## S\n\n### Q?\n\n![l](in.png) ![t](../outside.png) ![a](' + path.join(root, 'outside.png') + ')\n', { file: 'd.md', slug: 'd', baseDir: deckDir });
    expect(deck.sections[0].questions[0].answerHtml).not.toContain('<img');
    expect(deck.diagnostics.filter((d) => /outside the deck's folder/.test(d.message)).length).toBe(3);
  });

  it('refuses a FIFO or a device as an image without opening it for long or reading it whole', async () => {
    const { deckDir } = await answerWith('x');
    execFileSync('mkfifo', [path.join(deckDir, 'pipe.png')]);
    await symlink('/dev/zero', path.join(deckDir, 'zero.png'));
    // Neither a writer for the pipe nor an end of /dev/zero ever comes: a blocking read would hang here.
    const deck = parseDeck('# T\n\n## S\n\n### Q?\n\n> card\n\n![p](pipe.png)\n\n![z](zero.png)\n', { file: 'd.md', slug: 'd', baseDir: deckDir });
    expect(deck.sections[0].questions[0].answerHtml).not.toContain('<img');
    expect(deck.diagnostics.map((d) => `${d.line}: ${d.message.replace(/ — .*/, '')}`)).toEqual([
      '9: image "pipe.png" left out: it is a named pipe (FIFO), not a regular file',
      '11: image "zero.png" left out: it is outside the deck\'s folder',
    ]);
  });

  it('keeps data: pictures a deck writes itself, drops data: documents', async () => {
    const { html, warnings } = await answerWith(`![p](${PNG_DATA_URL}) ![h](data:text/html;base64,PHNjcmlwdD4=)`);
    expect(html).toContain(`<img src="${PNG_DATA_URL}" alt="p">`);
    expect(html).not.toContain('text/html');
    expect(warnings.length).toBe(1);
  });

  it('says in the guide and on the card that a remote picture was not printed, and why in the warning', () => {
    const deck = parseDeck('# T\n\n## S\n\n### What are the three tiers?\n\n![Web, app and database tiers](https://example.com/img/tiers.png?v=2)\n', { file: 'd.md', slug: 'd', baseDir: '.' });
    const [q] = deck.sections[0].questions;
    expect(untypeset(q.answerHtml)).toBe('<p><em>[Picture not printed: Web, app and database tiers]</em></p>');
    expect(untypeset(q.cardHtml)).toContain('[Picture not printed: Web, app and database tiers]');
    expect(deck.diagnostics.filter((d) => d.code === 'image-blocked').map((d) => `${d.line}: ${d.message}`)).toEqual([
      '7: image "https://example.com/img/tiers.png?v=2" left out: studyguide never fetches from the network; its description "Web, app and database tiers" is printed in its place — download it next to the deck and link it as ./tiers.png',
    ]);
    // A German deck says so in German.
    const de = parseDeck('---\nlang: de\n---\n# T\n\n## S\n\n### Was zeigt das Bild?\n\n![Drei Schichten](https://example.com/x.png)\n', { file: 'd.md', slug: 'd', baseDir: '.' });
    expect(untypeset(de.sections[0].questions[0].answerHtml)).toContain('[Bild nicht gedruckt: Drei Schichten]');
  });

  it('leaves out, at each line, images a browser cannot draw: garbage data:, bad SVG, text, cut-off and empty files', async () => {
    const svg = (text: string) => `data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}`;
    const lines = [
      `![garbage](data:image/png;base64,${Buffer.from('not a picture at all').toString('base64')})`,
      `![broken svg](${svg('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')})`,
      '![text](notes.png)',
      '![cut](cut.jpg)',
      '![empty](empty.png)',
      `![script](${svg('<script>alert(1)</script>')})`,
      '![ok](ok.jpg)',
    ];
    const { html, warnings } = await answerWith(lines.join('\n\n'), {
      'deck/notes.png': 'just text\n',
      'deck/cut.jpg': JPEG.subarray(0, 100),
      'deck/empty.png': Buffer.alloc(0),
      'deck/ok.jpg': JPEG,
    });
    // The first image is on line 9, each stands two lines under the one before it.
    expect(warnings.map((w) => `${w.line}: ${w.message.replace(/^image ".*?" left out: /, '')}`)).toEqual([
      '9: it is not an image this browser can draw (it has no PNG header) — re-export it as PNG, JPEG or SVG',
      '11: it is not an image this browser can draw (not well-formed SVG: </svg> closes no open <svg>) — re-export it as PNG, JPEG or SVG',
      '13: it is not an image this browser can draw (its bytes are not PNG, JPEG, GIF, WebP or SVG) — re-export it as PNG, JPEG or SVG',
      '15: it is not an image this browser can draw (no pixel data: the file is cut short) — re-export it as PNG, JPEG or SVG',
      '17: it is not an image this browser can draw (the file is empty) — re-export it as PNG, JPEG or SVG',
      '19: it is not an image this browser can draw (not SVG: its root is <script>, not <svg>) — re-export it as PNG, JPEG or SVG',
    ]);
    expect(html.match(/<img /g)?.length).toBe(1);
    expect(html).toContain(`src="data:image/jpeg;base64,${JPEG.toString('base64')}"`);
  });
});

describe('a picture of too many pixels', () => {
  it('is left out at its line with its size, before its pixels are inflated, from a file or a data: URL', async () => {
    const bomb = Buffer.from(PNG);
    bomb.writeUInt32BE(20_000, 16);
    bomb.writeUInt32BE(20_000, 20);
    const { html, warnings } = await answerWith(`![big](big.png)\n\n![inline](data:image/png;base64,${bomb.toString('base64')})`, { 'deck/big.png': bomb });
    expect(html).not.toContain('<img');
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [9, expect.stringMatching(/^image "big\.png" left out: it is 20,000 × 20,000 pixels \(400 megapixels\)/)],
      [11, expect.stringMatching(/^image "data:image\/png[^"]*" left out: it is 20,000 × 20,000 pixels/)],
    ]);
    expect(warnings[0].message).toMatch(/ — scale it down/);
  });
});
