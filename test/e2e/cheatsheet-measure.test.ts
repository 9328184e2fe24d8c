import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfInfo } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { measureOf, pdfBlocks } from '../pdf-lines.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Six questions whose cards are a short paragraph each: a sheet set in one column, whose lines ran
// 80 to 88 characters, too long for the eye to find the next one.
const q = (title: string, card: string) => [`### ${title}`, '', `> ${card}`, ''];
const DECK = [
  '---',
  'title: Queue Basics',
  'lang: en',
  '---',
  '',
  '# Queue Basics',
  '',
  '## Delivery',
  '',
  ...q(
    'What does at-least-once delivery promise?',
    'The broker keeps a message until a consumer acknowledges it, so a consumer that crashes before acknowledging sees the same message again after a restart, and the handler has to cope with repeats by checking an idempotency key or by making the write itself safe to apply twice.',
  ),
  ...q(
    'Why is exactly-once delivery hard?',
    'Between doing the work and telling the broker it is done there is always a moment where a crash leaves the two out of step, so systems that advertise it usually combine retries with deduplication on the receiving side, inside one transaction where they can.',
  ),
  ...q(
    'What is a dead-letter queue for?',
    'After a set number of failed attempts a message moves to a separate queue where it no longer blocks the ones behind it, and an operator can read it, fix the cause and send it back through the main queue once the handler has been repaired.',
  ),
  '## Ordering',
  '',
  ...q(
    'When is message order kept?',
    'A single ordered log gives order to everything written to it, but spreading load over partitions means only messages sharing a key stay in sequence, so choose the key as the thing whose events must be seen in the order they happened.',
  ),
  ...q(
    'What does a consumer group do?',
    'Each partition is read by one member of the group at a time, which gives parallel reading without two members handling the same message, and when a member joins or leaves the partitions are handed out again in a rebalance.',
  ),
  ...q(
    'How do you handle a slow consumer?',
    'Consumer lag, the distance between the newest message and the last one read, shows the problem early; adding members helps up to the number of partitions, and beyond that the work per message has to shrink or the producers have to slow down.',
  ),
].join('\n');

describe('the one-column cheat sheet of a small deck', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('queue-basics', DECK, ['cheatsheet']), 'cheatsheet.pdf');
  });

  it('keeps its lines to a comfortable measure of 75 characters at most, on one page', () => {
    const pages = pdfWords(file);
    expect(pages).toHaveLength(1);
    const labels = pages[0].words.filter((w) => /^Q\d+$/.test(w.text));
    expect(labels).toHaveLength(6);
    // Set in one column: every question at one left edge.
    expect(new Set(labels.map((w) => Math.round(w.xMin))).size).toBe(1);
    expect(pdfInfo(file).Subject).toMatch(/at [\d.]+ pt/);
    const measure = measureOf(pdfBlocks(file));
    expect(measure.length).toBeGreaterThan(10);
    expect(Math.max(...measure), `line lengths ${measure.join(' ')}`).toBeLessThanOrEqual(75);
  });
});
