import { afterAll, describe, expect, inject, it, vi } from 'vitest';

/**
 * STUDYGUIDE_TIMELINE=1 marks each step of the guide's plan (lay-out-body.ts) as it starts and
 * ends, so that a build's trace shows which pass the plan's time goes to. The timeline reads the
 * variable once, as it loads: the modules are loaded afresh with it set.
 */
const DECK = 'content/kubernetes-admin.md';

const saved = { on: process.env.STUDYGUIDE_TIMELINE, origin: process.env.STUDYGUIDE_TIMELINE_ORIGIN };
afterAll(() => {
  for (const [key, value] of [
    ['STUDYGUIDE_TIMELINE', saved.on],
    ['STUDYGUIDE_TIMELINE_ORIGIN', saved.origin],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  vi.restoreAllMocks();
});

describe("the guide's plan on the build timeline", () => {
  it('marks each of its steps, started and ended, under the guide being laid out', async () => {
    process.env.STUDYGUIDE_TIMELINE = '1';
    vi.resetModules();
    const { loadDeck } = await import('../../../src/content/load-deck.js');
    const { assetDirs } = await import('../../../src/render/assets.js');
    const { createGuideRenderer } = await import('../../../src/render/render-guide.js');
    const { guideTextBlock, GUIDE_PAGES } = await import('../../../src/render/guide-page-sizes.js');
    const { BrowserSession } = await import('../../../src/print/browser-session.js');
    const { printHtml } = await import('../../../src/print/print-pdf.js');
    const { layOutAndPredict } = await import('../../../src/print/lay-out-body.js');
    const { scopeDeck } = await import('../../../src/timeline.js');
    const html = createGuideRenderer(assetDirs())(await loadDeck(DECK), { paper: 'a4' });
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => (/^timeline /.test(String(text)) ? lines.push(String(text)) > 0 : write(text)));
    try {
      await scopeDeck('k8s', () =>
        session.withPage(
          (page) =>
            printHtml(page, html, {
              beforePrint: async (p) => {
                await layOutAndPredict(p, guideTextBlock('a4'), GUIDE_PAGES.a4, []);
                return new Uint8Array(0);
              },
            }),
          'printing guide.pdf',
        ),
      );
    } finally {
      await session.dispose();
    }
    const steps = lines.map((l) => l.replace(/^timeline [\d.]+ /, '').trim()).filter((l) => / plan: /.test(l));
    const opened: string[] = [];
    for (const step of steps) {
      const [, job, what, edge] = /^(\S+) plan: (.+) (start|end)$/.exec(step) ?? [];
      expect(job, step).toBe('k8s/guide.pdf');
      if (edge === 'start') opened.push(what);
      else expect(opened.pop(), step).toBe(what);
    }
    expect(opened).toEqual([]);
    const named = new Set(steps.map((s) => s.replace(/^\S+ plan: /, '').replace(/ (start|end)$/, '')));
    expect([...named]).toEqual(expect.arrayContaining(['faces', 'chapters', 'figures', 'questions split', 'boxes', 'page-foot words']));
  });
});
