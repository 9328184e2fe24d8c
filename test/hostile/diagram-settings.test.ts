import { describe, expect, it } from 'vitest';
import { addGraphics } from '../../src/render/deck-graphics.js';
import { assetDirs } from '../../src/render/assets.js';
import { diagramKey, type DiagramDrawer, type Drawing } from '../../src/print/draw-diagrams.js';
import { parseDeck } from '../../src/content/parse-deck.js';

// A diagram's `%%{init}%%` or front matter `config:` asking for a theme, a font or a limit print
// keeps its own: mermaid dropped them there, and the diagram printed in the neutral theme unsaid.

/** A drawer that draws every source as one small SVG, as the browser's would. */
const drawer = {
  draw: async (sources: string[]) => new Map<string, Drawing>(sources.map((s) => [diagramKey(s), { svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' }])),
} as unknown as DiagramDrawer;

async function warnings(diagram: string): Promise<string[]> {
  const deck = parseDeck(`# T\n\n## S\n\n### Q?\n\n> card\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`, { file: 'd.md', slug: 'd' });
  const drawn = await addGraphics(deck, drawer, assetDirs());
  return drawn.diagnostics.filter((d) => d.code === 'diagram-warning').map((d) => `${d.line}: ${d.message}`);
}

describe("a diagram's own settings that print keeps", () => {
  it('are named at the block, from a %%{init}%% directive or the front matter config', async () => {
    expect(await warnings('%%{init: {"theme": "dark", "themeCSS": "rect{fill:red}", \'fontFamily\': "Comic Sans"}}%%\nflowchart LR\n  A --> B')).toEqual([
      "9: mermaid: the diagram's settings themeCSS, theme, fontFamily left out: print sets these itself (its look, faces and limits) — remove them from the diagram's %%{init}%% or config",
    ]);
    expect(await warnings('---\ntitle: Flow\nconfig:\n  theme: forest\n  maxTextSize: 900000000\n---\nflowchart LR\n  A --> B')).toEqual([
      "9: mermaid: the diagram's settings maxTextSize, theme left out: print sets these itself (its look, faces and limits) — remove them from the diagram's %%{init}%% or config",
    ]);
  });

  it('settings mermaid takes from a diagram (its layout, curve), or words in labels, are said nothing of', async () => {
    expect(await warnings('%%{init: {"flowchart": {"curve": "linear"}}}%%\nflowchart LR\n  A[theme: dark] --> B')).toEqual([]);
    expect(await warnings('flowchart LR\n  A["fontFamily: x"] --> B')).toEqual([]);
  });
});
