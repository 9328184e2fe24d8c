import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../../src/model/deck.js';
import { buildWith, tempDir } from '../../helpers.js';
import { parseInPlace } from '../../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// What mermaid writes to the drawing page's console while it draws (a style for a node that does
// not exist, a layout it falls back from) comes out as a warning at the diagram block's line
// (src/print/draw-diagrams.ts), not lost in a page nobody sees.

const DECK = [
  '# Diagrams', // 1
  '',
  '## Drawn',
  '',
  '### A typo in a style?', // 5
  '',
  '> Card.',
  '',
  '```mermaid', // 9
  'graph TD',
  '  A-->B',
  '  style Z fill:#f00',
  '```',
  '',
  '### A layout mermaid lacks?', // 15
  '',
  '> Card.',
  '',
  '```mermaid', // 19
  '%%{init: {"logLevel": "fatal"}}%%',
  'flowchart-elk TD',
  '  A-->B',
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

const diagramWarnings = (events: Awaited<ReturnType<typeof buildWith>>['events']): Diagnostic[] =>
  events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'diagram-warning' ? [e.diagnostic] : []));

describe("mermaid's own warnings", () => {
  it('are reported at the block line of the diagram that caused them, every build', async () => {
    const dir = await tempDir('studyguide-diagram-warnings-');
    const file = path.join(dir, 'diagrams.md');
    await writeFile(file, DECK);
    const outDir = path.join(dir, 'out');
    const first = diagramWarnings((await buildWith({ paths: [file], outDir, outputs: ['guide'] })).events);
    expect(first.find((d) => d.line === 9)?.message).toMatch(/^mermaid: Style applied to unknown node "Z"\..* — check the diagram text$/);
    // The deck cannot turn mermaid's logging down to hide them.
    expect(first.filter((d) => d.line === 19).map((d) => d.message)).toContainEqual(expect.stringMatching(/^mermaid: .*\belk\b/));
    // The clean diagram says nothing, and neither do our own settings or mermaid's set-up.
    expect(first.filter((d) => d.line === 29)).toEqual([]);
    expect(first.map((d) => d.line).every((line) => line === 9 || line === 19)).toBe(true);
    expect(first.every((d) => d.file === file && d.severity === 'warning' && !/%c|color:/.test(d.message))).toBe(true);

    // Edited, the deck builds again: its clean diagram comes from the store, the warned ones are
    // drawn again and warn again.
    await writeFile(file, `${DECK}\n### One more?\n\n> Card.\n`);
    const second = diagramWarnings((await buildWith({ paths: [file], outDir, outputs: ['guide'] })).events);
    expect(second.map((d) => `${d.line} ${d.message}`).sort()).toEqual(first.map((d) => `${d.line} ${d.message}`).sort());
  }, 180_000);
});
