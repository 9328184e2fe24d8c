import { afterEach, describe, expect, it } from 'vitest';
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveBuildOptions } from '../../src/api.js';
import { formatError } from '../../src/cli/terminal.js';
import { watch, type WatchEvent, type WatchHandle } from '../../src/watch/watch.js';
import { tempDir } from '../helpers.js';
import { fetchText } from '../fetch-text.js';

let running: WatchHandle | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('watch with its config file edited', () => {
  it('says a broken config in one line naming file:line, keeps serving the last good guide, and takes the fixed config', async () => {
    const dir = await tempDir('studyguide-watch-config-');
    const deck = path.join(dir, 'networking.md');
    await copyFile('test/fixtures/watch/networking.md', deck);
    const config = path.join(dir, 'studyguide.config.json');
    await writeFile(config, '{ "level": "easy" }\n');
    const reload = async () => (await resolveBuildOptions({ paths: [deck], config })).options;
    const events: WatchEvent[] = [];
    let wake = () => {};
    const next = async (wanted: (e: WatchEvent) => boolean): Promise<WatchEvent> => {
      for (;;) {
        const i = events.findIndex(wanted);
        if (i >= 0) return events.splice(0, i + 1)[i];
        await new Promise<void>((resolve) => (wake = resolve));
      }
    };
    const build = { ...(await reload()), outDir: path.join(dir, 'out') };
    running = await watch({ build, port: 0, pdf: false, config: { file: config, reload } }, (e) => {
      events.push(e);
      wake();
    });
    const guide = `${running.url}networking/guide.html`;
    const first = await fetchText(guide);
    expect(first).toContain('What is DNS?');
    expect(first).not.toContain('How would you fail over to another region?');

    await writeFile(config, '{\n  "level": "impossible"\n}\n');
    const problem = await next((e) => e.type === 'problem');
    const line = formatError(problem.type === 'problem' ? problem.error : undefined, false);
    expect(line).toMatch(/studyguide\.config\.json:2: .*level.*impossible/);
    expect(line).not.toContain('\n');
    expect(await fetchText(guide)).toBe(first);

    await writeFile(config, '{ "level": "easy,medium" }\n');
    await next((e) => e.type === 'preview' && e.changed.endsWith('studyguide.config.json'));
    expect(await fetchText(guide)).toContain('How would you fail over to another region?');
  });
});
