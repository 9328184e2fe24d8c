// The deck parser's thread (parse-off-thread.ts): one deck at a time, under the limits its
// parent set, so a deck that parses for minutes or eats gigabytes fails alone.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { runDeckJob, type JobKind, type LayoutChoice } from './parse-deck-job.js';
import { toWire } from './wire-error.js';
import { ownStatFile } from './parse-clock.js';
import { rememberParses } from '../content/markdown.js';
import { preloadHyphenation } from '../content/hyphenate.js';
import { mark } from '../timeline.js';

/** A deck of each kind of block the parser reads most: a section, a question with meta, card, list and code. */
const WARM_UP =
  '# Warm-up\n\n## Section\n\n### What is a question?\n\nLevel: easy · Tags: a\n\n> A short *answer* with `code`.\n\nThe full answer:\n\n- one\n- two\n\n```sh\nls -l\n```\n';

interface Job {
  id: number;
  kind: JobKind;
  file: string;
  bytes: Uint8Array;
  layout: LayoutChoice;
}

const port = parentPort!;
mark('parser thread loaded');
// Most decks are English: its hyphenation patterns load with the thread, not within a deck's time.
preloadHyphenation('en');
// The first parse on a thread also loads and compiles the parser's paths (a busy machine took over
// 400 ms for three questions): a deck of a few lines takes that cost here, so a deck's time limit
// measures the deck.
try {
  runDeckJob('parse', 'warm-up.md', Buffer.from(WARM_UP), {});
} catch {
  // Nothing to report: a real deck's parse says what is wrong.
}
if ((workerData as { remember?: boolean } | undefined)?.remember) rememberParses();
// STUDYGUIDE_HOLD_PARSE_START_MS, for tests: the thread works this long more before it says it is
// loaded, as a slow start does, so a test of the time limit need not race the machine's own start.
const hold = Number(process.env.STUDYGUIDE_HOLD_PARSE_START_MS) || 0;
for (const end = Date.now() + hold; Date.now() < end;);
// Loaded: a deck's time limit counts from here, not from the thread's start (slow on a busy machine),
// on this thread's own CPU clock, which the parent reads from the stat file named (parse-clock.ts).
mark('parser thread warmed up');
port.postMessage({ ready: true, statFile: ownStatFile() });
// Each reply says how much heap the thread holds after the job (its garbage included): the parent
// may end an idle thread that holds much (parse-off-thread.ts, endIdleAboveBytes).
const heapBytes = () => getHeapStatistics().used_heap_size;
port.on('message', (job: Job) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  try {
    mark(`parse ${job.file} start`);
    const value = runDeckJob(job.kind, job.file, bytes, job.layout);
    mark(`parse ${job.file} end`);
    port.postMessage({ id: job.id, value, heapBytes: heapBytes() });
  } catch (error) {
    port.postMessage({ id: job.id, error: toWire(error), heapBytes: heapBytes() });
  }
});
