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

  it('tells apart two decks of one title by their folder names', () => {
    const files = [{ name: 'guide.pdf', bytes: 4096 }];
    const deck = (slug: string, title: string) => ({ slug, title, total: 1, counts: { easy: 1, medium: 0, hard: 0 } });
    const html = renderIndex(
      [
        { deck: deck('net-2023', 'Networking'), files },
        { deck: deck('net-2024', 'Networking'), files },
        { deck: deck('os', 'Systems'), files },
      ],
      assetDirs(),
    );
    expect([...html.matchAll(/<h2 class="index-deck-title">([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual([
      'Networking (net-2023)',
      'Networking (net-2024)',
      'Systems',
    ]);
  });

  it('speaks the decks’ language when they share one, and sets it in the bundled faces', () => {
    const deck = { slug: 'netz', title: 'Netzwerke', total: 3, counts: { easy: 1, medium: 1, hard: 1 }, lang: 'de' };
    const files = [
      { name: 'guide.pdf', bytes: 4096 },
      { name: 'cards.pdf', bytes: 1024 },
      { name: 'cheatsheet.pdf', bytes: 1024 },
    ];
    const html = renderIndex([{ deck, files }], assetDirs());
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect([...html.matchAll(/<tr><th>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['Lernleitfaden', 'Lernkarten', 'Spickzettel']);
    expect(html).toContain('3 Fragen');
    expect(html).toContain('title="leicht"');
    expect(html).toMatch(/<h1 class="index-title">Lernstapel<\/h1>/);
    // The bundled faces, not the system's serif: the same @font-face rules as the guide's pages.
    expect(html).toMatch(/@font-face\s*\{[^}]*Source Sans 3/);
    expect(html).toMatch(/--font-head: "Source Sans 3"/);
  });

  it('stays in English when the decks speak different languages', () => {
    const de = { slug: 'netz', title: 'Netzwerke', total: 1, counts: { easy: 1, medium: 0, hard: 0 }, lang: 'de' };
    const fr = { slug: 'reseaux', title: 'Réseaux', total: 1, counts: { easy: 1, medium: 0, hard: 0 }, lang: 'fr' };
    const html = renderIndex(
      [
        { deck: de, files: [] },
        { deck: fr, files: [] },
      ],
      assetDirs(),
    );
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('2 decks');
  });
});
