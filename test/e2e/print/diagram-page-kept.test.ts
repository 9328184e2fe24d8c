import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { DiagramDrawer, diagramKey } from '../../../src/print/draw-diagrams.js';

const FLOW = 'flowchart LR\n  cl[Clientbox] --> lb[Balancerbox]\n';
const SEQUENCE = 'sequenceDiagram\n  Alice->>Bob: ping\n  Bob-->>Alice: pong\n';

/** A session on the shared browser that notes the page each job ran in. */
function notingSession(): { session: BrowserSession; pages: Page[] } {
  const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  const pages: Page[] = [];
  const withPage = session.withPage.bind(session);
  session.withPage = (fn, ...rest) => withPage((page) => (pages.push(page), fn(page)), ...rest);
  return { session, pages };
}

/** What a drawing came to: its SVG, or why it was refused. */
const svgOf = async (drawer: DiagramDrawer, source: string) => {
  const drawing = (await drawer.draw([source])).get(diagramKey(source))!;
  return 'svg' in drawing ? drawing.svg : drawing.error;
};

describe('the diagram page', () => {
  // Each build has its drawer; the session outlives builds (a test worker's, a watch run's), and
  // mermaid took a new renderer and 1.5 s of the browser's CPU to load for every build that drew.
  it('is kept with mermaid loaded for the next build, which draws the same SVG there as a new page does', async () => {
    const { session, pages } = notingSession();
    const fresh = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    try {
      const first = await svgOf(new DiagramDrawer(session), FLOW);
      // Another diagram between: what mermaid keeps from a drawing must not reach the next one.
      await svgOf(new DiagramDrawer(session), SEQUENCE);
      const again = await svgOf(new DiagramDrawer(session), FLOW);
      expect(first).toMatch(/^<svg/);
      expect(pages).toHaveLength(3);
      expect(new Set(pages).size).toBe(1);
      expect(again).toBe(first);
      expect(await svgOf(new DiagramDrawer(fresh), FLOW)).toBe(first);
      // A session that rests lets it go (a large build's step that works in Node alone).
      await session.rest();
      expect(pages[0].isClosed()).toBe(true);
    } finally {
      await Promise.all([session.dispose(), fresh.dispose()]);
    }
  });
});
