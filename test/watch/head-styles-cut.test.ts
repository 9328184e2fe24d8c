import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseWithoutHeadStyles } from '../../src/watch/head-styles-cut.js';

// The text each parse of a page was given: counted around the real parser.
const parsedTexts = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('hast-util-from-html', async (importOriginal) => {
  const real = await importOriginal<typeof import('hast-util-from-html')>();
  return {
    ...real,
    fromHtml: (...args: Parameters<typeof real.fromHtml>) => {
      parsedTexts.texts.push(String(args[0]));
      return real.fromHtml(...args);
    },
  };
});

const CSS = `@font-face { font-family: "Body"; src: url("https://fonts.studyguide.invalid/body.woff2") format("woff2"); }\n${'.q > p { margin: 0 0 .4em; }\n'.repeat(50)}`;

/** A served page as ours are: a policy, big styles and a script in the head, blocks in the body. */
const page = (head: string, body = '<section id="s"><h2>S</h2><article id="q1"><p>One &amp; two</p></article></section>') =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Deck</title>\n${head}\n</head>\n<body class="cards">\n${body}\n<script>void 0;</script>\n</body>\n</html>\n`;

/** The tree with only what the patches read: kinds, names, attributes, values and offsets. */
const offsetsOnly = (tree: Root): unknown =>
  JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'line' || key === 'column' ? undefined : value)));

const sameAsWhole = (source: string) => {
  const cut = parseWithoutHeadStyles(source);
  if (cut) expect(offsetsOnly(cut)).toEqual(offsetsOnly(fromHtml(source)));
  return cut;
};

describe('a served page parsed without its head styles', () => {
  it("gives the whole parse's tree, positions included, with the CSS never run through the parser", async () => {
    vi.resetModules();
    const { parsePage } = await import('../../src/watch/parsed-page.js');
    const source = page(`<style>${CSS}</style>\n<style media="print">${CSS.toUpperCase()}</style>\n<script>var a = "<style>";</script>`);
    parsedTexts.texts = [];
    const tree = parsePage(source);
    expect(tree).toBeDefined();
    expect(parsedTexts.texts.length).toBeGreaterThan(0);
    for (const text of parsedTexts.texts) expect(text).not.toContain('margin: 0 0 .4em');
    expect(offsetsOnly(tree!.root)).toEqual(offsetsOnly(fromHtml(source)));
  });

  it('cuts styles in any case of tag and end tag, and leaves the body alone', () => {
    expect(sameAsWhole(page(`<STYLE type="text/css">${CSS}</STYLE >`))).toBeDefined();
    expect(sameAsWhole(page(`<style>${CSS}</style/>`))).toBeDefined();
    // A style in the body (an SVG's, or one of a theme's templates) is parsed as it stands.
    expect(sameAsWhole(page(`<style>a{}</style>`, `<svg><style>.x &gt; y {}</style></svg><style>b{}</style>`))).toBeDefined();
  });

  it('parses whole (undefined here) where a cut would not fall on a style of the head', () => {
    // In a comment, in an attribute, with a `>` inside its tag's attribute.
    expect(sameAsWhole(page(`<!-- <style> --><style>${CSS}</style>`))).toBeUndefined();
    expect(sameAsWhole(page(`<meta name="x" content="<style>"><style>${CSS}</style>`))).toBeUndefined();
    expect(sameAsWhole(page(`<style title="a>b">${CSS}</style>`))).toBeUndefined();
  });

  it('gives the whole parse or nothing, for any mix of head pieces', () => {
    const piece = fc.constantFrom(
      '<style>a { b: c }</style>',
      '<style media="print">p::before { content: "</" }</style>',
      '<STYLE>x{}</STYLE>',
      '<!-- <style> -->',
      '<script>"<style>"</script>',
      '<meta content="<style>">',
      '<style>',
      '</style>',
      '<title>t</title>',
      '<body>',
      '<svg><style>q</style></svg>',
      'text',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        sameAsWhole(page(pieces.join('')));
      }),
      { numRuns: 300 },
    );
  });
});
