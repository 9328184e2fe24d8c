import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { systemFontsStamp } from '../../src/cache/system-fonts-stamp.js';
import { buildFingerprint } from '../../src/cache/cache-inputs.js';
import { tempDir } from '../helpers.js';

const saved = { HOME: process.env.HOME, FONTCONFIG_FILE: process.env.FONTCONFIG_FILE, XDG_DATA_HOME: process.env.XDG_DATA_HOME };
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('systemFontsStamp', () => {
  it('changes when a font is added to a font folder or one of its sub-folders, and with the fontconfig settings; not otherwise', async () => {
    const home = await tempDir('studyguide-font-stamp-');
    process.env.HOME = home;
    delete process.env.XDG_DATA_HOME;
    delete process.env.FONTCONFIG_FILE;
    const fonts = path.join(home, '.local', 'share', 'fonts');
    await mkdir(path.join(fonts, 'noto'), { recursive: true });
    const before = systemFontsStamp();
    expect(systemFontsStamp()).toBe(before);
    const key = await buildFingerprint({}, []);

    await writeFile(path.join(fonts, 'noto', 'NotoSansJP.otf'), 'a face');
    // A file system's clock may not tick between two writes: set the sub-folder's time apart.
    await utimes(path.join(fonts, 'noto'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    const added = systemFontsStamp();
    expect(added).not.toBe(before);
    // The build's cache key with it: every deck prints again with the new face.
    expect(await buildFingerprint({}, [])).not.toBe(key);

    process.env.FONTCONFIG_FILE = path.join(home, 'fonts.conf');
    expect(systemFontsStamp()).not.toBe(added);
  });
});
