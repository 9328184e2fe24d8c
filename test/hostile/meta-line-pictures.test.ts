import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { check } from '../../src/api.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../helpers.js';

parseInPlace();

// A meta line is read as its text. An <img> in a Tags line has none, so the tag vanished from
// the deck, the cards and the exports without a word ("Tags: <img src=x>, ok" gave the tag "ok").

async function findings(tags: string): Promise<string[]> {
  const dir = await tempDir('studyguide-meta-pictures-');
  await writeFile(path.join(dir, 'd.md'), `# T\n\n## S\n\n### One?\n\nTags: ${tags}\n\n> a\n`);
  const { findings } = await check({ paths: [path.join(dir, 'd.md')], config: false });
  return findings.filter((f) => f.code === 'left-out').map((f) => `${f.line}: ${f.message}`);
}

describe('a picture in a Tags line', () => {
  it('an <img>, or a markdown image, is a warning at its line saying what is read', async () => {
    expect(await findings('<img src=x onerror=alert(1)>, ok')).toEqual([
      '7: <img src=x onerror=alert(1)> in a Level/Tags/Id line is no text: it is left out — write tags and ids as plain words',
    ]);
    expect(await findings('![logo](x.png), ok')).toEqual([
      '7: ![logo](…) in a Level/Tags/Id line is no text: only its description "logo" is read — write tags and ids as plain words',
    ]);
  });

  it('words, bold words, code and a comment beside them are read without a word', async () => {
    expect(await findings('plain, <b>bold</b>, **strong**, `code` <!-- a note -->')).toEqual([]);
  });
});
