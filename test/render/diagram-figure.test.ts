import { describe, expect, it } from 'vitest';
import { diagramCaption, diagramFigure } from '../../src/render/diagram-figure.js';

describe('diagram figures', () => {
  it('take their caption from the first %% comment, not from a directive', () => {
    expect(diagramCaption('%%{init: {"theme": "neutral"}}%%\nflowchart TB\n  %% Two zones, one balancer\n  a --> b')).toBe('Two zones, one balancer');
    expect(diagramCaption('flowchart TB\n  a --> b')).toBeUndefined();
  });

  it('name the drawing for screen readers and print the caption under it', () => {
    const html = diagramFigure('<svg role="graphics-document" viewBox="0 0 1 1"></svg>', 'Tiers & "zones"');
    expect(html).toBe(
      '<figure class="diagram"><svg role="img" aria-label="Tiers &amp; &quot;zones&quot;" viewBox="0 0 1 1"></svg><figcaption>Tiers &amp; &quot;zones&quot;</figcaption></figure>',
    );
    expect(diagramFigure('<svg></svg>', undefined)).toBe('<figure class="diagram"><svg></svg></figure>');
  });
});
