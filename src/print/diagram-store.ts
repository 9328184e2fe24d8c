import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../output.js';

/**
 * Drawn diagrams kept on disk between builds (out/.studyguide-diagrams/), so editing a deck
 * does not start mermaid again for diagrams that did not change. The key covers the source and
 * everything else that shapes the SVG (mermaid's version, our settings), given as `salt`.
 */
export class DiagramStore {
  constructor(private readonly dir: string, private readonly salt: string) {}

  /** The SVG drawn earlier for this source, if any. */
  async get(source: string): Promise<string | undefined> {
    const svg = await readFile(this.fileOf(source), 'utf8').catch(() => undefined);
    return svg?.startsWith('<svg') ? svg : undefined;
  }

  /** Keeps an SVG for later builds; a store that cannot be written only costs time. */
  async put(source: string, svg: string): Promise<void> {
    await writeAtomic(this.fileOf(source), svg).catch(() => undefined);
  }

  private fileOf(source: string): string {
    const key = createHash('sha256').update(this.salt).update('\0').update(source).digest('hex');
    return path.join(this.dir, `${key.slice(0, 32)}.svg`);
  }
}
