import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { assetDirs } from '../../src/render/assets.js';
import { compileTemplate, createTemplateEnv } from '../../src/render/handlebars-env.js';
import { tempDir } from '../helpers.js';

// A theme's template is checked when it is read (render/checked-template.ts), and that parse is the
// one compiled: Handlebars parsed every layout and partial a second time. What prints stays as
// Handlebars prints the text itself, standalone tags and `~` stripping included.
describe('templates parsed once', () => {
  afterEach(() => vi.restoreAllMocks());

  // A partial whose whitespace Handlebars strips (standalone blocks, `~`), called from two layouts.
  const item = '<ul>\n  {{#each rows}}\n  <li>{{this}}</li>\n  {{/each}}\n</ul>\n  {{~#if note}}  [{{note}}]  {{~/if}}\n';
  const layouts = { 'one.hbs': '<main>\n  {{> item}}\n</main>\n', 'two.hbs': '{{#if title}}\n<h1>{{title}}</h1>\n{{else}}\nuntitled\n{{/if}}\n{{> item}}' };

  it('parses each layout and partial once, however often it is printed', async () => {
    const dir = await tempDir('studyguide-theme-');
    mkdirSync(path.join(dir, 'templates', 'partials'), { recursive: true });
    writeFileSync(path.join(dir, 'templates', 'partials', 'item.hbs'), item);
    for (const [name, text] of Object.entries(layouts)) writeFileSync(path.join(dir, 'templates', name), text);
    const dirs = assetDirs({ theme: dir });
    // Handlebars's own parser, which every parse of a text goes through (its types leave it out).
    const parser = (Handlebars as unknown as { Parser: { parse(text: string): unknown } }).Parser;
    const parse = vi.spyOn(parser, 'parse');
    const hb = createTemplateEnv(dirs);
    const view = { rows: ['a', 'b'], note: 'n', title: 'T' };
    const printed = Object.keys(layouts).flatMap((name) => [0, 1].map(() => compileTemplate(hb, dirs, name)(view)));
    // Each file once: this partial, called from both layouts, the bundled partials and the two layouts.
    const texts = parse.mock.calls.map(([text]: [string]) => text);
    expect(texts).toEqual(expect.arrayContaining([item, ...Object.values(layouts)]));
    expect(texts.length).toBe(new Set(texts).size);
    parse.mockRestore();

    const plain = Handlebars.create();
    plain.registerPartial('item', item);
    const expected = Object.values(layouts).flatMap((text) => [0, 1].map(() => plain.compile(text)(view)));
    expect(printed).toEqual(expected);
    expect(printed[0]).toBe('<main>\n  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>  [n]\n</main>\n');
  });
});
