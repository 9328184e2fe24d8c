// The deck parser's thread (parse-off-thread.ts): one deck at a time, under the limits its
// parent set, so a deck that parses for minutes or eats gigabytes fails alone.
import { parentPort, workerData } from 'node:worker_threads';
import { runDeckJob, type JobKind, type LayoutChoice } from './parse-deck-job.js';
import { toWire } from './wire-error.js';
import { rememberParses } from './content/markdown.js';
import { preloadHyphenation } from './content/hyphenate.js';

interface Job {
  id: number;
  kind: JobKind;
  file: string;
  bytes: Uint8Array;
  layout: LayoutChoice;
}

const port = parentPort!;
if ((workerData as { remember?: boolean } | undefined)?.remember) rememberParses();
// Most decks are English: its hyphenation patterns load with the thread, not within a deck's time.
preloadHyphenation('en');
// Loaded: a deck's time limit counts from here, not from the thread's start (slow on a busy machine).
port.postMessage({ ready: true });
port.on('message', (job: Job) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  try {
    port.postMessage({ id: job.id, value: runDeckJob(job.kind, job.file, bytes, job.layout) });
  } catch (error) {
    port.postMessage({ id: job.id, error: toWire(error) });
  }
});
