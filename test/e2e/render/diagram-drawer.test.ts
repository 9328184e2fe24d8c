import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DiagramDrawer, diagramKey } from '../../../src/print/draw-diagrams.js';
import type { BrowserSession } from '../../../src/print/browser-session.js';

/**
 * A deck's diagrams start drawing from its raw text before it is parsed; the parsed deck's own
 * request must then wait for that drawing, not draw again. A stand-in session counts the pages
 * asked for and answers each with a page whose drawing returns one SVG per source.
 */
function countingSession() {
  const asked: number[] = [];
  const session = {
    async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
      asked.push(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      // drawInPage: its request listener, interception, goto, wait, then one evaluate returning the drawings.
      const page = {
        setRequestInterception: async () => undefined,
        on: () => undefined,
        off: () => undefined,
        goto: async () => undefined,
        waitForFunction: async () => undefined,
        evaluate: async (_fn: unknown, _config: unknown, list: { source: string }[]) => list.map((item) => ({ svg: `<svg>${item.source.trim()}</svg>` })),
      } as unknown as Page;
      return fn(page);
    },
  } as unknown as BrowserSession;
  return { session, asked };
}

const DECK = [
  '# D',
  '## S',
  '### Q?',
  '> A.',
  '',
  '```mermaid',
  'flowchart LR',
  '  a --> b',
  '```',
  '',
  '### R?',
  '> B.',
  '',
  '~~~mermaid',
  'pie',
  '~~~',
  '',
].join('\n');

describe('DiagramDrawer', () => {
  it('draws a diagram found early once, and hands it to the parsed request', async () => {
    const { session, asked } = countingSession();
    const drawer = new DiagramDrawer(session);
    drawer.drawEarly(DECK);
    await new Promise((resolve) => setImmediate(resolve));
    expect(asked, 'drawing started before the deck was parsed').toHaveLength(1);
    // The sources as the parsed deck gives them: the block's lines with their final newline.
    const sources = ['flowchart LR\n  a --> b\n', 'pie\n'];
    const drawn = await drawer.draw(sources);
    expect(asked).toHaveLength(1);
    expect(drawn.get(diagramKey(sources[0]))).toEqual({ svg: '<svg>flowchart LR\n  a --> b</svg>', warnings: [] });
    expect(drawn.get(diagramKey(sources[1]))).toEqual({ svg: '<svg>pie</svg>', warnings: [] });
    await drawer.draw(sources);
    expect(asked).toHaveLength(1);
  });

  it('draws what the early pass missed', async () => {
    const { session, asked } = countingSession();
    const drawer = new DiagramDrawer(session);
    drawer.drawEarly('# No diagrams here\n');
    const drawn = await drawer.draw(['graph TD\n']);
    expect(asked).toHaveLength(1);
    expect(drawn.get(diagramKey('graph TD\n'))).toEqual({ svg: '<svg>graph TD</svg>', warnings: [] });
  });
});
