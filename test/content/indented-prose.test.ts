import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content/markdown.js';

const kinds = (text: string) => parseMarkdown(text).children.map((n) => (n.type === 'code' ? `code:${n.value}` : n.type));

describe('indented code blocks', () => {
  it('that read as sentences are paragraphs again, at their line', () => {
    const tree = parseMarkdown('Intro.\n\n    Layer 7 reads each request, so it costs more per request.\n');
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
    expect(tree.children[1].position?.start.line).toBe(3);
    // A line the sentence wraps onto may open with a number.
    expect(kinds('Intro.\n\n    Python is a high-level language. It was created in\n    1991 and stresses readable code.\n')).toEqual(['paragraph', 'paragraph']);
    // Code lines still do not pass: the first line must open with a word.
    expect(kinds('Out:\n\n    200 OK returned by the server after retries.\n')[1]).toMatch(/^code:/);
  });

  it('that read as code stay code, without the indent all their lines share', () => {
    expect(kinds('Run:\n\n        kubectl get pods\n          -o wide\n')).toEqual(['paragraph', 'code:kubectl get pods\n  -o wide']);
    // A sentence holding code marks, or too short to tell, stays as written.
    expect(kinds('Log:\n\n    Error: open(config.yaml) failed.\n')).toEqual(['paragraph', 'code:Error: open(config.yaml) failed.']);
    expect(kinds('Out:\n\n    Done.\n')).toEqual(['paragraph', 'code:Done.']);
    // Fenced code is never touched.
    expect(kinds('```\n  A fenced block of plain words that reads like a sentence.\n```\n')).toEqual(['code:  A fenced block of plain words that reads like a sentence.']);
  });
});
