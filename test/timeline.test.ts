import { afterEach, describe, expect, it, vi } from 'vitest';

// STUDYGUIDE_TIMELINE=1 (src/timeline.ts): each mark is a line on stderr, ms since the process
// started, the deck and job whose work it is, and what happened. Read once, as the module loads.
async function loadTimeline(on: boolean) {
  vi.resetModules();
  const before = process.env.STUDYGUIDE_TIMELINE;
  const origin = process.env.STUDYGUIDE_TIMELINE_ORIGIN;
  if (on) process.env.STUDYGUIDE_TIMELINE = '1';
  else delete process.env.STUDYGUIDE_TIMELINE;
  try {
    return await import('../src/timeline.js');
  } finally {
    if (before === undefined) delete process.env.STUDYGUIDE_TIMELINE;
    else process.env.STUDYGUIDE_TIMELINE = before;
    // Set by the module for the parser's thread, which counts from the process's start too.
    if (origin === undefined) delete process.env.STUDYGUIDE_TIMELINE_ORIGIN;
    else process.env.STUDYGUIDE_TIMELINE_ORIGIN = origin;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('the build timeline', () => {
  it('writes each mark with its time, its deck and job, through awaits', async () => {
    const timeline = await loadTimeline(true);
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => (lines.push(String(text)), true));
    await timeline.scopeDeck('dns', () =>
      timeline.scopeDeck('guide.pdf', () =>
        timeline.span('print', async () => {
          await new Promise((resolve) => setTimeout(resolve, 1));
        }),
      ),
    );
    timeline.mark('done');
    expect(lines.map((l) => l.replace(/^timeline [\d.]+ /, ''))).toEqual(['dns/guide.pdf print start\n', 'dns/guide.pdf print end\n', '- done\n']);
    expect(lines.every((l) => /^timeline \d+\.\d /.test(l))).toBe(true);
  });

  it('writes nothing when off', async () => {
    const timeline = await loadTimeline(false);
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await timeline.scopeDeck('dns', () => timeline.span('print', async () => timeline.mark('inside')));
    expect(write).not.toHaveBeenCalled();
  });
});
