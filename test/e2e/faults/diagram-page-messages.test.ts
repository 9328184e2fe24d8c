import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, tempDir } from '../../helpers.js';
import { parseInPlace } from '../../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// What the diagram page says that is not a mermaid warning (src/print/draw-diagrams.ts): an
// outside address a diagram asks for, refused as every load is, and mermaid's logged errors,
// each at the line of the diagram block that caused it, not lost in a page nobody sees.

const DECK = [
  '# Diagrams', // 1
  '',
  '## Drawn',
  '',
  '### An image from outside?', // 5
  '',
  '> Card.',
  '',
  '```mermaid', // 9
  'flowchart TD',
  '  A@{ img: "https://example.com/pic.png", label: "pic", pos: "t", h: 60 }',
  '  A-->B',
  '```',
  '',
  '### An icon set mermaid lacks?', // 15
  '',
  '> Card.',
  '',
  '```mermaid', // 19
  'architecture-beta',
  '    group api(cloud)[API]',
  '    service db(logos:aws-s3)[Database] in api',
  '```',
  '',
  '### A clean one?', // 25
  '',
  '> Card.',
  '',
  '```mermaid', // 29
  'graph TD',
  '  A[Start]-->B{Choice}',
  '```',
  '',
].join('\n');

describe('the diagram page', () => {
  it("says what it refused and mermaid's errors at the diagram's block line, and nothing of its own", async () => {
    const dir = await tempDir('studyguide-diagram-page-');
    const file = path.join(dir, 'diagrams.md');
    await writeFile(file, DECK);
    const { events } = await buildWith({ paths: [file], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    const warnings = events.flatMap((e) => (e.type === 'warning' ? [e.diagnostic] : []));
    const at = (line: number) => warnings.filter((d) => d.line === line).map((d) => `${d.code}: ${d.message}`);
    expect(at(9)).toContainEqual(expect.stringMatching(/^blocked-request: blocked a request from the diagram page: https:\/\/example\.com\/pic\.png; /));
    expect(at(19)).toContainEqual(expect.stringMatching(/^diagram-warning: mermaid: error: Icon set not found: logos — /));
    expect(at(29)).toEqual([]);
    // The page's own requests (its icon, mermaid's modules) are never reported.
    expect(warnings.filter((d) => /favicon|mermaid\.studyguide\.invalid/.test(d.message))).toEqual([]);
    expect(warnings.every((d) => d.file === file)).toBe(true);
  }, 240_000);
});
