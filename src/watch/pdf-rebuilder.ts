/**
 * Runs the full build (PDFs included) for the decks that changed, once edits have paused for
 * `delayMs`, one build at a time. Edits made while a build runs are collected for the next one,
 * so the last save always ends up printed.
 */
export class PdfRebuilder {
  private readonly pending = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private closed = false;

  constructor(
    private readonly run: (files: string[]) => Promise<void>,
    private readonly delayMs = 1500,
  ) {}

  /** Adds deck files to the next build and restarts the pause timer. */
  schedule(files: string[]): void {
    if (this.closed) return;
    for (const f of files) this.pending.add(f);
    if (this.pending.size === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** True while a build runs or waits for the pause. */
  get busy(): boolean {
    return this.running !== undefined || this.timer !== undefined;
  }

  /** Resolves once no build is running or waiting (tests use it; so does close()). */
  async idle(): Promise<void> {
    while (this.busy) {
      if (this.running) await this.running;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private flush(): void {
    this.timer = undefined;
    if (this.running || this.closed) return; // the running build re-arms the timer when it ends
    const files = [...this.pending];
    this.pending.clear();
    // run() reports its own failures; a rejection here must not become an unhandled one.
    this.running = this.run(files)
      .catch(() => undefined)
      .finally(() => {
        this.running = undefined;
        if (this.pending.size > 0 && !this.timer) this.schedule([]);
      });
  }

  /** Drops waiting work and takes no more; a running build is left to finish (see stopped()). */
  stop(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  /** Resolves when the running build, if any, has ended. */
  async stopped(): Promise<void> {
    await this.running;
  }
}
