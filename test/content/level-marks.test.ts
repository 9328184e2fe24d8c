import { describe, expect, it } from 'vitest';
import type { PhrasingContent } from 'mdast';
import { levelMark } from '../../src/content/layouts/level-marks.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const image = (alt: string, url: string): PhrasingContent => ({ type: 'image', alt, url });

// A level given as a badge image beside a question's words.
describe('levelMark: badges', () => {
  it('reads a shields.io badge after the words by its description', () => {
    expect(levelMark([text('What is a goroutine? '), image('Easy', 'https://img.shields.io/badge/-Easy-brightgreen')])).toEqual({ level: 'easy', children: [text('What is a goroutine?')] });
  });

  it('reads a badge with no description by its address, and one wrapped in a link, before the words', () => {
    expect(levelMark([text('Why? '), image('', 'https://img.shields.io/badge/difficulty-medium-yellow')])?.level).toBe('medium');
    const linked: PhrasingContent = { type: 'link', url: 'https://example.org', children: [image('Hard', 'https://img.shields.io/badge/level-hard-red')] };
    expect(levelMark([linked, text(' When does a value escape?')])).toEqual({ level: 'hard', children: [text('When does a value escape?')] });
  });

  it('leaves a badge naming no level, and a badge that is all there is', () => {
    expect(levelMark([text('What does sync.Pool keep? '), image('Go 1.3+', 'https://img.shields.io/badge/go-1.3%2B-blue')])).toBeUndefined();
    expect(levelMark([image('Easy', 'https://img.shields.io/badge/-Easy-green')])).toBeUndefined();
  });
});
