import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { askingLines } from '../../src/content/asking-intro.js';

const intro = (md: string) => askingLines((unified().use(remarkParse).parse(md) as Root).children);

describe('question lines left in an introduction', () => {
  it('counts a paragraph of question lines, the first at its own line', () => {
    expect(intro('A short bank.\n\nWhat is a subnet?\nExplain how ARP works.\nWhy split a network?')).toEqual({ count: 3, first: 'What is a subnet?', line: 3 });
  });

  it('counts a list of questions and a question alone in its paragraph', () => {
    expect(intro('- What is a pod?\n- How does a Service route?')?.count).toBe(2);
    expect(intro('Read this first.\n\nWhat is an error budget?')).toEqual({ count: 1, first: 'What is an error budget?', line: 3 });
  });

  it('says nothing of a rhetorical question in wrapped prose, nor of one item in a list of notes', () => {
    expect(intro('This guide covers what we met. Why another guide? Because the others\nskip the runtime, and interviewers ask about it. Where do you start?\nAt the top, and work down.')).toBeUndefined();
    expect(intro('Is it worth it? We think so, and the answers below say why at length, one topic after another, for every chapter of the book we wrote.')).toBeUndefined();
    expect(intro('- Why this guide?\n- Practise daily.\n- Read the answers aloud.')).toBeUndefined();
    expect(intro('Welcome. Good luck with your interviews.')).toBeUndefined();
  });
});
