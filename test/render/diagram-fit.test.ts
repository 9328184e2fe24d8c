import { describe, expect, it } from 'vitest';
import { fitDiagrams } from '../../src/render/diagram-fit.js';

const block = { width: 492, height: 979 };
const figure = (w: number, h: number, fontPx = 16) =>
  `<figure class="diagram"><svg id="d1" viewBox="0 0 ${w} ${h}"><style>#d1{font-family:x;font-size:${fontPx}px;}</style></svg><figcaption>c</figcaption></figure>`;

describe('diagrams fitted to keep their labels at 7 pt', () => {
  it('leaves one whose labels print at 7 pt in the column and under 120 mm as drawn', () => {
    expect(fitDiagrams(figure(700, 300), block)).toBe(figure(700, 300));
  });

  it('lets a tall one grow past 120 mm to the height its labels need', () => {
    // 16 px labels at 7 pt: 0.583 of the drawn size, 1000 px tall → 583 px.
    expect(fitDiagrams(figure(200, 1000), block)).toContain('class="diagram diagram-sized" style="--box-w: 116.6px"');
  });

  it('turns one too wide for the column, its caption kept upright under it', () => {
    const html = fitDiagrams(figure(1350, 90), block);
    expect(html).toContain('class="diagram diagram-turned" style="--box-w: 52.5px; --turned-h: 787.5px"');
    expect(html).toMatch(/<span class="diagram-turn"><svg[\s\S]*<\/svg><\/span><figcaption>c<\/figcaption><\/figure>$/);
  });

  it('reads the labels’ size from the drawing’s own rule', () => {
    expect(fitDiagrams(figure(1000, 300, 24), block)).toBe(figure(1000, 300, 24));
  });
});
