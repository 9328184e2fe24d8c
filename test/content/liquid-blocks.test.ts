import { describe, expect, it } from 'vitest';
import { liquidBlocks } from '../../src/content/liquid-blocks.js';
import { liquidPairs } from '../../src/content/liquid-pairs.js';

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

// A plugin's tag pair around words (a spoiler) printed its braces as text; on paper nothing is hidden.
describe('GitBook tag pairs around words', () => {
  it('keeps the words of a spoiler, its padding dashes taken off, on every line they were on', () => {
    expect(liquidPairs('Answer: {%s%}----42----{%ends%}')).toBe('Answer: 42');
    const spanning = ['Answer:', '{%s%}', '------yes------', '{%ends%}', 'Why: {% spoiler %}queued{% endspoiler %}'].join('\n');
    expect(liquidPairs(spanning).split('\n')).toEqual(['Answer:', '', 'yes', '', 'Why: queued']);
  });

  it('leaves pairs in fenced code and in a code span as written', () => {
    const fenced = '```liquid\n{%s%}x{%ends%}\n```';
    expect(liquidPairs(fenced)).toBe(fenced);
    expect(liquidPairs('Write `{%s%}x{%ends%}` to hide x.')).toBe('Write `{%s%}x{%ends%}` to hide x.');
  });
});
