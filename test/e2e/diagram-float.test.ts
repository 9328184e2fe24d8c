import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { pdfWords } from '../pdf-words.js';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { bundledOut, letterOut, pdfPages, squash } from '../helpers.js';

parseInPlace();
import { pageFill } from '../pdf-page-fill.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

const CAPTION = 'A three-tier VPC across two availability zones';

// The infrastructure guide's VPC diagram, grown to keep its labels at 7 pt, no longer fitted under
// the list it ends: it went to the next page and left page 14 about 55 % full.
describe('a diagram too tall for the room left on its page', () => {
  it.each([
    { name: 'A4', file: () => path.join(bundledOut(), 'infrastructure-engineer', 'guide.pdf'), paper: 'a4' as const },
    { name: 'Letter', file: () => path.join(letterOut(), 'infrastructure-engineer', 'guide.pdf'), paper: 'letter' as const },
  ])('rises to the top of the page its answer runs on to, leaving no hole ($name)', ({ file, paper }) => {
    const pages = pdfPages(file()).map(squash);
    const at = pages.findIndex((p) => p.includes(CAPTION));
    expect(at).toBeGreaterThan(1);
    const fill = pageFill(file(), GUIDE_PAGES[paper].margins);
    // The page before the diagram's and the diagram's own are full: its answer's text flows around it.
    expect(Math.round(fill[at - 1] * 100), `page ${at} before the diagram`).toBeGreaterThanOrEqual(75);
    expect(Math.round(fill[at] * 100), `page ${at + 1}, the diagram's`).toBeGreaterThanOrEqual(75);
    // Still within its own question: between its heading and the next question's (past the contents).
    const text = pages.slice(at - 2).join(' ');
    const own = text.indexOf('Walk through designing a VPC');
    const next = text.indexOf('How does autoscaling work');
    expect(own).toBeGreaterThan(-1);
    expect(text.indexOf(CAPTION)).toBeGreaterThan(own);
    expect(text.indexOf(CAPTION)).toBeLessThan(next);
  });
});

// An answer with a picture introduced by a lead-in, then a diagram introduced by another: on an A5
// booklet page the diagram rose above the picture, between the picture and its lead-in, which
// stayed behind on a page holding two lead-ins and the diagram (71 % full), the picture overleaf.
const TEXT =
  'A request passes the edge cache first, then the load balancer spreads it across the application tier, which reads from a replica and writes to the primary. Each tier scales on its own signal, and each has a health check that the layer above uses to stop sending traffic to a failed member. ';
const STACK = [
  '# Diagram Deck',
  '',
  '## Architecture',
  '',
  ...[1, 2, 3, 4, 5].flatMap((i) => [
    `### How is tier ${i} of the web stack laid out?`,
    '',
    `> Edge cache, balancer, app tier, database: tier ${i} described.`,
    '',
    TEXT.repeat(2),
    '',
    ...(i === 2 || i === 4
      ? [
          'The picture below shows the whole stack:',
          '',
          '![The stack from edge to database](stack.svg)',
          '',
          TEXT,
          '',
          'The flow between the tiers:',
          '',
          '```mermaid',
          'flowchart TB',
          '  edge["Edge cache"] --> lb["Load balancer"]',
          '  lb --> a1["App 1"] & a2["App 2"] & a3["App 3"]',
          '  a1 & a2 & a3 --> db[("Primary DB")]',
          '  db --> r[("Replica")]',
          '```',
          '',
          TEXT.repeat(2),
          '',
          '| Tier | Scales on | Health check |',
          '| --- | --- | --- |',
          '| Edge | requests | origin reachability |',
          '| Balancer | connections | target response |',
          '| App | CPU and queue depth | HTTP 200 on /health |',
          '| Database | storage and IOPS | replication lag |',
          '| Replica | read load | lag under 1 s |',
          '',
          TEXT,
          '',
        ]
      : []),
  ]),
].join('\n');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600" viewBox="0 0 900 600"><rect width="900" height="600" fill="#ccc"/></svg>';

describe('a diagram rising above a picture on a booklet page', () => {
  it('never comes between the picture and the lead-in that introduces it', async () => {
    const dir = await tempDir('float-lead-');
    await writeFile(path.join(dir, 'stack.md'), STACK);
    await writeFile(path.join(dir, 'stack.svg'), SVG);
    await buildWith({ paths: [path.join(dir, 'stack.md')], outDir: path.join(dir, 'out'), outputs: ['guide'], booklet: true });
    // The booklet's pages, each half of a side read apart, named by their folio ("page 4 of 9").
    const halves = pdfWords(path.join(dir, 'out', 'stack', 'guide-booklet.pdf')).flatMap((side) =>
      [0, 1].map((h) =>
        side.words
          .filter((w) => w.xMin < side.width / 2 === (h === 0))
          .map((w) => w.text)
          .join(' '),
      ),
    );
    const pagesOf = (words: string) => halves.flatMap((t, i) => (t.includes(words) ? [i] : []));
    const leadIns = pagesOf('The picture below shows the whole stack:');
    expect(leadIns).toHaveLength(2);
    expect(pagesOf('The stack from edge to database'), "each picture on its lead-in's page").toEqual(leadIns);
    // And no page of the answers is left with a hole at its foot (the diagram alone left one 66 % full).
    const MM = 72 / 25.4;
    const sides = pdfWords(path.join(dir, 'out', 'stack', 'guide-booklet.pdf'));
    for (const side of sides) {
      for (const h of [0, 1]) {
        const words = side.words.filter((w) => w.xMin < side.width / 2 === (h === 0));
        const folio = / (\d+) of (\d+)$/.exec(words.map((w) => w.text).join(' '));
        if (!folio || Number(folio[1]) < 3 || folio[1] === folio[2]) continue;
        const [top, bottom] = [15 * MM, side.height - 14 * MM];
        const lowest = Math.max(...words.filter((w) => w.yMin >= top - 2 && w.yMax <= bottom + 2).map((w) => w.yMax));
        expect(Math.round(((lowest - top) / (bottom - top)) * 100), `page ${folio[1]}`).toBeGreaterThanOrEqual(75);
      }
    }
  });
});
