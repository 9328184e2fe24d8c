// The deck parser's thread (parse-off-thread.ts): one deck at a time, under the limits its
// parent set, so a deck that parses for minutes or eats gigabytes fails alone.
import { parentPort } from 'node:worker_threads';
import { parseDeckJob, type LayoutChoice } from './parse-deck-job.js';
import { toWire } from './wire-error.js';

interface Job {
  id: number;
  file: string;
  bytes: Uint8Array;
  layout: LayoutChoice;
}

const port = parentPort!;
port.on('message', (job: Job) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  parseDeckJob(job.file, bytes, job.layout).then(
    (value) => port.postMessage({ id: job.id, value }),
    (error: unknown) => port.postMessage({ id: job.id, error: toWire(error) }),
  );
});
