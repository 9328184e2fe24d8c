import { describe, expect, it } from 'vitest';
import { captionPictures } from '../../src/render/picture-captions.js';

const svg = (attrs: string, inner = '<rect width="4" height="4"></rect>') => `<svg class="picture-svg" role="img"${attrs}>${inner}</svg>`;

describe('captionPictures for SVG pictures placed as markup', () => {
  it('captions a lone picture by its title, else its description', () => {
    expect(captionPictures(`<p>${svg(' aria-label="Queue" data-title="The queue"')}</p>`)).toBe(
      `<figure class="picture">${svg(' aria-label="Queue" data-title="The queue"')}<figcaption>The queue</figcaption></figure>`,
    );
    expect(captionPictures(`<p>${svg(' aria-label="Queue"')}</p>`)).toContain('<figcaption>Queue</figcaption>');
  });

  it('finds the end of a picture that holds an <svg> of its own', () => {
    const nested = svg(' aria-label="Nested"', '<svg width="2" height="2"><rect width="1" height="1"></rect></svg><circle r="1"></circle>');
    expect(captionPictures(`<p>${nested}</p><p>after</p>`)).toBe(`<figure class="picture">${nested}<figcaption>Nested</figcaption></figure><p>after</p>`);
  });

  it('leaves a picture with text beside it, or one described by its file name, as it is', () => {
    const beside = `<p>${svg(' aria-label="Queue"')} and words</p>`;
    expect(captionPictures(beside)).toBe(beside);
    const named = `<p>${svg(' aria-label="flow.svg"')}</p>`;
    expect(captionPictures(named)).toBe(named);
  });
});
