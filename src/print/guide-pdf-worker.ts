// The guide's PDF thread (pdf-thread.ts): loads, reads, finishes and saves printed guides, and
// joins guides printed in parts, in pdf-lib, which holds its thread for the whole job, so the
// build's own thread keeps answering the browser's pages meanwhile.
import { parentPort } from 'node:worker_threads';
import { finishGuidePdf, type FinishedGuide } from './finish-guide-pdf.js';
import { joinGuideParts, type JoinedParts } from './join-guide-parts.js';
import type { GuideJob } from './pdf-thread.js';
import { toWire } from '../parse-thread/wire-error.js';

/** A job's value, and the buffers moved back with it (the saved file; parts handed back). */
async function run(job: GuideJob): Promise<{ value: FinishedGuide | JoinedParts; transfer: ArrayBuffer[] }> {
  if (job.kind === 'finish') {
    const value = await finishGuidePdf(job.pdf, job.finish);
    return { value, transfer: [value.bytes.buffer as ArrayBuffer] };
  }
  const value = await joinGuideParts(job.parts, job.expected, job.finish, job.last);
  const bytes = [...(value.finished ? [value.finished.bytes] : []), ...(value.parts ?? []).map((part) => part.pdf)];
  return { value, transfer: bytes.map((b) => b.buffer as ArrayBuffer) };
}

const port = parentPort!;
port.on('message', (job: GuideJob) => {
  run(job).then(
    ({ value, transfer }) => port.postMessage({ id: job.id, value }, transfer),
    (error: unknown) => port.postMessage({ id: job.id, error: toWire(error) }),
  );
});
