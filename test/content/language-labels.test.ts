import { describe, expect, it } from 'vitest';
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { withoutLanguageLabels } from '../../src/content/layouts/language-labels.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const words = (children: PhrasingContent[]) => withoutLanguageLabels(children).map((c) => (c.type === 'break' ? '⏎' : toString(c))).join('');

describe('a question asked once a language, each line under its code', () => {
  it('drops the codes typed as text and keeps each language on its line', () => {
    expect(words([text('EN: What is a socket?\nPL: Czym jest gniazdo?')])).toBe('What is a socket?⏎Czym jest gniazdo?');
  });

  it('drops the codes set in bold', () => {
    const bold = (code: string): PhrasingContent => ({ type: 'strong', children: [text(code)] });
    expect(words([bold('EN:'), text(' What is a socket?\n'), bold('PL:'), text(' Czym jest gniazdo?')])).toBe('What is a socket?⏎Czym jest gniazdo?');
  });

  it('keeps a code on a question of one line, and codes that repeat', () => {
    expect(words([text('EN: What is a socket?')])).toBe('EN: What is a socket?');
    expect(words([text('EN: What is a socket?\nEN: And a port?')])).toBe('EN: What is a socket?\nEN: And a port?');
  });

  it('keeps lines that are not all labelled', () => {
    expect(words([text('EN: What is a socket?\nCzym jest gniazdo?')])).toBe('EN: What is a socket?\nCzym jest gniazdo?');
  });
});
