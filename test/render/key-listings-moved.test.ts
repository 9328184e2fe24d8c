import { describe, expect, it } from 'vitest';
import { keyColumnsAtFloor, listingsMovedOut } from '../../src/render/render-quiz.js';

describe('a key column at the floor size', () => {
  it('holds about 55 columns of code on A4 and a few more on Letter', () => {
    expect(keyColumnsAtFloor('a4')).toBe(55);
    expect(keyColumnsAtFloor('letter')).toBeGreaterThan(keyColumnsAtFloor('a4'));
  });
});

describe('listings too wide for a key column', () => {
  const pointer = '<p class="ptr"></p>';
  const wide = '<pre style="--cols: 88"><code>a</code></pre>';

  it('stay in the answer, marked, a pointer before the first, and come again for the key’s end', () => {
    const html = `<p>Like so:</p>${wide}<p>then</p>${wide}`;
    const { html: kept, listings } = listingsMovedOut(html, 55, pointer);
    expect(kept).toBe(`<p>Like so:</p>${pointer}<div class="quiz-listing-here">${wide}</div><p>then</p><div class="quiz-listing-here">${wide}</div>`);
    expect(listings).toBe(wide + wide);
  });

  it('leave an answer whose listings fit, and a drawing, as it is', () => {
    const fits = '<pre style="--cols: 55"><code>a</code></pre>';
    const art = '<pre class="code-art" style="--cols: 90"><code>┌┐</code></pre>';
    expect(listingsMovedOut(fits + art, 55, pointer)).toEqual({ html: fits + art });
  });
});
