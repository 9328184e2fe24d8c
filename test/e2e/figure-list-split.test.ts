import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { pageFill } from '../pdf-page-fill.js';

parseInPlace();

// A tall diagram followed by a long list in the same answer, the page before it two-thirds full:
// the diagram could not fit at that page's foot, nor move past the whole list (the list then ran
// on past the next page), so it opened the next page and left a third of this one blank.
const TEXT =
  'A request passes the edge cache first, then the load balancer spreads it across the application tier, which reads from a replica and writes to the primary. Each tier scales on its own signal and has a health check the layer above uses. ';
const TIERS = [
  'edge',
  'balancer',
  'app',
  'cache',
  'queue',
  'worker',
  'database',
  'replica',
  'search',
  'storage',
  'audit',
  'metrics',
  'logging',
  'backup',
  'restore',
  'failover',
  'dns',
  'cdn',
].flatMap((t) => [t, `${t} standby`]);
const DECK = [
  '# Float Deck',
  '',
  '## Architecture',
  '',
  '### What does each tier do?',
  '',
  '> Caches, spreads, serves, stores.',
  '',
  ...[1, 2, 3, 4, 5].flatMap(() => [TEXT.repeat(3), '']),
  '### How is the stack laid out?',
  '',
  '> Edge, balancer, app tier, database.',
  '',
  '```mermaid',
  'flowchart TB',
  ...TIERS.slice(0, 20).map((t, i) => `  n${i}["${t} drawn tall"] --> n${i + 1}["next"]`.replace(/ --> .*$/, i < 19 ? ` --> n${i + 1}` : '')),
  '```',
  '',
  ...TIERS.map(
    (t, i) => `- Step ${i + 1}: the ${t} tier checks its own health, reports it upward and takes traffic again once the check has passed twice in a row.`,
  ),
  '',
  '### What does the balancer check?',
  '',
  '> Health of each target.',
  '',
  TEXT.repeat(2),
  '',
].join('\n');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900" viewBox="0 0 600 900"><rect width="600" height="900" fill="#ccc"/></svg>';

describe('a tall diagram followed by a long list', () => {
  it('goes after the list items that fill its page, leaving no hole', async () => {
    const dir = await tempDir('float-list-');
    await writeFile(path.join(dir, 'float.md'), DECK);
    await writeFile(path.join(dir, 'tall.svg'), SVG);
    await buildWith({ paths: [path.join(dir, 'float.md')], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    const file = path.join(dir, 'out', 'float', 'guide.pdf');
    const pages = pdfPages(file).map(squash);
    const at = pages.findIndex((p) => p.includes('drawn tall'));
    expect(at).toBeGreaterThan(1);
    // The page before the diagram's is filled by the first of the list's items.
    expect(Math.round(pageFill(file, GUIDE_PAGES.a4.margins)[at - 1] * 100), `page ${at}`).toBeGreaterThanOrEqual(75);
    // The diagram opens its page: the items before it end on the page before.
    expect(pages[at].slice(0, pages[at].indexOf('drawn tall'))).not.toMatch(/Step \d+:/);
    // Every step printed once, in order, the diagram among them and within its own question.
    const text = pages.slice(at - 1).join(' ');
    const steps = TIERS.map((_, i) => text.indexOf(`Step ${i + 1}:`));
    expect(steps.every((s, i) => s >= 0 && (i === 0 || s > steps[i - 1]))).toBe(true);
    expect(text.indexOf('drawn tall')).toBeGreaterThan(steps[0]);
    expect(text.indexOf('drawn tall')).toBeLessThan(text.indexOf('What does the balancer check?'));
  });
});
