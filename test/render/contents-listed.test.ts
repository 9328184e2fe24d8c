import { describe, expect, it } from 'vitest';
import { listedInContents } from '../../src/render/contents-listed.js';

const section = (introHtml: string, questions = 0, part?: string) => ({
  id: 's',
  introHtml,
  questions: Array.from({ length: questions }, () => ({}) as never),
  part: part ? ({ id: part } as never) : undefined,
});

describe('which sections the contents list', () => {
  it('lists a section with questions, and a part whatever it holds', () => {
    expect(listedInContents(section('', 1))).toBe(true);
    expect(listedInContents(section('', 0, 's'))).toBe(true);
  });

  it('leaves out a heading over a line or two of text only', () => {
    expect(listedInContents(section('<p>Each scenario starts from a page you just received.</p>'))).toBe(false);
    expect(listedInContents(section(''))).toBe(false);
  });

  it('lists one whose text a reader looks up: three lines or more, a list, a table, code', () => {
    expect(listedInContents(section(`<p>${'word '.repeat(60)}</p>`))).toBe(true);
    expect(listedInContents(section('<ul><li>restore a backup</li></ul>'))).toBe(true);
    expect(listedInContents(section('<table><tr><td>a</td></tr></table>'))).toBe(true);
    expect(listedInContents(section('<pre><code>make drill</code></pre>'))).toBe(true);
  });
});
