import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeSvg } from '../../src/print/sanitize-svg.js';
import { DiagramStore } from '../../src/print/diagram-store.js';
import { withCsp } from '../../src/render/csp.js';
import { tempDir } from '../helpers.js';

// What a hostile drawing could carry into guide.html, the cards and anki.txt: scripts, handlers,
// links out, and CSS that fetches (mermaid's themeCSS and fontFamily end up in the SVG's <style>).
const HOSTILE = [
  '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(\'https://evil.invalid/a\')" viewBox="0 0 10 10">',
  '<style>@import url(https://evil.invalid/b.css); .node { font-family: x; background: url( "https://evil.invalid/c.png" ); fill: url(#grad); } .l { background: image-set("https://evil.invalid/d.png" 1x); }</style>',
  '<script>alert(1)</script>',
  '<a href="https://evil.invalid/e"><text x="1" y="2" style="fill: url(https://evil.invalid/f)">label</text></a>',
  '<image href="https://evil.invalid/g.png"/>',
  '<use href="#arrow"/><path d="M0 0" marker-end="url(#arrow)"/>',
  '<foreignObject><div><img src="https://evil.invalid/h.png"><iframe src="https://evil.invalid/i"></iframe></div></foreignObject>',
  '<set attributeName="href" to="javascript:alert(2)"/>',
  '</svg>',
].join('');

describe('sanitizeSvg', () => {
  it('keeps the drawing and its inner references, drops every script, handler and outside load', () => {
    const svg = sanitizeSvg(HOSTILE)!;
    expect(svg).toBeDefined();
    expect(svg).not.toContain('evil.invalid');
    expect(svg).not.toMatch(/<script|onload|javascript:|<iframe|<img|<set|@import/i);
    expect(svg).toContain('label');
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('href="#arrow"');
    expect(svg).toContain('fill: url(#grad)');
  });

  it('refuses anything that is not one SVG element', () => {
    expect(sanitizeSvg('<svg></svg><script>x</script>')).toBeUndefined();
    expect(sanitizeSvg('<div><svg></svg></div>')).toBeUndefined();
    expect(sanitizeSvg('text <svg></svg>')).toBeUndefined();
  });
});

describe('the diagram store', () => {
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');

  it('reads back what it wrote, and sanitizes a planted file whose hash matches', async () => {
    const dir = path.join(await tempDir('studyguide-store-'), '.studyguide-diagrams');
    const store = new DiagramStore(dir, 'salt');
    await store.put('graph LR\n', '<svg><text>kept</text></svg>');
    expect(await store.get('graph LR\n')).toBe('<svg><text>kept</text></svg>');
    // Someone who knows the format plants a drawing with a script, hash and all.
    const [name] = await readdir(dir);
    await writeFile(path.join(dir, name), `sha256:${sha(HOSTILE)}\n${HOSTILE}`);
    const got = await store.get('graph LR\n');
    expect(got).toContain('label');
    expect(got).not.toMatch(/evil\.invalid|<script|onload/);
  });

  it('ignores a stored file that does not match its hash or has none', async () => {
    const dir = path.join(await tempDir('studyguide-store-'), '.studyguide-diagrams');
    const store = new DiagramStore(dir, 'salt');
    await store.put('pie\n', '<svg><text>first</text></svg>');
    const [name] = await readdir(dir);
    await writeFile(path.join(dir, name), `sha256:${sha('<svg><text>first</text></svg>')}\n<svg><text>edited</text></svg>`);
    expect(await store.get('pie\n')).toBeUndefined();
    await writeFile(path.join(dir, name), '<svg><script>alert(1)</script></svg>');
    expect(await store.get('pie\n')).toBeUndefined();
  });
});

describe('the Content-Security-Policy of HTML outputs', () => {
  it('forbids every load and allows only our own script, by its hash', () => {
    const own = 'document.body.dataset.ready = "1";';
    const html = withCsp(`<!doctype html><html><head>\n<title>t</title><script>\n${own}\n</script></head><body><script>evil()</script></body></html>`, [own]);
    const policy = /<head>\n<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy).toBeDefined();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    const allowed = [...policy!.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
    expect(allowed).toEqual([createHash('sha256').update(`\n${own}\n`).digest('base64')]);
  });
});
