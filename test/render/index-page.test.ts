import { describe, expect, it } from 'vitest';
import { assetDirs } from '../../src/render/assets.js';
import { renderIndex } from '../../src/render/render-index.js';

// out/index.html, rendered without a build: each deck's outputs grouped by kind, with level badges.
describe('the index page', () => {
  it('names each kind of output and each level', () => {
    const deck = { slug: 'net', title: 'Networking', total: 3, counts: { easy: 1, medium: 1, hard: 1 } };
    const files = [
      { name: 'guide.html', bytes: 2048 },
      { name: 'guide.pdf', bytes: 4096 },
      { name: 'cards.pdf', bytes: 1024 },
    ];
    const html = renderIndex([{ deck, files }], assetDirs());
    expect([...html.matchAll(/<tr><th>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['Study guide', 'Cheat cards']);
    expect([...html.matchAll(/class="badge badge-(\w+)" title="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`)).toEqual(['easy=easy', 'medium=medium', 'hard=hard']);
  });
});
