import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { contentError, environmentError, type StudyguideError } from '../errors.js';
import { compiledWorker } from './compiled-worker.js';
import { fromWire, type WireError } from './wire-error.js';
import { workerExecArgv } from './worker-exec-argv.js';
import { watchParse } from './parse-clock.js';
import type { JobKind, JobResult, LayoutChoice, ParsedDeck } from './parse-deck-job.js';
import type { CheckedSource } from '../check/check-deck-source.js';
import { mark } from '../timeline.js';

/** Limits of one deck's parse; STUDYGUIDE_PARSE_TIMEOUT_MS and STUDYGUIDE_PARSE_MEMORY_MB raise them. */
export interface ParseLimits {
  timeoutMs: number;
  /**
   * Time added to `timeoutMs` per MB of the deck (0 when absent): the default limit grows with the
   * deck, so a long deck is not stopped for its length. The limit counts the parser thread's CPU
   * time (parse-clock.ts), which a busy machine does not inflate: a 3.8 MB, 5,000-question deck
   * parses in 17–28 s of CPU, though in 143 s to over 335 s of wall time beside the browser on a
   * machine with a load of 12–14. A limit set in the environment is exact.
   */
  timeoutPerMbMs?: number;
  memoryMb: number;
  /**
   * Decks up to this size parse on the calling thread, under the time limit alone (no memory
   * limit holds there); 0 by default: every deck parses on the parser's thread.
   */
  inlineBytes: number;
}

/** The limits from the environment, else defaults that let a 4 MB, 5,000-question deck through. */
export function parseLimits(env: NodeJS.ProcessEnv = process.env): ParseLimits {
  const number = (value: string | undefined, fallback: number) => (Number(value) > 0 ? Number(value) : fallback);
  const timeoutSet = Number(env.STUDYGUIDE_PARSE_TIMEOUT_MS) > 0;
  return {
    timeoutMs: number(env.STUDYGUIDE_PARSE_TIMEOUT_MS, 120_000),
    timeoutPerMbMs: timeoutSet ? 0 : 60_000,
    memoryMb: number(env.STUDYGUIDE_PARSE_MEMORY_MB, 2048),
    inlineBytes: Number(env.STUDYGUIDE_PARSE_INLINE_BYTES) > 0 ? Number(env.STUDYGUIDE_PARSE_INLINE_BYTES) : 0,
  };
}

/** The time limit of one deck's parse: the base limit and its share per MB of the deck. */
export function deckTimeoutMs(limits: ParseLimits, bytes: number): number {
  return limits.timeoutMs + Math.round(((limits.timeoutPerMbMs ?? 0) * bytes) / 2 ** 20);
}

/*
 * Every deck parses on the parser's thread, so every parse has a hard memory limit (V8's heap
 * limit of the thread), not one that rests on measurements of known costly inputs. The thread
 * costs little: the calling thread never loads the markdown stack (the build reads decks with
 * content/read-deck.ts and parse-deck-job.ts loads only for a parse in place), so the stack is
 * loaded once, there, while the browser starts; what is left is the thread's own start and the
 * parsed deck's copy back.
 */

/** The worker's compiled file (compiled-worker.ts); undefined when none exists, and decks then parse in place. */
const workerFile = (): string | undefined => compiledWorker(import.meta.url, 'parse-thread/parse-worker.js');

interface Job {
  id: number;
  kind: JobKind;
  file: string;
  bytes: Buffer;
  layout: LayoutChoice;
  resolve: (value: JobResult[JobKind]) => void;
  reject: (error: Error) => void;
}

/**
 * Parses decks on a thread of their own, one at a time, with a time and a memory limit: a deck
 * that exceeds either fails alone, at its line 1, with the limit named and how to raise it, and
 * the thread is replaced for the next deck. The calling thread (the build's printing, the watch
 * server) keeps answering meanwhile. In place (ParseLimits.inlineBytes, or sources never
 * compiled) the time limit alone holds.
 */
export class ParseThread {
  private worker?: Worker;
  private readonly queue: Job[] = [];
  /** The deck under way, and the stop of what times it (its thread's start, then its parse). */
  private current?: { job: Job; stop?: () => void };
  /** The thread has loaded the parser: a deck's time limit runs from then. */
  private ready = false;
  /** The thread's /proc stat file, which its parses are timed by (parse-clock.ts); undefined off Linux. */
  private statFile?: string;
  private nextId = 1;
  /** Heap the thread said it held after its last job, garbage included. */
  private heapBytes = 0;

  /**
   * `remember` (watch mode): the thread keeps what it parsed and rendered, so the next parse of a
   * deck redoes only the pieces and fragments that changed (content/markdown.ts rememberParses).
   * `endIdleAboveBytes` (a build): a thread left with no deck to parse is ended when it holds more
   * heap than this. An idle thread frees its garbage only when V8 gets round to it, after seconds
   * or minutes: a 5,000-question deck's parse left 300 MiB and more held while the build printed,
   * at the build's peak or not by chance. A later deck starts a new thread (about a second of CPU).
   */
  constructor(
    private readonly limits: ParseLimits = parseLimits(),
    private readonly options: { remember?: boolean; endIdleAboveBytes?: number } = {},
  ) {}

  /** True while the thread exists (started and not ended). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Starts the thread now, with no deck for it yet, so that it loads the parser while the caller
   * loads the rest of the build (the bundled build's first deck was handed over, then waited a
   * second for the thread to load). Left unreferenced until a deck comes; nothing when decks parse
   * in place.
   */
  warm(): void {
    if (this.limits.inlineBytes > 0 || !workerFile()) return;
    this.start().unref();
  }

  /** The parsed deck with its findings; rejects with the deck's own error or a limit's. */
  parse(file: string, bytes: Buffer, layout: LayoutChoice = {}): Promise<ParsedDeck> {
    return this.run('parse', file, bytes, layout);
  }

  /** The parsed deck alone, without the findings `check` adds (watch mode's preview, on each save). */
  preview(file: string, bytes: Buffer, layout: LayoutChoice = {}): Promise<JobResult['preview']> {
    return this.run('preview', file, bytes, layout);
  }

  /** `check`'s findings of one deck (its own errors among them); rejects when a limit stops it. */
  check(file: string, bytes: Buffer, layout: LayoutChoice = {}): Promise<CheckedSource> {
    return this.run('check', file, bytes, layout);
  }

  private async run<K extends JobKind>(kind: K, file: string, bytes: Buffer, layout: LayoutChoice): Promise<JobResult[K]> {
    if (bytes.length <= this.limits.inlineBytes || !workerFile()) {
      const { runDeckJob } = await import('./parse-deck-job.js');
      const timeoutMs = deckTimeoutMs(this.limits, bytes.length);
      return timeLimited(
        () => runDeckJob(kind, file, bytes, layout),
        timeoutMs,
        () => tooLong(file, timeoutMs),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, file, bytes, layout, resolve: resolve as Job['resolve'], reject });
      this.next();
    });
  }

  /** Ends the thread (queued decks fail); a later parse() starts a new one. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('the parser was closed'));
    const worker = this.worker;
    this.worker = undefined;
    if (this.current) {
      this.current.stop?.();
      this.current.job.reject(new Error('the parser was closed'));
      this.current = undefined;
    }
    await worker?.terminate();
  }

  private next(): void {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) return this.idle();
    const worker = this.start();
    worker.ref(); // a deck under way keeps the process alive; an idle thread does not
    this.current = { job };
    if (this.ready) this.startClock();
    else {
      const timer = setTimeout(() => this.fail(notStarted(job.file)), THREAD_START_MS);
      this.current.stop = () => clearTimeout(timer);
    }
    worker.postMessage({ id: job.id, kind: job.kind, file: job.file, bytes: job.bytes, layout: job.layout });
  }

  /** Nothing left to parse: the thread waits unreferenced, or ends when it holds much (endIdleAboveBytes). */
  private idle(): void {
    const worker = this.worker;
    const limit = this.options.endIdleAboveBytes;
    if (!worker || limit === undefined || this.heapBytes <= limit) return void worker?.unref();
    this.worker = undefined;
    this.heapBytes = 0;
    void worker.terminate();
  }

  /** The deck under way is on the clock of the time limit: its thread's CPU time (parse-clock.ts). */
  private startClock(): void {
    const current = this.current;
    if (!current) return;
    current.stop?.();
    const timeoutMs = deckTimeoutMs(this.limits, current.job.bytes.length);
    current.stop = watchParse(timeoutMs, this.statFile, () => this.fail(tooLong(current.job.file, timeoutMs))).stop;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    mark('parser thread start');
    const worker = new Worker(workerFile()!, {
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
      workerData: { remember: this.options.remember === true },
    });
    this.ready = false;
    this.statFile = undefined;
    worker.on('message', (reply: { ready?: true; statFile?: string; id: number; value?: JobResult[JobKind]; error?: WireError; heapBytes?: number }) => {
      if (reply.ready) {
        if (this.worker !== worker) return;
        this.ready = true;
        this.statFile = reply.statFile;
        this.startClock();
        return;
      }
      const current = this.current;
      if (!current || current.job.id !== reply.id) return;
      current.stop?.();
      this.current = undefined;
      this.heapBytes = reply.heapBytes ?? 0;
      if (reply.error) current.job.reject(fromWire(reply.error));
      else current.job.resolve(reply.value!);
      this.next();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const file = this.current?.job.file ?? '';
      const { memoryMb } = this.limits;
      this.fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? contentError(
              file,
              1,
              `parsing the deck needed more than ${memoryMb} MB and was stopped`,
              `split the deck, or allow more memory with STUDYGUIDE_PARSE_MEMORY_MB=${memoryMb * 2}`,
            )
          : contentError(file, 1, `the deck's parser failed: ${error.message}`, 'run the build again; if it repeats, run with --debug'),
      );
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(new Error('the parser thread stopped'));
    });
    this.worker = worker;
    return worker;
  }

  /** Fails the deck under way, ends its thread, and goes on with the next deck. */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    const current = this.current;
    this.current = undefined;
    if (current) {
      current.stop?.();
      current.job.reject(error);
    }
    this.next();
  }
}

/**
 * A build's parser: a thread left with no deck to parse is ended once it holds more than this
 * (ParseThread's endIdleAboveBytes). The bundled decks leave 42–49 MiB (kept, as a new thread
 * costs about a second of CPU), a 1,000-question deck 93 MiB.
 */
export function buildParser(limits: ParseLimits = parseLimits()): ParseThread {
  return new ParseThread(limits, { endIdleAboveBytes: 64 * 2 ** 20 });
}

/** How long the parser's thread may take to load, on the busiest machine, before it is given up. */
const THREAD_START_MS = 60_000;

/** The error of a deck whose parser's thread did not load in time (the machine, not the deck). */
function notStarted(file: string): StudyguideError {
  return environmentError(
    `the deck parser's thread did not start within ${THREAD_START_MS / 1000} s (parsing ${file})`,
    'the machine may be overloaded: run the build again when it is less busy',
  );
}

/** The error of a deck whose parse ran past the time limit. */
function tooLong(file: string, timeoutMs: number): StudyguideError {
  return contentError(
    file,
    1,
    `parsing the deck took longer than ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`} and was stopped`,
    `split the deck, or allow more time with STUDYGUIDE_PARSE_TIMEOUT_MS=${timeoutMs * 2}`,
  );
}

/** A context of its own for timeLimited's one-line script, made once. */
let guardContext: vm.Context | undefined;
const callRun = new vm.Script('run()');

/**
 * Runs synchronous work on this thread and stops it where it is once it has run for `timeoutMs`
 * (V8 ends the running script, as for a script given `timeout`): the in-place parse gets the
 * thread's time limit at the cost of a timer, not a thread.
 */
function timeLimited<T>(run: () => T, timeoutMs: number, onTimeout: () => Error): T {
  guardContext ??= vm.createContext({});
  guardContext.run = run;
  try {
    return callRun.runInContext(guardContext, { timeout: timeoutMs }) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw onTimeout();
    throw error;
  } finally {
    guardContext.run = undefined;
  }
}
