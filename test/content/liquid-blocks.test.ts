import { describe, expect, it } from 'vitest';
import { liquidBlocks } from '../../src/content/liquid-blocks.js';

// GitBook's block tags are rewritten line for line (every line keeps its number for messages).
describe('GitBook block tags', () => {
  it('turns a hint into a callout of its style and a tab into one under its title; wrapping tags become blank lines', () => {
    const text = ['{% hint style="danger" %}', 'Never run this as root.', '{% endhint %}', '{% tabs %}', '{% tab title="Go" %}', 'Use `go vet`.', '', 'Then test.', '{% endtab %}', '{% endtabs %}'].join('\n');
    expect(liquidBlocks(text).split('\n')).toEqual(['> [!caution]', '> Never run this as root.', '', '', '> [!note] Go', '> Use `go vet`.', '>', '> Then test.', '', '']);
  });

  it('leaves a tag with no end tag, and tags inside fenced code, as written', () => {
    const open = '{% hint style="info" %}\nNo end here.';
    expect(liquidBlocks(open)).toBe(open);
    const fenced = '```liquid\n{% hint style="info" %}\nx\n{% endhint %}\n```';
    expect(liquidBlocks(fenced)).toBe(fenced);
  });
});
