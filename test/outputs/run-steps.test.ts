import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/outputs/run-steps.js';
import type { DeckContext, GuideStep, OutputStep } from '../../src/outputs/output.js';

/** A step that records when it starts and ends and yields `waits` times in between. */
function step(name: string, log: string[], waits = 1, fail = false): OutputStep {
  return {
    name,
    async run() {
      log.push(`start ${name}`);
      for (let i = 0; i < waits; i++) await new Promise((resolve) => setImmediate(resolve));
      log.push(`end ${name}`);
      if (fail) throw new Error(`${name} broke`);
      return [{ name: `${name}.txt`, data: name }];
    },
  };
}

const ctx = {} as DeckContext;

/** A guide that records when it starts and ends, yields `waits` times, and announces nothing. */
function silentGuide(log: string[], waits = 1): GuideStep {
  return {
    name: 'guide',
    async run() {
      log.push('start guide');
      for (let i = 0; i < waits; i++) await new Promise((resolve) => setImmediate(resolve));
      log.push('end guide');
      return { files: [{ name: 'guide.txt', data: 'guide' }], pages: new Map() };
    },
  };
}

/** A guide that announces `early` pages after one wait, then ends with `final` pages. */
function announcingGuide(log: string[], early: Map<string, number>, final: Map<string, number>): GuideStep {
  return {
    name: 'guide',
    async run(_c, onPages) {
      log.push('start guide');
      await new Promise((resolve) => setImmediate(resolve));
      onPages?.(early);
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
      log.push('end guide');
      return { files: [{ name: 'guide.txt', data: 'guide' }], pages: final };
    },
  };
}

/** A step that records the guide page of `q1` it was given. */
function citing(name: string, log: string[]): OutputStep {
  return {
    name,
    async run(_c, guidePages) {
      log.push(`${name} saw p. ${guidePages?.get('q1')}`);
      return [{ name: `${name}.txt`, data: name }];
    },
  };
}

describe('runSteps', () => {
  it('runs the guide alone first, then the others two at a time, files in step order', async () => {
    const log: string[] = [];
    const files = await runSteps({ guide: silentGuide(log), rest: [step('cheatsheet', log, 3), step('cards', log, 1), step('quiz', log, 1)] }, ctx);
    expect(files.map((f) => f.name)).toEqual(['guide.txt', 'cheatsheet.txt', 'cards.txt', 'quiz.txt']);
    expect(log.slice(0, 2)).toEqual(['start guide', 'end guide']);
    let running = 0;
    let most = 0;
    for (const entry of log) {
      running += entry.startsWith('start') ? 1 : -1;
      most = Math.max(most, running);
    }
    expect(most).toBe(2);
    // cards finished before the slower cheatsheet, so quiz started in its place.
    expect(log.indexOf('start quiz')).toBeLessThan(log.indexOf('end cheatsheet'));
  });

  it('throws the first error once the running steps are done, starting no new one', async () => {
    const log: string[] = [];
    await expect(
      runSteps({ guide: silentGuide(log), rest: [step('cards', log, 1, true), step('cheatsheet', log, 3), step('quiz', log)] }, ctx),
    ).rejects.toThrow('cards broke');
    expect(log).toContain('end cheatsheet');
    expect(log).not.toContain('start quiz');
  });

  it('starts the citing steps once the guide announces its pages, before it ends', async () => {
    const log: string[] = [];
    const pages = new Map([['q1', 7]]);
    const files = await runSteps({ guide: announcingGuide(log, pages, new Map(pages)), rest: [citing('cards', log)] }, ctx);
    expect(files.map((f) => f.name)).toEqual(['guide.txt', 'cards.txt']);
    expect(log).toEqual(['start guide', 'cards saw p. 7', 'end guide']);
  });

  it('runs the citing steps again when the final pages differ from the announced ones', async () => {
    const log: string[] = [];
    const files = await runSteps({ guide: announcingGuide(log, new Map([['q1', 7]]), new Map([['q1', 8]])), rest: [citing('cards', log)] }, ctx);
    expect(files.map((f) => f.name)).toEqual(['guide.txt', 'cards.txt']);
    expect(log).toEqual(['start guide', 'cards saw p. 7', 'end guide', 'cards saw p. 8']);
  });

  it('says the warnings of a step run again once, from its last run', async () => {
    const said: string[] = [];
    const warning: OutputStep = {
      name: 'cards',
      async run(c, guidePages) {
        c.warn({ code: 'card-overflow', line: 9, message: `Q2 overflows its card (guide p. ${guidePages?.get('q1')})` });
        return [{ name: 'cards.txt', data: 'cards' }];
      },
    };
    const warned = { warn: (d: { message: string }) => void said.push(d.message) } as unknown as DeckContext;
    await runSteps({ guide: announcingGuide([], new Map([['q1', 7]]), new Map([['q1', 8]])), rest: [warning] }, warned);
    expect(said).toEqual(['Q2 overflows its card (guide p. 8)']);
    said.length = 0;
    await runSteps({ guide: announcingGuide([], new Map([['q1', 7]]), new Map([['q1', 7]])), rest: [warning] }, warned);
    expect(said).toEqual(['Q2 overflows its card (guide p. 7)']);
  });

  it('gives the citing steps the printed pages when the guide announced none', async () => {
    const log: string[] = [];
    const guide: GuideStep = { name: 'guide', run: async () => ({ files: [], pages: new Map([['q1', 4]]) }) };
    await runSteps({ guide, rest: [citing('cards', log)] }, ctx);
    expect(log).toEqual(['cards saw p. 4']);
  });

  it('runs the steps without pages when no guide is built', async () => {
    const log: string[] = [];
    await runSteps({ rest: [citing('cards', log)] }, ctx);
    expect(log).toEqual(['cards saw p. undefined']);
  });
});
