import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assetDirs } from '../../src/render/assets.js';
import { themeImportWarnings } from '../../src/render/theme-imports.js';
import { tempDir } from '../helpers.js';

// A theme's stylesheets are put into each page after ours: an @import there loads nothing, silently.
describe('a theme stylesheet reaching for another with @import', () => {
  it('is a warning at the line of its first @import, once a file', async () => {
    const theme = await tempDir('studyguide-theme-');
    await mkdir(path.join(theme, 'styles'));
    const css = path.join(theme, 'styles', 'guide.css');
    await writeFile(css, '/* @import in a comment */\n:root { --accent: red; }\n@import url("https://fonts.example.com/x.css");\n@import "more.css";\n');
    await writeFile(path.join(theme, 'styles', 'base.css'), ':root { --accent: blue; }\n');
    expect(themeImportWarnings(assetDirs({ theme }))).toEqual([
      {
        file: css,
        line: 3,
        severity: 'warning',
        code: 'theme-import',
        message:
          '2 @import rules load nothing: a theme\'s stylesheets are put into each page after ours, where @import is ignored — paste the rules of "https://fonts.example.com/x.css" into guide.css instead',
      },
    ]);
  });

  it('says nothing of our own stylesheets', () => {
    expect(themeImportWarnings(assetDirs({}))).toEqual([]);
  });
});
