import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Two wide tables as a frontend bank writes them: six columns of short words, and five.
const DECK = [
  '# Frontend Tables',
  '',
  '## CSS',
  '',
  '### Compare the ways to hide an element',
  '',
  '> display: none removes it; visibility: hidden keeps its space; a visually-hidden class keeps it for screen readers.',
  '',
  '| Technique | Takes space | Read by screen readers | Focusable | Animatable | Use for |',
  '| --- | --- | --- | --- | --- | --- |',
  '| display: none | no | no | no | no (until recently) | closed panels, tabs |',
  '| hidden attribute | no | no | no | no | content not yet relevant |',
  '| visibility: hidden | yes | no | no | yes | fading menus |',
  '| opacity: 0 | yes | yes | yes | yes | transitions only, never to hide |',
  '',
  '### Compare the JavaScript module systems',
  '',
  '> ES modules are static and standard; CommonJS is dynamic and synchronous.',
  '',
  '| System | Syntax | Loading | Static analysis | Where it runs |',
  '| --- | --- | --- | --- | --- |',
  '| ES modules | import / export | asynchronous | yes | browsers, Node, Deno, bundlers |',
  '| CommonJS | require / module.exports | synchronous | partial | Node, bundlers |',
  '| AMD | define / require | asynchronous | no | legacy RequireJS sites |',
  '',
].join('\n');

describe('a wide table in the guide', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('frontend-tables', DECK, ['guide']), 'guide.pdf');
  });

  it('keeps its short words whole when it fits the text width so, and still fits it', () => {
    const pages = pdfWords(file);
    const words = pages.flatMap((p) => p.words.map((w) => w.text));
    // Broken at a syllable they read "at-|tribute", "re-|cently", "asyn-|chronous" in roomy columns.
    for (const whole of ['attribute', 'recently)', 'asynchronous', 'synchronous']) expect(words, whole).toContain(whole);
    const body = pages.find((p) => p.words.some((w) => w.text === 'attribute'))!;
    // Nothing runs into the margin: every word stays over half an inch from the paper's edge (the margins are wider).
    expect(Math.max(...body.words.map((w) => w.xMax))).toBeLessThanOrEqual(body.width - 36);
  });
});
