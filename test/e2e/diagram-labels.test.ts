import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfText } from '../helpers.js';
import { textRuns } from '../pdf-font-sizes.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// Shrunk to the column and to 120 mm, a flow of seven hops across printed its labels at 4.4 pt,
// ten steps down at 5.5 pt, and the bundled deck's VPC layout at 5.9 pt.
const WIDE =
  'flowchart LR\n  a[Browser client] --> b[CDN edge cache] --> c[Load balancer] --> d[API gateway] --> e[Auth service] --> f[Order service] --> g[(Orders database)]';
const TALL = `flowchart TB\n  ${['Commit pushed', 'Unit tests', 'Build image', 'Scan image', 'Push to registry', 'Deploy to staging', 'Smoke tests', 'Manual approval', 'Deploy to production', 'Watch the dashboards'].map((s, i) => `s${i}[${s}]`).join(' --> ')}`;
const DECK = [
  '# Diagram Labels',
  '',
  '## Drawn',
  '',
  '### How does a request flow?',
  '',
  '> Through seven hops.',
  '',
  '```mermaid',
  WIDE,
  '```',
  '',
  '### How do the services deploy?',
  '',
  '> In stages.',
  '',
  '```mermaid',
  TALL,
  '```',
  '',
].join('\n');

describe('diagrams too large for the column at their drawn size', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('labels', DECK, ['guide']), 'guide.pdf');
  });

  it('print every label, at 7 pt at least', () => {
    const text = pdfText(file);
    for (const label of ['Browser client', 'Orders database', 'Commit pushed', 'Watch the dashboards']) expect(text).toContain(label);
    // Labels are set in the heading face, as the running heads (8 pt) and badges are.
    const sans = textRuns(file).filter((r) => r.page > 2 && /SourceSans/.test(r.font));
    expect(sans.length).toBeGreaterThan(40);
    expect(Math.min(...sans.map((r) => r.size)), 'smallest label, in pt').toBeGreaterThanOrEqual(7);
  });
});
