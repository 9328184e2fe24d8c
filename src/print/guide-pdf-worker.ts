// The guide's PDF thread (pdf-thread.ts): loads, reads, finishes and saves printed guides in
// pdf-lib, which holds its thread for the whole job, so the build's own thread keeps answering
// the browser's pages meanwhile.
import { parentPort } from 'node:worker_threads';
import { finishGuidePdf, type GuideFinish } from './finish-guide-pdf.js';
import { toWire } from '../parse-thread/wire-error.js';

interface Job {
  id: number;
  pdf: Uint8Array;
  finish: GuideFinish;
}

const port = parentPort!;
port.on('message', (job: Job) => {
  finishGuidePdf(job.pdf, job.finish).then(
    ({ pages, bytes, pageCount }) => port.postMessage({ id: job.id, value: { pages: [...pages], bytes, pageCount } }, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => port.postMessage({ id: job.id, error: toWire(error) }),
  );
});
