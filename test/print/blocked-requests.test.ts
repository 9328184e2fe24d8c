import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { blockedRequestWarnings } from '../../src/print/blocked-requests.js';
import { assetDirs } from '../../src/render/assets.js';
import { tempDirSync } from '../temp-dir.js';

describe('blocked request warnings', () => {
  const deck = parseDeck('# T\n\n## S\n\n### First?\n\n> a\n\n### Second?\n\nSee [the spec](https://example.org/spec?a=1&b=2).\n', { file: 'd.md', slug: 'd' });

  it('names the line of the question whose HTML holds the address', () => {
    const [w] = blockedRequestWarnings(['https://example.org/spec?a=1&b=2'], deck);
    expect(w).toEqual({ code: 'blocked-request', line: 9, message: 'blocked a request from the printing page: https://example.org/spec?a=1&b=2' });
  });

  it('says when an address came from a template or style, once per address', () => {
    const warnings = blockedRequestWarnings(['https://fonts.example/x.woff2', 'https://fonts.example/x.woff2'], deck);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBeUndefined();
    expect(warnings[0].message).toMatch(/x\.woff2 \(from a template or style, not the deck text\)$/);
  });

  it('names the line of a theme stylesheet that holds the address', () => {
    const theme = tempDirSync('sg-theme-url-');
    mkdirSync(path.join(theme, 'styles'));
    const css = path.join(theme, 'styles', 'guide.css');
    writeFileSync(css, ':root { --accent: red; }\nbody { background: url(http://example.com/bg.png); }\n');
    const [w] = blockedRequestWarnings(['http://example.com/bg.png'], deck, assetDirs({ theme }));
    expect(w).toEqual({
      code: 'blocked-request',
      file: css,
      line: 2,
      message:
        'blocked a request from the printing page: http://example.com/bg.png (from this template or style) — remove the address: printed pages load nothing from outside',
    });
  });
});
