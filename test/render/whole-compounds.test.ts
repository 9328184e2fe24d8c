import { describe, expect, it } from 'vitest';
import { wholeCompounds } from '../../src/render/whole-compounds.js';

describe('wholeCompounds', () => {
  it('keeps each short hyphenated compound of a heading on one line', () => {
    expect(wholeCompounds('A strategy with point-in-time recovery?')).toBe('A strategy with <span class="nobr">point-in-time</span> recovery?');
  });

  it('leaves a compound longer than 20 characters free to break', () => {
    expect(wholeCompounds('the Hochverfügbarkeits-Infrastrukturteam')).toBe('the Hochverfügbarkeits-Infrastrukturteam');
  });

  it('leaves code, links, maths and an already kept span alone', () => {
    const html = 'Run <code>git-log</code> on <a href="https://x.org/a-b">a-b</a>, a <span class="nobr">7-day</span> <span class="katex">x-y</span> window';
    expect(wholeCompounds(html)).toBe(html);
  });

  it('takes text back up after a skipped element and never rewrites a tag', () => {
    expect(wholeCompounds('<em class="x-y">read-only</em> <code>a</code> follow-up')).toBe(
      '<em class="x-y"><span class="nobr">read-only</span></em> <code>a</code> <span class="nobr">follow-up</span>',
    );
  });
});
