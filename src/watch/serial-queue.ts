/**
 * One job at a time per key (a deck file, or all assets): a save during a render marks the key
 * dirty and it renders once more afterwards, so bursts of saves end on the newest content.
 */
export class SerialQueue {
  private readonly running = new Map<string, Promise<void>>();
  private readonly dirty = new Set<string>();

  /** True when another change of `key` arrived while its job ran. */
  isDirty(key: string): boolean {
    return this.dirty.has(key);
  }

  /** Runs job now, or once more after the running job of the same key ends. */
  run(key: string, job: () => Promise<void>): void {
    if (this.running.has(key)) {
      this.dirty.add(key);
      return;
    }
    const loop = async () => {
      do {
        this.dirty.delete(key);
        await job().catch(() => undefined);
      } while (this.dirty.has(key));
    };
    this.running.set(
      key,
      loop().finally(() => this.running.delete(key)),
    );
  }

  /** Resolves when no job runs. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }
}
