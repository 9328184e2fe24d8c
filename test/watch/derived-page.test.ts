import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { defaultOptions } from '../../src/model/option-schema.js';
import { PreviewRenderer, type PreviewPageName } from '../../src/watch/preview-render.js';
import { servePage } from '../../src/watch/live-client.js';
import { tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { propertyRuns } from '../long-run.js';

// The texts the HTML parser was given: counted around the real parser.
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

/** The tree with what the patches read: kinds, names, attributes, values and offsets. */
const offsetsOnly = (tree: Root): unknown =>
  JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'line' || key === 'column' ? undefined : value)));

// After a save's patch the served page was parsed whole ahead of the next save (cards.html: 47 ms
// a save); its tree is now made from the last one and the part the diff parsed.
describe("a saved page's tree, made from the last one", () => {
  parseInPlace();
  it('is the tree a whole parse gives, save after save, for every preview page; parsed whole only where the page changed shape', async () => {
    vi.resetModules();
    const { diffPages } = await import('../../src/watch/page-patch.js');
    const { parsed, parsePage } = await import('../../src/watch/parsed-page.js');
    const dir = await tempDir('studyguide-derived-');
    const deck = path.join(dir, 'networking.md');
    const text = await readFile('test/fixtures/watch/networking.md', 'utf8');
    // Saves as an author makes them: words of a question, of an answer, a new paragraph, a new question.
    const versions = [
      text,
      text.replace('What is DNS?', 'What is DNS, really?'),
      text.replace('What is DNS?', 'What is DNS, really?').replace('cached for their TTL', 'cached for their *TTL*'),
      text.replace('What is DNS?', 'What is DNS, really?').replace('in turn.', 'in turn.\n\nThen it caches the answer.'),
      text.replace('### What does a CDN do?', '### What is anycast?\n\n> One address, many places.\n\n### What does a CDN do?'),
    ];
    const renderer = new PreviewRenderer({ ...defaultOptions(), paths: [deck], outDir: path.join(dir, 'out') });
    const pages = new Map<PreviewPageName, string[]>();
    try {
      for (const version of versions) {
        await writeFile(deck, version);
        const preview = await renderer.render(deck);
        for (const name of ['guide.html', 'cards.html', 'cheatsheet.html'] as const)
          pages.set(name, [...(pages.get(name) ?? []), servePage(preview.pages![name]!)]);
      }
    } finally {
      await renderer.close();
    }
    let made = 0;
    for (const [name, served] of pages) {
      parsed(served[0]);
      for (let i = 1; i < served.length; i++) {
        // A new question may reload a page (a sheet of cards changed shape): its tree is then parsed.
        diffPages(served[i - 1], served[i]);
        parsedTexts.texts = [];
        const tree = parsed(served[i])!;
        // Not parsed whole: made from the last tree while the page kept its shape.
        if (!parsedTexts.texts.some((t) => t.includes('<body'))) made++;
        expect(offsetsOnly(tree.root), `${name} save ${i}`).toEqual(offsetsOnly(parsePage(served[i])!.root));
      }
    }
    // The edits inside a question (three saves on each of three pages) are made, not parsed.
    expect(made).toBeGreaterThanOrEqual(9);
  });

  it('parses a retitled question and its contents entry, not the sections between them', async () => {
    vi.resetModules();
    const { diffPages } = await import('../../src/watch/page-patch.js');
    const { parsed, parsePage } = await import('../../src/watch/parsed-page.js');
    const section = (id: string, title: string) =>
      `<section id="${id}">\n  <article id="${id}-q"><h3>${title}</h3><div class="answer"><p>The answer of section ${id}, long enough to be worth not parsing again.</p></div></article>\n</section>`;
    const render = (last: string) =>
      `<!doctype html>\n<html lang="en">\n<head>\n<title>Deck</title>\n</head>\n<body class="guide">\n<nav class="toc"><ol><li>First?</li><li>Middle?</li><li>${last}</li></ol></nav>\n${section('a', 'First?')}\n${section('b', 'Middle?')}\n${section('c', last)}\n</body>\n</html>\n`;
    const [before, after] = [render('Last?'), render('Last, retitled?')];
    parsed(before);
    parsedTexts.texts = [];
    const patch = diffPages(before, after);
    expect(patch?.parts.map((p) => p.html).join('')).toContain('Last, retitled?');
    // Each place narrowed down on its own: the entry and the heading, not the contents or a section whole.
    expect(parsedTexts.texts.some((t) => t.includes('The answer of section b'))).toBe(false);
    expect(parsedTexts.texts.filter((t) => t.includes('<nav') || t.includes('<section'))).toEqual([]);
    // The next save starts from a tree made from this one (not parsed whole), the same as a whole parse.
    const made = parsed(after)!;
    expect(parsedTexts.texts.some((t) => t.includes('<body'))).toBe(false);
    expect(offsetsOnly(made.root)).toEqual(offsetsOnly(parsePage(after)!.root));
  });

  it('is the tree a whole parse gives after any edits of questions, one save after another', async () => {
    vi.resetModules();
    const { diffPages } = await import('../../src/watch/page-patch.js');
    const { parsed, parsePage } = await import('../../src/watch/parsed-page.js');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '<', '&', 'é', '?', '\n', '*'), minLength: 1, maxLength: 12 });
    const markup = fc.constantFrom('', '<em>x</em>', '<div>block</div>', '<p>para</p>', '<a href="#y">link</a>', '<code>c</code>', '<br>');
    const question = fc.tuple(text, markup);
    const sections = fc.array(fc.array(question, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    const escape = (t: string) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
    // The contents at the top name every question: a question's text is in two places.
    const contents = (s: [string, string][][]) =>
      `<nav class="toc"><ol>${s
        .flat()
        .map(([q]) => `<li>${escape(q)}</li>`)
        .join('')}</ol></nav>\n`;
    const render = (s: [string, string][][]) =>
      `<!doctype html>\n<html lang="en">\n<head>\n<title>Deck</title>\n<style>body { color: black; }</style>\n</head>\n<body class="guide">\n${contents(s)}${s
        .map(
          (qs, i) =>
            `<section id="s${i}">\n${qs.map(([q, m], j) => `  <article id="s${i}-q${j}"><h3><span class="qtext">${escape(q)}${m}</span></h3><div class="answer"><p>${escape(q)} ${m}</p></div></article>`).join('\n')}\n</section>`,
        )
        .join('\n')}\n</body>\n</html>\n`;
    fc.assert(
      fc.property(sections, sections, sections, (a, b, c) => {
        // The same number of sections at each save: the page keeps its frame.
        const versions = [a, a.map((qs, i) => b[i] ?? qs), a.map((qs, i) => c[i] ?? b[i] ?? qs)].map(render);
        parsed(versions[0]);
        for (let i = 1; i < versions.length; i++) {
          diffPages(versions[i - 1], versions[i]);
          expect(offsetsOnly(parsed(versions[i])!.root)).toEqual(offsetsOnly(parsePage(versions[i])!.root));
        }
      }),
      { numRuns: propertyRuns(40, 100) },
    );
  });
});
