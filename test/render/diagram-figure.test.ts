import { describe, expect, it } from 'vitest';
import { diagramAltText, diagramCaption, diagramFigure } from '../../src/render/diagram-figure.js';

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

  it("name a drawing without a caption by its labels: a flowchart's nodes in order, another kind's words each once", () => {
    const node = (label: string) =>
      `<g class="node default" id="n"><rect></rect><g class="label"><text y="0"><tspan class="row">${label
        .split(' ')
        .map((w) => `<tspan>${w}</tspan>`)
        .join(' ')}</tspan></text></g></g>`;
    const flow = `<svg aria-roledescription="flowchart-v2" role="graphics-document document"><g class="edgeLabels"><text>reads</text></g><g class="nodes">${node('Load balancer')}${node('App &amp; cache')}</g></svg>`;
    expect(diagramAltText(flow)).toBe('Load balancer → App & cache');
    expect(diagramFigure(flow, undefined)).toContain('<svg role="img" aria-label="Load balancer → App &amp; cache" aria-roledescription="flowchart-v2">');
    expect(diagramFigure(flow, undefined)).not.toContain('<figcaption>');
    const sequence = '<svg aria-roledescription="sequence"><text>Client</text><text>Server</text><text>Client</text><text>GET /</text></svg>';
    expect(diagramAltText(sequence)).toBe('Client, Server, GET /');
  });
});

describe('diagramFigure: the drawing’s font stack', () => {
  it('ends in the page’s redrawn CJK faces before the generic sans, where mermaid wrote it', () => {
    const svg =
      '<svg id="d"><style>#d{font-family:"Source Sans 3","Noto Emoji",sans-serif;font-size:16px;}#d .x{font-family:"Source Sans 3", sans-serif}</style><text>ビルド</text></svg>';
    const html = diagramFigure(svg, undefined);
    expect(html).toContain('#d{font-family:"Source Sans 3","Noto Emoji",var(--font-system-cjk, sans-serif);font-size:16px;}');
    expect(html).toContain('#d .x{font-family:"Source Sans 3",var(--font-system-cjk, sans-serif)}');
    // The words of a label are left alone.
    expect(diagramFigure('<svg><text>serif, sans-serif; both</text></svg>', undefined)).toContain('serif, sans-serif; both');
  });
});
