import { afterEach, describe, expect, it } from 'vitest';
import { offerSharedBuilds, sharedBuildsStarter, wantSharedBuilds } from './shared-builds-wanted.js';
import { orderRun } from './slow-first.js';

// The e2e setup's shared builds cost a run that reads none of them (one e2e file, a unit run)
// about 20 s of CPU for nothing: they are made only when a file of the run waits for them.
describe('the shared builds of the e2e setup', () => {
  afterEach(() => offerSharedBuilds(undefined));

  it('are made once, when a file of the run waits for them, and said to be skipped otherwise', async () => {
    const calls: string[] = [];
    const starter = sharedBuildsStarter(
      async () => void calls.push('build'),
      async () => void calls.push('skip'),
    );
    starter.start(false);
    starter.start(true);
    starter.start(true);
    starter.start(false);
    await starter.done();
    expect(calls).toEqual(['skip', 'build']);
  });

  it('are asked for by the order of the run, with whether a file of it waits for them', async () => {
    const asked: boolean[] = [];
    offerSharedBuilds({ start: (wanted) => void asked.push(wanted), done: async () => undefined });
    const file = (name: string) => ({ moduleId: `/repo/test/e2e/${name}.test.ts`, project: { name: 'e2e' } });
    const waits = (f: { moduleId: string }) => f.moduleId.includes('bundled');
    orderRun([file('package')], waits);
    expect(orderRun([file('bundled'), file('package')], waits)).toHaveLength(2);
    wantSharedBuilds(false);
    expect(asked).toEqual([false, true, false]);
  });
});
