import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { mergeNotes, pageNoteWarnings } from '../../src/print/page-notes.js';
import { PNG_DATA_URL } from '../images.js';

describe("the printing page's notes as warnings", () => {
  const deck = parseDeck(`# T\n\n## S\n\n### First?\n\n> a\n\n### Second?\n\n![x](${PNG_DATA_URL})\n`, { file: 'd.md', slug: 'd' });

  it("puts a browser message naming the deck's own address at its question's line", () => {
    const [w] = pageNoteWarnings({ blocked: [], said: [`Image decode failed: ${PNG_DATA_URL}`] }, deck);
    expect(w).toEqual({ code: 'browser-message', line: 9, message: `the printing page said: ${`Image decode failed: ${PNG_DATA_URL}`.slice(0, 119)}…` });
  });

  it('says a font message came from a style, what it means and what to check; once per text', () => {
    const text = 'Failed to decode downloaded font: data:font/woff2;base64,AAAAAAAA';
    const warnings = pageNoteWarnings(
      mergeNotes([
        { blocked: [], said: [text] },
        { blocked: [], said: [text] },
      ]),
      deck,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBeUndefined();
    expect(warnings[0].message).toMatch(
      /^the printing page said: Failed to decode downloaded font: data:font\/woff2;base64,AAAAAAAA \(from a template or style, not the deck text\): the text falls back to another face/,
    );
  });

  it('lists refused requests before messages, and cuts a long text to one line', () => {
    const long = `Something went wrong: ${'x'.repeat(300)}`;
    const warnings = pageNoteWarnings({ blocked: ['https://example.org/a.png'], said: [long] }, deck);
    expect(warnings.map((w) => w.code)).toEqual(['blocked-request', 'browser-message']);
    expect(warnings[1].message.length).toBeLessThan(200);
  });

  it('says an image the page drew as 0×0, at the line of the question holding it, with what to do', () => {
    const warnings = pageNoteWarnings(
      mergeNotes([
        { blocked: [], said: [], undrawn: [PNG_DATA_URL] },
        { blocked: [], said: [], undrawn: [PNG_DATA_URL] },
      ]),
      deck,
    );
    expect(warnings).toEqual([
      {
        code: 'image-undrawn',
        line: 9,
        message: `an image in this question printed as nothing: ${PNG_DATA_URL} is not an image this browser can draw — re-export it as PNG, JPEG or SVG`,
      },
    ]);
  });
});
