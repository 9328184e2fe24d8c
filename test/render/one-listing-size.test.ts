import { describe, expect, it } from 'vitest';
import { oneListingSize } from '../../src/render/render-quiz.js';

describe("a key answer's listings", () => {
  it('all tell the widest line among them, so they print at one size', () => {
    const html = '<pre style="--cols: 30"><code>a</code></pre><p>then</p><pre style="--cols: 62" class="x"><code>b</code></pre>';
    expect(oneListingSize(html)).toBe('<pre style="--cols: 62"><code>a</code></pre><p>then</p><pre style="--cols: 62" class="x"><code>b</code></pre>');
  });

  it('leaves a drawing its own width, and an answer without listings as it is', () => {
    const art = '<pre class="code-art" style="--cols: 70"><code>┌┐</code></pre><pre style="--cols: 20"><code>a</code></pre>';
    expect(oneListingSize(art)).toBe(art);
    expect(oneListingSize('<p>no code</p>')).toBe('<p>no code</p>');
  });
});
