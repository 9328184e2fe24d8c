import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildEvent } from '../../src/model/build-options.js';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// A flowchart with a `click … href` line: mermaid writes its link as xlink:href without
// declaring the prefix, which no XML parser reads. The drawing came back as the parser's error
// page and printed as code, "the drawing was not one SVG image — fix the diagram text".

const DECK = [
  '# Links',
  '',
  '## S',
  '',
  '### Where does the request go?',
  '',
  '> Through the balancer.',
  '',
  '```mermaid',
  'flowchart LR',
  '  Client --> Balancer --> Backend',
  '  click Client href "http://127.0.0.1:9/client" _blank',
  '  click Balancer "http://127.0.0.1:9/balancer"',
  '```',
  '',
  'After the diagram.',
  '',
].join('\n');

let dir = '';
let events: BuildEvent[] = [];
beforeAll(async () => {
  const root = await tempDir('studyguide-diagram-click-');
  await writeFile(path.join(root, 'links.md'), DECK);
  const built = await buildWith({ paths: [path.join(root, 'links.md')], outDir: path.join(root, 'out'), outputs: ['guide'] });
  expect(built.result.failed).toEqual([]);
  events = built.events;
  dir = path.join(root, 'out', 'links');
}, 120_000);

describe('a mermaid diagram with click links', () => {
  it('is drawn, its boxes printed as a picture, not as code', () => {
    const warnings = events.flatMap((e) => (e.type === 'warning' ? [e.diagnostic] : []));
    expect(warnings.filter((w) => w.code === 'bad-diagram')).toEqual([]);
    const html = readFileSync(path.join(dir, 'guide.html'), 'utf8');
    expect(html).toMatch(/<svg[^>]*class="flowchart"/);
    expect(html).not.toContain('click Client');
    expect(pdfText(path.join(dir, 'guide.pdf'))).toMatch(/Client[\s\S]*Balancer[\s\S]*Backend/);
  });

  it('keeps none of the addresses it links to', () => {
    expect(readFileSync(path.join(dir, 'guide.html'), 'utf8')).not.toContain('127.0.0.1');
  });
});
