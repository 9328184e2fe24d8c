import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createQuizRenderer } from '../../src/render/render-quiz.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';

const deck = (levelLine: string) =>
  parseDeck(['# Ports', '', '## Web', '', '### Port of HTTPS?', '', '> 443.', '', '### Port of DNS?', '', levelLine, '', '> 53.', ''].join('\n'), {
    file: 'ports.md',
    slug: 'ports',
  });
const badges = (html: string) => (html.match(/class="badge badge-/g) ?? []).length;

// A bank that grades none of its questions printed "●●○ MEDIUM" on every one, and the cover and
// cheat sheet counted "0 easy · 16 medium · 0 hard".
describe('level badges', () => {
  it('are left out of every output of a deck that gives no question a level', () => {
    const d = deck('');
    const guide = createGuideRenderer(assetDirs())(d, { paper: 'a4' });
    expect(badges(guide)).toBe(0);
    expect(guide).not.toMatch(/class="cover-counts"[^]*?badge/);
    expect(badges(createQuizRenderer(assetDirs())(d, { paper: 'a4' }))).toBe(0);
    const sheet = createCheatsheetRenderer(assetDirs())(d, { paper: 'a4' });
    expect(badges(sheet)).toBe(0);
    expect(sheet).not.toMatch(/\d+ medium/);
  });

  it('stay on every question, defaulted ones too, once one question has a level', () => {
    const d = deck('Level: hard');
    expect(d.sections[0].questions.map((q) => q.level)).toEqual(['medium', 'hard']);
    // Two questions, and the cover's counts of the two levels they have (no easy one: no row).
    expect(badges(createGuideRenderer(assetDirs())(d, { paper: 'a4' }))).toBe(4);
  });
});
