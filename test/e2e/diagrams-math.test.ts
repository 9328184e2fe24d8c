import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { BuildEvent } from '../../src/model/build-options.js';
import { buildWith, bundledOut, pdfPages, pdfText, read, tempDir } from '../helpers.js';
import { textRuns } from '../pdf-font-sizes.js';
import { findSequence, pdfWords, type PdfWord } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/** Fonts embedded in a PDF, as pdffonts lists them. */
const pdfFonts = (file: string): string => execFileSync('pdffonts', [file], { encoding: 'utf8' });

describe('diagrams and maths in the fixture deck', () => {
  let out = '';
  let events: BuildEvent[] = [];
  beforeAll(async () => {
    out = await tempDir();
    ({ events } = await buildWith({ paths: ['test/fixtures/diagrams/deck.md'], outDir: out, outputs: ['guide', 'cards'] }));
    expect(events.filter((e) => e.type === 'deck-failed')).toEqual([]);
  });

  it('draws mermaid blocks as vector diagrams in the guide, no source left', () => {
    const text = pdfText(path.join(out, 'deck', 'guide.pdf'));
    for (const label of ['Userzone', 'Edgeproxy', 'Appserver', 'Datastore', 'reads & writes']) expect(text).toContain(label);
    expect(text).not.toMatch(/flowchart TB\s+user|-->\s*edge|\.->/);
  });

  // Mermaid's own style draws the box under an edge's label half transparent, so the edge ran through
  // the words ("reads & writes" struck through). The rule that wins, the last of equal weight, is opaque.
  it('sets an edge label on an opaque box, so its line does not run through the words', async () => {
    const html = await read(path.join(out, 'deck', 'guide.html'));
    // A rule's selector starts after a brace (or at the start): tried from every character of the
    // page's 0.6 MB (its fonts inline), the pattern cost 6 s of CPU; the matches are the same.
    const rules = [...html.matchAll(/(?<=^|[{}])[^{}]*\.edgeLabel \.label rect[^{}]*\{([^}]*)\}/g)].map((m) => /opacity:\s*([\d.]+)/.exec(m[1])?.[1]);
    expect(rules.length, 'rules for the label box').toBeGreaterThan(1);
    expect(rules.at(-1)).toBe('1');
  });

  it('draws a diagram in a card answer on the card, scaled to fit it', async () => {
    const text = pdfText(path.join(out, 'deck', 'cards.pdf'));
    expect(text).toContain('Clientbox');
    expect(text).toContain('Balancerbox');
    expect(text).not.toContain('flowchart LR');
    const html = await read(path.join(out, 'deck', 'cards.html'));
    expect(html).toMatch(/<figure class="diagram"><svg[^>]*viewBox/);
    expect(html).toContain('.card .diagram svg { max-height: 1.5in; }');
  });

  it('typesets $…$ and $$…$$ with embedded KaTeX fonts and leaves money alone', async () => {
    const guide = path.join(out, 'deck', 'guide.pdf');
    const text = pdfText(guide);
    expect(text).toContain('A plan that costs $5 or $10 a month');
    // Outside the money sentence no TeX source is left: no $ delimiters, no \commands.
    expect(text.replace('$5 or $10', '')).not.toMatch(/\$|\\log|\\left|\\rceil/);
    expect(text).toMatch(/log\s*2/);
    expect(text).toContain('⌈');
    expect(pdfFonts(guide)).toMatch(/KaTeX_Main-Regular\s.*\byes\b/);
    expect(pdfFonts(path.join(out, 'deck', 'cards.pdf'))).toMatch(/KaTeX_Math-Italic/);
    // The HTML stays self-contained: KaTeX's fonts travel inside it.
    const html = await read(path.join(out, 'deck', 'guide.html'));
    expect(html).toMatch(/font-family:KaTeX_Main;[^}]*src:url\(data:font\/woff2;base64,/);
    expect(html).not.toMatch(/url\(fonts\//);
    // Only the families the formulas use travel along (Fraktur is not used here).
    expect(html).not.toMatch(/@font-face\{[^}]*KaTeX_Fraktur/);
  });

  // `$$ W = 2^{k} - 1 $$` on one line was set inline, at the left of a paragraph of its own.
  it('sets a $$…$$ formula written on one line apart and centred, as one written over three lines', () => {
    const page = pdfWords(path.join(out, 'deck', 'guide.pdf')).find((p) => findSequence(p, 'W =').length)!;
    const lineOf = (first: PdfWord) => page.words.filter((w) => w.yMin < first.yMax && w.yMax > first.yMin);
    const centre = (words: PdfWord[]) => (Math.min(...words.map((w) => w.xMin)) + Math.max(...words.map((w) => w.xMax))) / 2;
    const oneLine = lineOf(findSequence(page, 'W =')[0]);
    const threeLines = lineOf(findSequence(page, 'k = ⌈')[0]);
    expect(oneLine.map((w) => w.text).join(' ')).toBe('W = 2 k − 1');
    expect(Math.abs(centre(oneLine) - centre(threeLines)), 'centres of the two formulas, in pt').toBeLessThan(3);
    expect(Math.min(...oneLine.map((w) => w.xMin)) - Math.min(...page.words.map((w) => w.xMin)), 'indent from the text edge, in pt').toBeGreaterThan(100);
  });

  it('keeps a diagram mermaid cannot read as code and says where it is', () => {
    const warnings = events.flatMap((e) => (e.type === 'warning' ? [e.diagnostic] : []));
    const bad = warnings.find((d) => d.code === 'bad-diagram');
    expect(bad?.line).toBe(45); // the block, not the question holding it
    expect(bad?.message).toMatch(/printed as code/);
    expect(pdfText(path.join(out, 'deck', 'guide.pdf'))).toContain('this is --> not [valid');
  });

  // Read from the same build: the guide's HTML is the same whichever other outputs are made.
  it('draws a hostile diagram without handlers, scripts or outside links', async () => {
    const html = await read(path.join(out, 'deck', 'guide.html'));
    const figures = [...html.matchAll(/<figure class="diagram[^>]*>[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    const hostile = figures.find((f) => f.includes('Otherbox'));
    expect(hostile).toBeDefined();
    expect(hostile).not.toMatch(/<script|\son\w+=|javascript:|<img/i);
  });
});

describe('the bundled deck', () => {
  it('prints the three-tier VPC layout as a diagram, not as code', async () => {
    const text = pdfText(path.join(bundledOut(), 'infrastructure-engineer', 'guide.pdf'));
    expect(text).toContain('Internet gateway');
    expect(text).toContain('replication');
    expect(text).not.toMatch(/flowchart TB|inet\["Internet"\]/);
    const html = await read(path.join(bundledOut(), 'infrastructure-engineer', 'guide.html'));
    const figure = /<figure class="diagram[^>]*>[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(figure).toContain('<svg');
    expect(figure).not.toMatch(/<script|\son\w+=|href="(?!#)/i);
    // Its labels print at 7 pt at least (shrunk to the column, they printed at 5.9 pt).
    const guide = path.join(bundledOut(), 'infrastructure-engineer', 'guide.pdf');
    const page = pdfPages(guide).findIndex((p) => p.includes('Internet gateway')) + 1;
    const labels = textRuns(guide).filter((r) => r.page === page && /SourceSans/.test(r.font));
    expect(Math.min(...labels.map((r) => r.size)), 'smallest label, in pt').toBeGreaterThanOrEqual(7);
  });

  it('typesets the autoscaler formula of the Kubernetes deck', () => {
    const text = pdfText(path.join(bundledOut(), 'kubernetes-admin', 'guide.pdf'));
    expect(text).toMatch(/desiredReplicas = ⌈\s*currentReplicas ×/);
    expect(text).not.toContain('\\frac');
  });
});
