import { Worker } from 'node:worker_threads';
import { compiledWorker } from '../parse-thread/compiled-worker.js';
import { fromWire, type WireError } from '../parse-thread/wire-error.js';
import { workerExecArgv } from '../parse-thread/worker-exec-argv.js';
import { finishGuidePdf, type FinishedGuide, type GuideFinish } from './finish-guide-pdf.js';

/** The thread's compiled file (compiled-worker.ts); undefined when none exists, and guides are then finished in place. */
const workerFile = (): string | undefined => compiledWorker(import.meta.url, 'print/guide-pdf-worker.js');

interface Job {
  id: number;
  resolve: (value: FinishedGuide) => void;
  reject: (error: Error) => void;
}

interface Reply {
  id: number;
  value?: { pages: [string, number][]; bytes: Uint8Array; pageCount: number };
  error?: WireError;
}

/**
 * Finishes printed guides (finish-guide-pdf.ts) on a thread of its own. pdf-lib's load and save
 * of a bundled guide held the build's thread for up to a second and more on a loaded machine,
 * while the cards' and cheat sheet's pages waited for their calls to be answered. The thread
 * starts at the first guide (or warm()), is left unreferenced while it has nothing to do, and is
 * started again after a failure. Without a compiled thread file (sources never compiled), in place.
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
  finishGuide(pdf: Uint8Array, finish: GuideFinish): Promise<FinishedGuide> {
    if (!workerFile()) return finishGuidePdf(pdf, finish);
    const worker = this.start();
    worker.ref();
    const id = this.nextId++;
    return new Promise<FinishedGuide>((resolve, reject) => {
      this.jobs.set(id, { id, resolve, reject });
      worker.postMessage({ id, pdf, finish });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerFile()!, { execArgv: workerExecArgv() });
    worker.on('message', (reply: Reply) => {
      const job = this.jobs.get(reply.id);
      if (!job) return;
      this.jobs.delete(reply.id);
      if (!this.jobs.size) worker.unref();
      if (reply.error) job.reject(fromWire(reply.error));
      else {
        const { pages, bytes, pageCount } = reply.value!;
        job.resolve({ pages: new Map(pages), bytes, pageCount });
      }
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
