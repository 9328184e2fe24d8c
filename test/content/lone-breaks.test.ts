import { describe, expect, it } from 'vitest';
import { loneBreaks } from '../../src/content/lone-breaks.js';

// A `<br>` typed alone under a blank line spaces items; as an HTML block it swallowed the lines under it.
describe('loneBreaks', () => {
  it('makes a lone break under a blank line blank, keeping the count of lines', () => {
    expect(loneBreaks('1. Why?\n\n<br>\n2. How?\n<br>\n3. When?\n')).toBe('1. Why?\n\n\n2. How?\n<br>\n3. When?\n');
  });

  it('leaves a break inside a paragraph, one in code, and one with nothing under it', () => {
    const text = 'Some words\n<br>\nmore words\n\n```html\n\n<br>\nkept\n```\n\n<br>\n';
    expect(loneBreaks(text)).toBe(text);
  });
});
