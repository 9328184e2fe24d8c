import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assetDirs, readAsset } from '../../src/render/assets.js';
import { compileTemplate, createTemplateEnv } from '../../src/render/handlebars-env.js';
import { themeImportWarnings } from '../../src/render/theme-imports.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

/** What `run` throws, formatted as the CLI prints it. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    return err instanceof StudyguideError ? err.format() : `not a StudyguideError: ${String(err)}`;
  }
  return 'no error';
}

/** A theme folder holding one file at `name` (under the theme) with these bytes. */
async function theme(name: string, bytes: Buffer): Promise<{ dir: string; file: string }> {
  const dir = await tempDir('studyguide-theme-encoding-');
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return { dir, file };
}

// Latin-1 `é` in a theme's file: each such byte became U+FFFD, printed as a box in a `content:`
// string or a cover heading, and nothing said so.
const latin1 = (before: string, after: string) => Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]);

describe("a theme's file that is not UTF-8", () => {
  it('a stylesheet in Latin-1 stops the build at its line, before anything prints', async () => {
    const t = await theme('styles/guide.css', latin1('/* house look */\nbody::after { content: "r', 'sum"; }\n'));
    const want = `${t.file}:2: stylesheet is not valid UTF-8 text — save it as UTF-8`;
    expect(failure(() => themeImportWarnings(assetDirs({ theme: t.dir })))).toBe(want);
    expect(failure(() => readAsset(assetDirs({ theme: t.dir }).styles, 'guide.css'))).toBe(want);
  });

  it('a stylesheet saved as UTF-16 says so at line 1', async () => {
    const t = await theme('styles/cards.css', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('body { color: black; }\n', 'utf16le')]));
    expect(failure(() => readAsset(assetDirs({ theme: t.dir }).styles, 'cards.css'))).toBe(
      `${t.file}:1: stylesheet is saved as UTF-16 text — save it as UTF-8`,
    );
  });

  it('a template in Latin-1 names its line', async () => {
    const t = await theme('templates/partials/cover.hbs', latin1('<header>\n<p>Caf', '</p>\n</header>\n'));
    expect(
      failure(() => {
        const dirs = assetDirs({ theme: t.dir });
        compileTemplate(createTemplateEnv(dirs), dirs, 'guide.hbs');
      }),
    ).toBe(`${t.file}:2: template is not valid UTF-8 text — save it as UTF-8`);
  });

  it('UTF-8, with its byte-order mark or without, reads as written', async () => {
    const t = await theme('styles/guide.css', Buffer.from('\uFEFFbody::after { content: "résumé"; }\n'));
    expect(readAsset(assetDirs({ theme: t.dir }).styles, 'guide.css')).toBe('body::after { content: "résumé"; }\n');
    expect(themeImportWarnings(assetDirs({ theme: t.dir }))).toEqual([]);
  });
});
