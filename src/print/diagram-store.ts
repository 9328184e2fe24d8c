import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../output.js';

/**
 * Drawn diagrams kept on disk between builds (out/.studyguide-diagrams/), so editing a deck
 * does not start mermaid again for diagrams that did not change. The key covers the source and
 * everything else that shapes the SVG (mermaid's version, our settings), given as `salt`.
 *
 * A stored file is `sha256:<hex of the SVG>` on its first line, then the SVG. What is read back
 * must match its hash (a truncated or edited file is drawn again) and is sanitized exactly like
 * a fresh drawing, since out/ may hold files this tool never wrote.
 */
export class DiagramStore {
  constructor(
    private readonly dir: string,
    private readonly salt: string,
  ) {}

  /** The SVG drawn earlier for this source, if any, intact and sanitized. */
  async get(source: string): Promise<string | undefined> {
    const text = await readFile(this.fileOf(source), 'utf8').catch(() => undefined);
    const m = text ? /^sha256:([0-9a-f]{64})\n/.exec(text) : null;
    if (!text || !m) return undefined;
    const svg = text.slice(m[0].length);
    if (hashOf(svg) !== m[1]) return undefined;
    // The HTML parser it needs loads only for a build with a stored drawing.
    const { sanitizeSvg } = await import('./sanitize-svg.js');
    return sanitizeSvg(svg);
  }

  /** Keeps an SVG for later builds; a store that cannot be written only costs time. */
  async put(source: string, svg: string): Promise<void> {
    await writeAtomic(this.fileOf(source), `sha256:${hashOf(svg)}\n${svg}`).catch(() => undefined);
  }

  private fileOf(source: string): string {
    const key = createHash('sha256').update(this.salt).update('\0').update(source).digest('hex');
    return path.join(this.dir, `${key.slice(0, 32)}.svg`);
  }
}

const hashOf = (svg: string): string => createHash('sha256').update(svg).digest('hex');
