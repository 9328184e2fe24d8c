import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfigFile } from '../../src/config/config.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

const failure = (promise: Promise<unknown>) => promise.then(() => undefined).catch((err: unknown) => err);

// Two config files in one folder: the search read the first name on its list, and the other
// (a YAML file added beside the JSON that `init` wrote) was never read, without a word.
describe('two config files in one folder', () => {
  it('is one line naming the file left unread and the one read first', async () => {
    const dir = await tempDir('studyguide-config-pair-');
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'studyguide.config.json'), '{ "paper": "letter" }\n');
    writeFileSync(path.join(dir, 'studyguide.config.yaml'), 'paper: a4\n');
    const error = await failure(readConfigFile(undefined, dir));
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toBe(
      'studyguide.config.yaml:1: config file left unread: studyguide.config.json beside it is read first — keep one of the two, or name one with --config',
    );
  });

  it("holds for any two dedicated names (a module beside a YAML file); package.json's key still gives way to either", async () => {
    const dir = await tempDir('studyguide-config-pair-');
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "decks", "studyguide": { "paper": "a4" } }\n');
    writeFileSync(path.join(dir, 'studyguide.config.yml'), 'paper: letter\n');
    expect((await readConfigFile(undefined, dir)).values.paper).toBe('letter');
    writeFileSync(path.join(dir, 'studyguide.config.mjs'), 'export default { paper: "a4" };\n');
    expect(((await failure(readConfigFile(undefined, dir))) as StudyguideError).format()).toBe(
      'studyguide.config.mjs:1: config file left unread: studyguide.config.yml beside it is read first — keep one of the two, or name one with --config',
    );
  });

  it('--config names the one to read, and a file in a folder above is no pair', async () => {
    const dir = await tempDir('studyguide-config-pair-');
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'decks'));
    writeFileSync(path.join(dir, 'studyguide.config.json'), '{ "paper": "letter" }\n');
    writeFileSync(path.join(dir, 'studyguide.config.yaml'), 'paper: a4\n');
    expect((await readConfigFile('studyguide.config.yaml', dir)).values.paper).toBe('a4');
    writeFileSync(path.join(dir, 'decks', 'studyguide.config.yml'), 'cardSize: a6\n');
    expect((await readConfigFile(undefined, path.join(dir, 'decks'))).values.cardSize).toBe('a6');
  });
});
