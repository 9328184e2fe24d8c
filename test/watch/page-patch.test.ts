import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { diffPages, type PagePatch } from '../../src/watch/page-patch.js';
import { propertyRuns } from '../long-run.js';

/** A page shaped like ours: a policy, a style, a script in the head; blocks with ids in the body. */
function page(body: string, head: { style?: string; script?: string; title?: string; bodyClass?: string } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<title>${head.title ?? 'Deck'}</title>
<style>${head.style ?? 'body { color: black; }'}</style>
<script>${head.script ?? 'void 0;'}</script>
</head>
<body class="${head.bodyClass ?? 'guide'}">
${body}
</body>
</html>
`;
}

const section = (id: string, questions: string[]) =>
  `<section class="section" id="${id}">\n  <h2 class="section-title">${id}</h2>\n${questions.map((q, i) => `  <article class="question" id="${id}-q${i}"><h3><span class="qnum">Q${i + 1}</span> <span class="qtext">${q}</span></h3><div class="answer"><p>Answer to ${q}</p></div></article>`).join('\n')}\n</section>`;

const toc = (titles: string[]) => `<nav class="toc"><ol>${titles.map((t) => `<li><a href="#x">${t}</a></li>`).join('')}</ol></nav>`;

/** What the browser does with a patch, done on a parsed tree: each part replaces the element at its path. */
function applied(before: string, patch: PagePatch): Root {
  const tree = fromHtml(before);
  const html = elementsOf(tree).find((e) => e.tagName === 'html')!;
  const [head, body] = ['head', 'body'].map((name) => elementsOf(html).find((e) => e.tagName === name)!);
  const targets = patch.parts.map((part) => {
    let parent = body;
    let index = -1;
    for (const [depth, i] of part.path.entries()) {
      const child = elementsOf(parent)[i];
      expect(child, `path ${part.path.join('.')}`).toBeDefined();
      if (depth === part.path.length - 1) index = parent.children.indexOf(child);
      else parent = child;
    }
    return { parent, index, html: part.html };
  });
  for (const t of targets) {
    const fresh = fromHtml(t.html, { fragment: true }).children;
    expect(fresh).toHaveLength(1);
    t.parent.children[t.index] = fresh[0] as Element;
  }
  if (patch.styles) {
    head.children = head.children.filter((c) => !(c.type === 'element' && c.tagName === 'style'));
    for (const css of patch.styles) head.children.push({ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] });
  }
  if (patch.title !== undefined) {
    const title = elementsOf(head).find((e) => e.tagName === 'title')!;
    title.children = [{ type: 'text', value: patch.title }];
  }
  return tree;
}

const elementsOf = (node: Root | Element): Element[] => (node.children as Root['children']).filter((c): c is Element => c.type === 'element');

/** The body as the browser would hold it (serialized from the tree, positions left out). */
const bodyOf = (tree: Root) => toHtml(elementsOf(elementsOf(tree).find((e) => e.tagName === 'html')!).find((e) => e.tagName === 'body')!);
const stylesOf = (tree: Root) =>
  elementsOf(elementsOf(elementsOf(tree)[0]).find((e) => e.tagName === 'head')!)
    .filter((e) => e.tagName === 'style')
    .map((e) => toHtml(e.children));

/** Diffs, applies the patch to `before`, and checks the result is `after`'s body (and styles). */
function patchAndCompare(before: string, after: string): PagePatch {
  const patch = diffPages(before, after);
  expect(patch, 'a patch, not a reload').toBeDefined();
  const result = applied(before, patch!);
  expect(bodyOf(result)).toBe(bodyOf(fromHtml(after)));
  expect(stylesOf(result)).toEqual(stylesOf(fromHtml(after)));
  return patch!;
}

describe('diffPages: patching a served page in place', () => {
  const base = page([toc(['One?', 'Two?']), section('basics', ['One?', 'Two?']), section('design', ['Three?'])].join('\n'));

  it('gives no parts for the same page', () => {
    expect(diffPages(base, base)).toEqual({ parts: [] });
  });

  it('replaces only the elements that hold an edited question, wherever they are', () => {
    const after = page([toc(['One, edited?', 'Two?']), section('basics', ['One, edited?', 'Two?']), section('design', ['Three?'])].join('\n'));
    const patch = patchAndCompare(base, after);
    // The contents entry and the question's text, not the sections around them.
    expect(patch.parts.length).toBeGreaterThan(0);
    expect(patch.parts.every((p) => p.html.length < 200)).toBe(true);
    expect(patch.parts.map((p) => p.html).join('')).toContain('One, edited?');
    expect(patch.parts.map((p) => p.html).join('')).not.toContain('Three?');
  });

  it('replaces a section whose questions were added or removed, and leaves the others', () => {
    const after = page([toc(['One?', 'Two?']), section('basics', ['One?', 'Two?', 'New?']), section('design', ['Three?'])].join('\n'));
    const patch = patchAndCompare(base, after);
    expect(patch.parts).toHaveLength(1);
    expect(patch.parts[0].html).toMatch(/^<section class="section" id="basics">/);
  });

  it('replaces an element whose attributes changed', () => {
    const after = base.replace('id="design-q0"', 'id="design-q0" data-level="hard"');
    const patch = patchAndCompare(base, after);
    expect(patch.parts).toHaveLength(1);
    expect(patch.parts[0].html).toMatch(/^<article class="question" id="design-q0" data-level="hard">/);
  });

  it('patches edits far apart, and in the last block', () => {
    const after = base.replace('>One?</a>', '>Uno?</a>').replace('Answer to Three?', 'Answer to <em>three</em>');
    patchAndCompare(base, after);
  });

  it('patches a table cell and a list item', () => {
    const before = page(`<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>\n<ul><li>x</li><li>y</li></ul>`);
    patchAndCompare(before, before.replace('<td>b</td>', '<td>B!</td>').replace('<li>y</li>', '<li>y <code>z</code></li>'));
  });

  it('takes new styles and a new title in place', () => {
    const after = page([toc(['One?', 'Two?']), section('basics', ['One?', 'Two?']), section('design', ['Three?'])].join('\n'), {
      style: 'body { color: navy; }',
      title: 'Deck, renamed',
    });
    const patch = patchAndCompare(base, after);
    expect(patch.styles).toEqual(['body { color: navy; }']);
    expect(patch.title).toBe('Deck, renamed');
    expect(patch.parts).toEqual([]);
  });

  it('asks for a reload when the page frame changed', () => {
    const blocks = [toc(['One?', 'Two?']), section('basics', ['One?', 'Two?']), section('design', ['Three?'])];
    // A section added or removed at the top level of the body.
    expect(diffPages(base, page([...blocks, section('more', ['Four?'])].join('\n')))).toBeUndefined();
    expect(diffPages(base, page(blocks.slice(0, 2).join('\n')))).toBeUndefined();
    // The page's script, its policy, the body's class.
    expect(diffPages(base, page(blocks.join('\n'), { script: 'void 1;' }))).toBeUndefined();
    expect(diffPages(base, base.replace("default-src 'none'", 'default-src *'))).toBeUndefined();
    expect(diffPages(base, page(blocks.join('\n'), { bodyClass: 'cards' }))).toBeUndefined();
  });

  it('takes new styles and an edited question in one patch', () => {
    const after = page([toc(['One?', 'Two?']), section('basics', ['One?', 'Two, edited?']), section('design', ['Three?'])].join('\n'), {
      style: 'body { color: navy; }',
    });
    const patch = patchAndCompare(base, after);
    expect(patch.styles).toEqual(['body { color: navy; }']);
    expect(patch.parts.length).toBeGreaterThan(0);
  });

  it('patches any edit of questions within the same sections into the page a fresh load gives', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '<', '&', 'é', '?', '\n'), minLength: 1, maxLength: 12 });
    const sections = fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });
    const escape = (t: string) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
    const render = (s: string[][]) => page([toc(s.flat().map(escape)), ...s.map((qs, i) => section(`s${i}`, qs.map(escape)))].join('\n'));
    fc.assert(
      fc.property(sections, sections, (a, b) => {
        // The same number of sections: the page's frame stays, whatever happened inside them.
        const edited = a.map((qs, i) => b[i] ?? qs);
        patchAndCompare(render(a), render(edited));
      }),
      { numRuns: propertyRuns(25, 60) },
    );
  });
});
