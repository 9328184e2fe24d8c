import { Worker } from 'node:worker_threads';
import { compiledWorker } from '../parse-thread/compiled-worker.js';
import { fromWire, type WireError } from '../parse-thread/wire-error.js';
import { workerExecArgv } from '../parse-thread/worker-exec-argv.js';
import { finishGuidePdf, type FinishedGuide, type GuideFinish } from './finish-guide-pdf.js';
import { joinGuideParts, type JoinedParts, type PartsExpected } from './join-guide-parts.js';
import type { PdfPart } from './merge-pdfs.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The thread's compiled file (compiled-worker.ts); undefined when none exists, and guides are then finished in place. */
const workerFile = (): string | undefined => compiledWorker(import.meta.url, 'print/guide-pdf-worker.js');

/** What the thread is asked (guide-pdf-worker.ts): a guide to finish, or a guide's parts to join and finish. */
export type GuideJob = { id: number } & (
  { kind: 'finish'; pdf: Uint8Array; finish: GuideFinish } | { kind: 'join'; parts: PdfPart[]; expected: PartsExpected; finish: GuideFinish; last: boolean }
);

/** The thread's answer to a job: its value (a Map crosses as a Map, bytes are moved), or its error. */
interface GuideReply {
  id: number;
  value?: FinishedGuide | JoinedParts;
  error?: WireError;
}

interface Job {
  resolve: (value: FinishedGuide | JoinedParts) => void;
  reject: (error: Error) => void;
}

/**
 * Bytes handed to the thread without a copy: the print's own buffer is moved there (and reads as
 * empty here after). A view on part of a larger buffer (Node's pooled small Buffers) is copied
 * first, so the rest of that buffer stays where it is.
 */
function movable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}

/**
 * Finishes printed guides (finish-guide-pdf.ts), and joins and finishes guides printed in parts
 * (join-guide-parts.ts), on a thread of its own. pdf-lib's load and save of a bundled guide held
 * the build's thread for up to a second and more on a loaded machine, while the cards' and cheat
 * sheet's pages waited for their calls to be answered. The thread starts at the first guide (or
 * warm()), is left unreferenced while it has nothing to do, and is started again after a
 * failure. Without a compiled thread file (sources never compiled), in place.
 */
export class PdfThread {
  private worker?: Worker;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;

  /** True while the thread exists (started, and neither failed nor closed). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Ends the thread (a job under way fails); a later finishGuide() starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  /** Starts the thread, so it loads pdf-lib while the guide is laid out. */
  warm(): void {
    if (workerFile()) this.start();
  }

  /** The guide read and finished: its pages, its bytes and its page count. */
  async finishGuide(pdf: Uint8Array, finish: GuideFinish): Promise<FinishedGuide> {
    if (!workerFile()) return finishGuidePdf(pdf, finish);
    return (await this.post({ kind: 'finish', pdf, finish }, [])) as FinishedGuide;
  }

  /**
   * A guide's parts joined, checked against what they were numbered with and, settled or `last`,
   * finished (join-guide-parts.ts). The parts' bytes are moved to the thread, not copied: each
   * part's Uint8Array reads as empty afterwards; the returned `parts` hold them when not finished.
   */
  async joinParts(parts: PdfPart[], expected: PartsExpected, finish: GuideFinish, last: boolean): Promise<JoinedParts> {
    if (!workerFile()) return joinGuideParts(parts, expected, finish, last);
    const moved = parts.map((part) => ({ ...part, pdf: movable(part.pdf) }));
    const transfer = moved.map((part) => part.pdf.buffer as ArrayBuffer);
    return (await this.post({ kind: 'join', parts: moved, expected, finish, last }, transfer)) as JoinedParts;
  }

  private post(job: DistributiveOmit<GuideJob, 'id'>, transfer: ArrayBuffer[]): Promise<FinishedGuide | JoinedParts> {
    const worker = this.start();
    worker.ref();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.postMessage({ ...job, id }, transfer);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerFile()!, { execArgv: workerExecArgv() });
    worker.on('message', (reply: GuideReply) => {
      const job = this.jobs.get(reply.id);
      if (!job) return;
      this.jobs.delete(reply.id);
      if (!this.jobs.size) worker.unref();
      if (reply.error) job.reject(fromWire(reply.error));
      else job.resolve(reply.value!);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.jobs.values()) job.reject(error);
      this.jobs.clear();
    };
    worker.on('error', (error: Error) => fail(new Error(`the guide's PDF thread failed: ${error.message}`)));
    worker.on('exit', () => fail(new Error("the guide's PDF thread stopped")));
    // Unreferenced after its listeners are on: adding a 'message' listener references the thread's
    // port again, and a build whose guide failed before any finish (a browser closed by its
    // watchdog) then never exited.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

/** The thread every build of this process finishes its guides on. */
export const guidePdfThread = new PdfThread();
