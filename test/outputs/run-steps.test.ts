import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/outputs/run-steps.js';
import type { DeckContext, OutputStep } from '../../src/outputs/output.js';

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

describe('runSteps', () => {
  it('runs the guide alone first, then the others two at a time, files in step order', async () => {
    const log: string[] = [];
    const steps = [step('guide', log), step('cheatsheet', log, 3), step('cards', log, 1), step('quiz', log, 1)];
    const files = await runSteps(steps, ctx);
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
    const steps = [step('guide', log), step('cards', log, 1, true), step('cheatsheet', log, 3), step('quiz', log)];
    await expect(runSteps(steps, ctx)).rejects.toThrow('cards broke');
    expect(log).toContain('end cheatsheet');
    expect(log).not.toContain('start quiz');
  });
});
