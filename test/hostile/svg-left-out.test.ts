import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDeck } from '../../src/content/parse-deck.js';
import { tempDir } from '../helpers.js';

// A deck's SVG picture prints as markup in the page, with everything that could load or run
// taken out. What was taken out changed the picture (an <image> of a logo on a web server, a
// <foreignObject> frame), and it printed so without a word.

async function pictureWarnings(svg: string) {
  const dir = await tempDir('studyguide-svg-left-out-');
  await writeFile(path.join(dir, 'pic.svg'), svg);
  const deck = parseDeck('# T\n\n## S\n\n### Q?\n\n> card\n\n![diagram](pic.svg)\n\nAfter it.\n', { file: 'd.md', slug: 'd', baseDir: dir });
  return deck.diagnostics.filter((d) => d.code === 'image-blocked').map((d) => `${d.line}: ${d.message}`);
}

const SVG = (inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="40">${inner}<rect width="30" height="10" fill="gray"/></svg>`;

describe("what a deck's SVG picture would load or run", () => {
  it("is named in one warning at the picture's line: external <image> and <use>, frames, scripts, handlers, CSS that fetches", async () => {
    const warnings = await pictureWarnings(
      SVG(
        '<image xlink:href="http://127.0.0.1:9/logo.png" width="10" height="10"/><image href="file:///etc/passwd"/><use xlink:href="http://127.0.0.1:9/u.svg#a"/>' +
          '<foreignObject width="50" height="20"><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://127.0.0.1:9/fo"></iframe></foreignObject><script>alert(1)</script>',
      ),
    );
    expect(warnings).toEqual([
      '9: image "pic.svg" prints without what it would load or run, left out: <image> http://127.0.0.1:9/logo.png, <image> file:///etc/passwd, <use> http://127.0.0.1:9/u.svg#a, <iframe> http://127.0.0.1:9/fo and 1 more — put the pictures it shows inside it as data: PNG or JPEG; studyguide loads nothing from outside a picture and runs none of its scripts',
    ]);
    const handlers = await pictureWarnings(SVG('<g onclick="x()"><text y="20" style="fill: url(http://127.0.0.1:9/p.svg)">t</text></g>'));
    expect(handlers).toEqual([expect.stringContaining('left out: onclick handler, CSS url(http://127.0.0.1:9/p.svg) — ')]);
  });

  it('a picture that only points into itself, or holds its pictures as data:, is said nothing of', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==';
    const warnings = await pictureWarnings(
      SVG(
        `<defs><linearGradient id="g"><stop offset="0"/></linearGradient><g id="dot"><circle r="2"/></g></defs><use href="#dot"/><rect fill="url(#g)" width="5" height="5"/><image href="${png}" width="1" height="1"/>`,
      ),
    );
    expect(warnings).toEqual([]);
  });
});
