import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { svgMarkup } from '../../src/content/svg-markup.js';

const markup = (svg: string, prefix = 'p1') => {
  const made = svgMarkup(svg, prefix);
  return made ? { html: toHtml(made.svg, { space: 'svg' }), unknown: made.unknownFamilies } : undefined;
};
const NS = 'xmlns="http://www.w3.org/2000/svg"';

describe('svgMarkup', () => {
  it('keeps nothing that runs or fetches: scripts, handlers, links out, remote images and CSS loads', () => {
    const { html } = markup(
      `<svg ${NS} width="40" height="20" onload="fetch('/a')"><script>fetch('/b')</script><a href="https://x.example/"><rect width="4" height="4" onclick="fetch('/c')"/></a>` +
        `<image href="https://x.example/i.png" width="4" height="4"/><foreignObject><iframe src="https://x.example/"></iframe></foreignObject>` +
        `<style>@import url(https://x.example/s.css); rect { fill: url(https://x.example/f.svg#g) }</style><rect style="fill: url('https://x.example/h')" width="2" height="2"/></svg>`,
    )!;
    expect(html).not.toMatch(/<script|onload|onclick|x\.example|<iframe|@import/);
  });

  it('keeps a picture the SVG carries as bytes of its own (a data: PNG)', () => {
    const { html } = markup(`<svg ${NS} width="4" height="4"><image href="data:image/png;base64,iVBORw0KGgo=" width="4" height="4"/></svg>`)!;
    expect(html).toContain('href="data:image/png;base64,iVBORw0KGgo="');
  });

  it('prefixes its ids and every reference to them, so two pictures never share one', () => {
    const svg = `<svg ${NS} viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0"/></linearGradient><path id="p" d="M0 0h1"/></defs><rect fill="url(#g)" width="5" height="5"/><use href="#p"/><style>#p { stroke: red }</style></svg>`;
    const a = markup(svg, 'pa')!.html;
    const b = markup(svg, 'pb')!.html;
    expect(a).toContain('id="pa-g"');
    expect(a).toContain('fill="url(#pa-g)"');
    expect(a).toContain('href="#pa-p"');
    expect(a).toContain('#pa-p {');
    expect(b).toContain('id="pb-g"');
    expect(a).not.toContain('"g"');
  });

  it('keeps its <style> to itself with @scope, and drops one whose braces would reach past it', () => {
    expect(markup(`<svg ${NS}><style>.box { fill: red }</style></svg>`, 'q')!.html).toMatch(/@scope \(#q-svg\) \{\s*\.box \{ fill: red \}\s*\}/);
    expect(markup(`<svg ${NS}><style>.box { fill: red } } body { display: none }</style></svg>`)!.html).not.toContain('display: none');
    expect(markup(`<svg ${NS}><style>.box { fill: red; </style></svg>`)!.html).not.toContain('fill: red');
  });

  it('maps the families it names to the bundled serif, sans and mono, and names those the bundle lacks', () => {
    const made = markup(
      `<svg ${NS}><text font-family="Times New Roman">a</text><text style="font-family: Helvetica">b</text><text font-family="'Courier New', monospace">c</text><text font-family="Papyrus">d</text><style>.t { font: bold 12px/1.2 Consolas, monospace }</style></svg>`,
    )!;
    expect(made.html).toMatch(/font-family="&#x22;Source Serif 4&#x22;/);
    expect(made.html).toMatch(/style="font-family: &#x22;Source Sans 3&#x22;/);
    expect(made.html).toMatch(/<text font-family="&#x22;Source Code Pro&#x22;[^>]*>c/);
    expect(made.html).toMatch(/<text font-family="&#x22;Source Sans 3&#x22;[^>]*>d/);
    expect(made.html).toContain('font: bold 12px/1.2 "Source Code Pro"');
    expect(made.unknown).toEqual(['Papyrus']);
  });

  it('gets the size an <img> would give it, in pixels, with a view box so that it scales as a whole', () => {
    expect(markup(`<svg ${NS} width="6cm" height="2cm"/>`)!.html).toMatch(/width="226.772" height="75.591" viewBox="0 0 226.772 75.591"/);
    expect(markup(`<svg ${NS} width="300" viewBox="0 0 100 50"/>`)!.html).toMatch(/width="300" viewBox="0 0 100 50" height="150"/);
    expect(markup(`<svg ${NS}/>`)!.html).toMatch(/width="300" height="150" viewBox="0 0 300 150"/);
    expect(markup(`<svg ${NS} viewBox="0 0 100 50"/>`)!.html).not.toMatch(/\swidth=/);
  });

  it('sets the text the page inherits back to what a picture of its own has: 16 px, black, the bundled serif', () => {
    expect(markup(`<svg ${NS}/>`)!.html).toMatch(/style="font-family: &#x22;Source Serif 4&#x22;[^"]*font-size: 16px[^"]*color: black/);
  });

  it("drops a <use> of an id the picture lacks: it would copy the page's elements, another picture's", () => {
    const html = markup(`<svg ${NS}><g id="own"><rect width="1" height="1"/></g><use href="#own"/><use href="#p2-svg"/><use xlink:href="#q-a11"/></svg>`)!.html;
    expect(html).toContain('<use href="#p1-own">');
    expect(html).not.toMatch(/p2-svg|q-a11/);
    expect(html.match(/<use\b/g)).toHaveLength(3);
  });

  it('says when its <use> elements, read as the page reads them, draw more copies than a picture may', () => {
    // Ten <use> per group, five deep; written with &#35; for # the second time.
    const bomb = (hash: string) =>
      `<svg ${NS}><defs><g id="a0"><rect width="1" height="1"/></g>${[1, 2, 3, 4, 5].map((i) => `<g id="a${i}">${`<use href="${hash}a${i - 1}"/>`.repeat(10)}</g>`).join('')}</defs><use href="${hash}a5"/></svg>`;
    expect(svgMarkup(bomb('#'), 'p')?.tooManyCopies).toMatch(/^its <use> elements draw 680,181 copies, more than the 20,000/);
    expect(svgMarkup(bomb('&#35;'), 'p')?.tooManyCopies).toMatch(/^its <use> elements draw 680,181 copies/);
    expect(svgMarkup(`<svg ${NS}><g id="a"><rect width="1" height="1"/></g>${'<use href="#a"/>'.repeat(300)}</svg>`, 'p')?.tooManyCopies).toBeUndefined();
  });

  it('is undefined for text holding no SVG', () => {
    expect(svgMarkup('<p>not a picture</p>', 'x')).toBeUndefined();
  });
});
