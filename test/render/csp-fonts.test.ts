import { describe, expect, it } from 'vitest';
import { withCsp, withoutCsp } from '../../src/render/csp.js';
import { FAMILIES, fontCss, optionalFaces } from '../../src/render/fonts.js';

const page = (css: string) => `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><p>x</p></body></html>`;

describe('bundled faces in a written page', () => {
  const written = withCsp(page(fontCss()));

  it('names each bundled face by the family its rule declares, with no address to load', () => {
    expect(written).not.toContain('fonts.studyguide.invalid');
    const named = new Set([...written.matchAll(/src: local\("([^"]*)"\)/g)].map((m) => m[1]));
    // The code face's upright letters declared again for its italic name the installed code face.
    const families = Object.values(FAMILIES).filter((f) => f !== FAMILIES.monoUpright);
    expect([...named].sort()).toEqual([...families, ...optionalFaces().map((f) => f.family)].sort());
  });

  it('gets every source back for the print page', () => {
    const original = page(fontCss());
    const restored = withoutCsp(written);
    const sources = (html: string) => [...html.matchAll(/src: url\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(sources(restored)).toEqual(sources(original));
    expect(sources(original).length).toBeGreaterThan(20);
  });
});
