import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { MAX_DIAGRAM_BYTES, MAX_DIAGRAM_LINES } from '../../src/content/diagram-blocks.js';
import { allQuestions } from '../../src/model/deck.js';

/** A deck whose one answer holds `diagram` as a ```mermaid block starting at line 9. */
function deckWith(diagram: string) {
  return parseDeck(`# T\n\n## S\n\n### Q?\n\n> ok\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`, { file: 'd.md', slug: 'd' });
}

describe('mermaid blocks', () => {
  it("carry their own line for what drawing them says later", () => {
    const deck = deckWith('flowchart LR\n  a --> b');
    expect(deck.diagnostics).toEqual([]);
    expect(allQuestions(deck)[0].answerHtml).toMatch(/<pre data-line="9"><code class="language-mermaid">/);
  });

  it('more lines than the limit: an error at the block, before any drawing', () => {
    const lines = Array.from({ length: MAX_DIAGRAM_LINES + 1 }, (_, i) => `  n${i} --> n${i + 1}`);
    const deck = deckWith(`flowchart TB\n${lines.join('\n')}`);
    expect(deck.diagnostics).toEqual([expect.objectContaining({ file: 'd.md', line: 9, severity: 'error', code: 'diagram-too-large', message: expect.stringMatching(new RegExp(`^mermaid diagram is ${MAX_DIAGRAM_LINES + 2} lines, over the ${MAX_DIAGRAM_LINES}-line limit — `)) })]);
  });

  it('more bytes than the limit: an error at the block', () => {
    const deck = deckWith(`flowchart TB\n  a["${'x'.repeat(MAX_DIAGRAM_BYTES)}"] --> b`);
    expect(deck.diagnostics).toEqual([expect.objectContaining({ line: 9, severity: 'error', code: 'diagram-too-large', message: expect.stringContaining('KB limit') })]);
  });

  it('a diagram just under both limits is no finding', () => {
    const lines = Array.from({ length: MAX_DIAGRAM_LINES - 1 }, (_, i) => `  n${i} --> n${i + 1}`);
    expect(deckWith(`flowchart TB\n${lines.join('\n')}`).diagnostics).toEqual([]);
  });
});
