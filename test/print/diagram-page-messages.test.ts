import { describe, expect, it } from 'vitest';
import { deckWarnings, refusedBySource } from '../../src/print/draw-diagrams.js';

// What the diagram page says besides mermaid's warnings (src/print/draw-diagrams.ts): its
// errors and the addresses it was refused, carried to the diagram that caused them.

describe('the diagram page’s messages', () => {
  it('give each refused address to the diagrams whose text names it', () => {
    const sources = ['flowchart TD\n  A@{ img: "https://example.com/a.png" }', 'graph TD\n  B-->C', 'flowchart TD\n  D@{ img: "https://example.com/a.png" }'];
    expect(refusedBySource(sources, ['https://example.com/a.png', 'https://example.com/a.png'])).toEqual([
      ['https://example.com/a.png'],
      [],
      ['https://example.com/a.png'],
    ]);
  });

  it('give an address no diagram names to the first diagram drawn, saying where it came from', () => {
    const asked = refusedBySource(['graph TD\n  A-->B', 'graph TD\n  C-->D'], ['https://mermaid.studyguide.invalid/chunks/missing.mjs']);
    expect(asked[0]).toEqual(['https://mermaid.studyguide.invalid/chunks/missing.mjs (asked for by the diagram page itself, not the diagram text)']);
    expect(asked[1]).toEqual([]);
    expect(refusedBySource([], ['https://x.invalid/'])).toEqual([]);
  });

  it("read mermaid's errors and the page's own errors as warnings, without the logger's prefix, once each", () => {
    const logged = [
      '%c15.555 : WARN :  color: orange Layout algorithm elk is not registered.',
      'error: %c15.556 : ERROR :  color: orange Error: Icon set not found: logos',
      'error: %c15.556 : ERROR :  color: orange Error: Icon set not found: logos',
      'page error: Uncaught TypeError: x is not a function',
      '%c15.555 : WARN :  color: orange No theme found for neutral',
    ];
    expect(deckWarnings(logged)).toEqual([
      'Layout algorithm elk is not registered.',
      'error: Icon set not found: logos',
      'page error: Uncaught TypeError: x is not a function',
    ]);
  });
});
