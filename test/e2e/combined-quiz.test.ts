import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/** A deck whose title is long enough that "Title · Section" runs past one line of the quiz. */
const deck = (title: string, sections: string[]) =>
  [
    '---',
    `title: ${title}`,
    '---',
    '',
    ...sections.flatMap((s, i) => [
      `## ${s}`,
      '',
      `### What does step ${i + 1} of ${s.toLowerCase()} check?`,
      '',
      '> That the previous step left the system in a known state.',
      '',
    ]),
  ].join('\n');

describe('a combined quiz', () => {
  it('names each deck once above its sections and never ends a heading line on a middle dot', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'ops.md'),
      deck('Site Reliability and Platform Operations Interview Preparation', ['Incident response and postmortems', 'Capacity planning']),
    );
    await writeFile(path.join(dir, 'net.md'), deck('Enterprise Networking, Routing and Load Balancing Fundamentals', ['Routing protocols in practice']));
    const outDir = path.join(dir, 'out');
    const { result } = await buildWith({
      paths: [path.join(dir, 'ops.md'), path.join(dir, 'net.md')],
      outDir,
      combine: true,
      paper: 'letter',
      outputs: ['quiz'],
    });
    expect(result.failed).toEqual([]);
    const text = pdfPages(path.join(outDir, 'all', 'quiz.pdf')).join('\n');
    const lines = text.split('\n').map((l) => l.trim());
    expect(
      lines.filter((l) => l.endsWith('·')),
      'lines ending on a middle dot',
    ).toEqual([]);
    // Each deck's title printed once as the part's line above its sections and once over its
    // answers in the key, each section under its own name (the running head of the part's pages
    // carries the title too, cut to its room with an ellipsis).
    expect(lines.filter((l) => l.startsWith('Site Reliability and Platform') && !l.endsWith('…')).length).toBe(2);
    expect(lines).toContain('Capacity planning');
    expect(lines).toContain('Routing protocols in practice');
  });
});
