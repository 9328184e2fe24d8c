import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const STORAGE =
  'A service that keeps its data on local disks reads quickly but loses it with the machine; a network volume outlives the machine and costs a round trip on every read. Choose by what the service may lose and how long it may wait.';
const QUEUES =
  'Queues part the service that makes work from the one that does it. They soak up bursts, let a slow consumer catch up later and keep failed work for another try. This part asks what they promise and what they cost.';
const DELIVERY =
  'A broker that waits for an acknowledgement sends a message again when its consumer died before acking it, so some messages arrive twice and the consumer records the ids it has done.';

const question = (title: string, short: string, body: string) => [`### ${title}`, '', `> ${short}`, '', body, ''];
const ALPHA = [
  '# Alpha Storage Notes',
  '',
  'A few questions about disks and files.',
  '',
  '## Basics',
  '',
  ...[1, 2].flatMap((n) => question(`What does storage choice ${n} change for a service?`, 'How long a read waits and what a write costs.', STORAGE)),
].join('\n');
// The part's title and two paragraphs fit under the first part's end, ending its page more than three quarters full.
const BETA = [
  '# Beta Queue Notes',
  '',
  QUEUES,
  '',
  QUEUES,
  '',
  '## Delivery',
  '',
  ...[1, 2, 3].flatMap((n) => question(`What does delivery rule ${n} promise a consumer?`, 'At least once: a message may come again.', DELIVERY)),
].join('\n');

/**
 * A combined guide's second part ran on under the first part's end, its title and introduction
 * filling the page to 0.8, and its first section went overleaf: the plan judged the part to fit
 * with its first section under it, then judged that section on its own (page past three quarters
 * full: a new page), so the print opened it on the next page and left the part's title at the foot.
 */
describe("a part's title run on under the part before", () => {
  let pages: string[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'alpha.md'), ALPHA);
    await writeFile(path.join(dir, 'beta.md'), BETA);
    const { result } = await buildWith({
      paths: [path.join(dir, 'alpha.md'), path.join(dir, 'beta.md')],
      outDir: path.join(dir, 'out'),
      combine: true,
      outputs: ['guide'],
    });
    expect(result.failed).toEqual([]);
    pages = pdfPages(path.join(dir, 'out', 'all', 'guide.pdf')).map(squash);
  }, 120_000);

  it('shares its page with its first section and question', () => {
    const part = pages.findIndex((p) => p.includes(squash('PART 2 Beta Queue Notes Queues part')));
    expect(part, 'the second part printed').toBeGreaterThan(0);
    expect(pages[part]).toContain(squash('Delivery Q3 What does delivery rule 1 promise a consumer?'));
  });
});
