import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BuildEvent, BuildOptions } from '../model/build-options.js';
import { diagramKey, type Drawing } from '../print/draw-diagrams.js';
import { PACKAGE_ROOT } from '../render/assets.js';
import { eventFromWire, fromWire, type WorkerBuildResult, type WorkerReply, type WorkerRequest } from './pdf-worker-protocol.js';
import { workerExecArgv } from '../parse-thread/worker-exec-argv.js';
import { compiledWorker } from '../parse-thread/compiled-worker.js';

/** The worker's compiled file (parse-thread/compiled-worker.ts). */
const workerFile = (): string => compiledWorker(import.meta.url, 'watch/pdf-worker.js') ?? path.join(PACKAGE_ROOT, 'dist', 'watch', 'pdf-worker.js');

/** A request before it gets its id. */
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onEvent?: (event: BuildEvent) => void;
}

/**
 * The watch process's handle on its printing thread (pdf-worker.ts), which owns the one browser.
 * Started on first use. Full builds and diagram drawing go there, so their synchronous steps
 * (parsing, PDF post-processing) never hold up the server and the next preview.
 */
export class PdfPrinter {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Drawings kept on this side: a save that leaves its diagrams alone never waits for a busy worker. */
  private readonly drawings = new Map<string, Drawing>();

  /** `browserWSEndpoint`: use a running browser (tests share one) instead of starting one; `browserPath`: the browser to start. */
  constructor(
    private readonly browserWSEndpoint?: string,
    private readonly browserPath?: string,
  ) {}

  /** Runs the full build in the worker; events arrive as they happen. */
  async build(opts: BuildOptions, onEvent: (event: BuildEvent) => void): Promise<{ built: string[]; failed: { file: string; error: Error }[] }> {
    const result = (await this.request({ type: 'build', opts }, onEvent)) as WorkerBuildResult;
    return { built: result.built, failed: result.failed.map((f) => ({ file: f.file, error: fromWire(f.error) })) };
  }

  /** Draws mermaid sources with the worker's browser (the DiagramDrawer's one method), each once. */
  async draw(sources: string[]): Promise<Map<string, Drawing>> {
    const todo = [...new Set(sources)].filter((s) => !this.drawings.has(diagramKey(s)));
    if (todo.length) for (const [key, drawing] of (await this.request({ type: 'draw', sources: todo })) as [string, Drawing][]) this.drawings.set(key, drawing);
    return new Map(sources.map((s) => [diagramKey(s), this.drawings.get(diagramKey(s))!]));
  }

  /** Closes the browser and ends the thread; a request still running fails. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise((resolve) => (timer = setTimeout(resolve, 8000)));
    await Promise.race([this.request({ type: 'close' }).catch(() => undefined), grace]);
    clearTimeout(timer);
    await worker.terminate();
  }

  private request(message: Unsent<WorkerRequest>, onEvent?: (event: BuildEvent) => void): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onEvent });
      worker.postMessage({ ...message, id } as WorkerRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerFile(), {
      execArgv: workerExecArgv(),
      workerData: { browserWSEndpoint: this.browserWSEndpoint, browserPath: this.browserPath },
    });
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      if (reply.type === 'event') return waiting.onEvent?.(eventFromWire(reply.event));
      this.pending.delete(reply.id);
      if (reply.type === 'done') waiting.resolve(reply.value);
      else waiting.reject(fromWire(reply.error));
    });
    const fail = (error: Error) => {
      this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('the PDF thread stopped')));
    this.worker = worker;
    return worker;
  }
}
