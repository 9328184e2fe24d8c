import type { RootContent } from 'mdast';

/** How many `<details>` a piece of HTML opens, less those it closes. */
export const detailsDepth = (html: string): number => (html.match(/<details\b/gi)?.length ?? 0) - (html.match(/<\/details>/gi)?.length ?? 0);

/**
 * Where the `<details>` blocks among a list of nodes close, answered without reading the list again
 * at each level: nested 5,000 deep, rescanning the rest of the list for each block's close was
 * quadratic (some 2 s before the deck was refused as too deep). `prefix[k]` is how deep the list is
 * after node k; a block opening at k closes at the first piece of HTML from k on that is no deeper
 * than the list before it, found in a tree of the least depth over each span of pieces.
 */
export class DetailsDepths {
  private readonly prefix: number[] = [];
  private readonly least: number[];
  private readonly size: number;

  constructor(nodes: readonly RootContent[]) {
    let depth = 0;
    for (const node of nodes) this.prefix.push((depth += node.type === 'html' ? detailsDepth(node.value) : 0));
    this.size = 1;
    while (this.size < nodes.length) this.size *= 2;
    // Nodes that are not HTML are never where a block closes: they count as infinitely deep.
    this.least = new Array<number>(2 * this.size).fill(Infinity);
    nodes.forEach((node, k) => node.type === 'html' && (this.least[this.size + k] = this.prefix[k]));
    for (let i = this.size - 1; i > 0; i--) this.least[i] = Math.min(this.least[2 * i], this.least[2 * i + 1]);
  }

  /** How deep the list is after node k (0 before the first). */
  after(k: number): number {
    return k < 0 ? 0 : this.prefix[k];
  }

  /** The first piece of HTML in nodes [from, to) after which the list is `depth` deep or less; -1 when none is. */
  firstAtMost(from: number, to: number, depth: number): number {
    return from >= to ? -1 : this.find(1, 0, this.size, from, to, depth);
  }

  private find(cell: number, lo: number, hi: number, from: number, to: number, depth: number): number {
    if (hi <= from || lo >= to || this.least[cell] > depth) return -1;
    if (hi - lo === 1) return lo;
    const mid = (lo + hi) >> 1;
    const left = this.find(2 * cell, lo, mid, from, to, depth);
    return left >= 0 ? left : this.find(2 * cell + 1, mid, hi, from, to, depth);
  }
}
