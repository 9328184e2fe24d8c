import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Blockquote, RootContent } from 'mdast';
import { convertHtml } from '../../src/content/layouts/convert-html.js';

/** `<details>` blocks nested `depth` deep, each over its own pieces of HTML, around one paragraph. */
function nested(depth: number): RootContent[] {
  const open = Array.from({ length: depth }, (_, i): RootContent => ({ type: 'html', value: `<details><summary>Level ${i}</summary>` }));
  const close = Array.from({ length: depth }, (): RootContent => ({ type: 'html', value: '</details>' }));
  return [...open, { type: 'paragraph', children: [{ type: 'text', value: 'The innermost note.' }] }, ...close];
}

/** The same blocks typed as one piece of HTML (no blank line between them, so markdown reads them as one block). */
function onePiece(depth: number): RootContent[] {
  const value = `${Array.from({ length: depth }, (_, i) => `<details><summary>Level ${i}</summary>\n`).join('')}The innermost note.${'\n</details>'.repeat(depth)}`;
  return [{ type: 'html', value }];
}

/** Characters patterns searched while `fn` runs (a pattern anchored at the start reads only there, and is not counted): work, counted without a clock. */
function charactersSearched(fn: () => void): number {
  const exec = RegExp.prototype.exec;
  let read = 0;
  const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, text: string) {
    if (this.lastIndex === 0 && !this.source.startsWith('^')) read += String(text).length;
    return exec.call(this, text);
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return read;
}

/** Patterns run while `fn` runs: the work done, counted without a clock. */
function patternRuns(fn: () => void): number {
  const exec = RegExp.prototype.exec;
  let runs = 0;
  const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, text: string) {
    runs++;
    return exec.call(this, text);
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return runs;
}

/** Each of `levels` boxes holds its level's summary, the next box inside, and the note innermost. */
function expectBoxedLevels(outer: Blockquote, levels: number): void {
  let box = outer;
  for (let level = 0; level < levels; level++) {
    expect(box.type).toBe('blockquote');
    expect(JSON.stringify(box.children[0])).toContain(`Level ${level}`);
    if (level < levels - 1) box = box.children[1] as Blockquote;
  }
  expect(JSON.stringify(box.children[1])).toContain('The innermost note.');
}

describe('nested <details> blocks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('box one inside the other, each titled by its summary, the note innermost', () => {
    const tree = { type: 'root' as const, children: nested(40) };
    convertHtml(tree, []);
    expectBoxedLevels(tree.children[0] as Blockquote, 40);
  });

  it('take work in proportion to their depth: four times as deep is about four times the work, not sixteen (5,000 deep took 2 s)', () => {
    const work = (depth: number) => patternRuns(() => convertHtml({ type: 'root', children: nested(depth) }, []));
    const [shallow, deep] = [work(400), work(1600)];
    // Four times as deep: about four times the work; the rescan at each level made it sixteen.
    expect(deep / shallow).toBeLessThan(5);
  });

  it('typed as one piece of HTML, box one inside the other, and the piece is searched about once, not once a level (5,000 deep took 3 s)', () => {
    const tree = { type: 'root' as const, children: onePiece(40) };
    convertHtml(tree, []);
    expectBoxedLevels(tree.children[0] as Blockquote, 40);
    const work = (depth: number) => charactersSearched(() => convertHtml({ type: 'root', children: onePiece(depth) }, []));
    const [shallow, deep] = [work(400), work(1600)];
    // Four times as deep: about four times the work; searching each level's rest of the piece made it sixteen.
    expect(deep / shallow).toBeLessThan(5);
  });
});
