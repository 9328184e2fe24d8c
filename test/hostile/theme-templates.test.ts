import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assetDirs } from '../../src/render/assets.js';
import { compileTemplate, createTemplateEnv } from '../../src/render/handlebars-env.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

/** The error a theme's templates give when the guide's layout is compiled, formatted as the CLI prints it. */
function themeError(theme: string): string {
  try {
    const dirs = assetDirs({ theme });
    compileTemplate(createTemplateEnv(dirs), dirs, 'guide.hbs');
  } catch (err) {
    if (err instanceof StudyguideError) return err.format();
    return `not a StudyguideError: ${String(err)}`;
  }
  return 'no error';
}

// Handlebars parses a template when it is first used, so a slip in a theme's partial failed the
// first deck printed as `deck.md: Parse error on line 3: — run with --debug`, naming neither the
// template nor anything to do.
describe("a theme's broken template", () => {
  const theme = async (file: string, text: string): Promise<{ dir: string; file: string }> => {
    const dir = await tempDir('studyguide-theme-');
    mkdirSync(path.join(dir, 'templates', 'partials'), { recursive: true });
    writeFileSync(path.join(dir, 'templates', file), text);
    return { dir, file: path.join(dir, 'templates', file) };
  };

  it('a tag left open names the template file and its line', async () => {
    const t = await theme('partials/cover.hbs', '<header>\n{{#each tags}}\n  {{this}\n{{/each}}\n</header>\n');
    expect(themeError(t.dir)).toBe(`${t.file}:3: template does not parse near "{{this}" — fix the {{ … }} there, or remove the file to print with ours`);
  });

  it('a block closed by the wrong name, in a layout, names its line', async () => {
    const t = await theme('guide.hbs', '<html>\n{{#if title}}\n<h1>{{title}}</h1>\n{{/each}}\n</html>\n');
    expect(themeError(t.dir)).toBe(`${t.file}:2: template does not parse near "{{#if title}}" — fix the {{ … }} there, or remove the file to print with ours`);
  });

  it('a partial no templates folder has is named at its line', async () => {
    const t = await theme('partials/cover.hbs', '<header>\n  {{> subtitel}}\n</header>\n');
    expect(themeError(t.dir)).toBe(
      `${t.file}:2: template uses the partial "subtitel", which no templates folder has — add partials/subtitel.hbs, or fix the name`,
    );
  });

  it('a helper studyguide does not have, or an {{#if}} with nothing to test, is named at its line (both failed only while printing)', async () => {
    const helper = await theme('partials/cover.hbs', '<header>\n  {{upper title}}\n</header>\n');
    expect(themeError(helper.dir)).toMatch(
      new RegExp(
        `^${helper.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: template calls the helper "upper", which studyguide does not have — use one of [a-zA-Z, ]*\\beq\\b.*, or remove it$`,
      ),
    );
    const bare = await theme('partials/cover.hbs', '<header>\n\n  {{#if}}<p>x</p>{{/if}}\n</header>\n');
    expect(themeError(bare.dir)).toBe(`${bare.file}:3: template gives {{#if}} nothing to work on — write {{#if something}}`);
  });

  it('partials that call each other without end name the call that closes the loop (it said "deck.md: Maximum call stack size exceeded")', async () => {
    const dir = await tempDir('studyguide-theme-');
    mkdirSync(path.join(dir, 'templates', 'partials'), { recursive: true });
    writeFileSync(path.join(dir, 'templates', 'guide.hbs'), '<html>\n{{> outer}}\n</html>\n');
    writeFileSync(path.join(dir, 'templates', 'partials', 'outer.hbs'), '<div>\n{{#if title}}{{> inner}}{{/if}}\n</div>\n');
    writeFileSync(path.join(dir, 'templates', 'partials', 'inner.hbs'), '<p>\n\n  {{> outer}}\n</p>\n');
    const dirs = assetDirs({ theme: dir });
    const template = compileTemplate(createTemplateEnv(dirs), dirs, 'guide.hbs');
    expect(template({})).toContain('<div>');
    const error = (() => {
      try {
        template({ title: 'T' });
      } catch (err) {
        return err instanceof StudyguideError ? err.format() : `not a StudyguideError: ${String(err)}`;
      }
    })();
    expect(error).toBe(
      `${path.join(dir, 'templates', 'partials', 'inner.hbs')}:3: template calls the partial "outer" inside itself, without end (outer → inner → outer) — call it under an {{#if}} that turns false, or remove the call`,
    );
  });

  it('our own templates, and a theme that overrides one well, compile', async () => {
    const t = await theme('partials/cover.hbs', '<header>{{> badge}}{{#each tags}}{{this}}{{/each}}</header>\n');
    expect(themeError(t.dir)).toBe('no error');
  });
});
