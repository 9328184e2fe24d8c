import { describe, expect, it } from 'vitest';
import type { Heading } from 'mdast';
import { headingHashtags, headingTags } from '../../src/content/layouts/heading-hashtags.js';

const heading = (value: string): Heading => ({ type: 'heading', depth: 3, children: [{ type: 'text', value }] });
const read = (...values: string[]) => {
  const nodes = values.map(heading);
  headingHashtags(nodes);
  return nodes.map((h) => ({ text: h.children.map((c) => ('value' in c ? c.value : '')).join(''), tags: headingTags(h), level: (h.data as { level?: string } | undefined)?.level }));
};

describe('hashtags closing question headings', () => {
  it('come off the question as its tags, a level word as its level, whatever the spaces between', () => {
    expect(read('What is a goroutine? #go #junior', 'What does select do?\t#channels  #go-lang ')).toEqual([
      { text: 'What is a goroutine?', tags: ['go'], level: 'easy' },
      { text: 'What does select do?', tags: ['channels', 'go-lang'], level: undefined },
    ]);
  });

  it('stay where only one heading has them, where nothing but tags is asked, or where a word follows them', () => {
    expect(read('What is C#? #lang', 'Why?').map((q) => q.text)).toEqual(['What is C#? #lang', 'Why?']);
    expect(read(' #go #junior', 'What is a map? #go').map((q) => q.text)).toEqual([' #go #junior', 'What is a map? #go']);
    expect(read('What is #a really?', 'What is #b x').map((q) => q.tags)).toEqual([[], []]);
  });

  it('leave a very long heading of spaced words that ends in no tag as it is (a hostile file; timed by hand, not here)', () => {
    const long = `What is ${' #a'.repeat(60_000)} x`;
    expect(read(long, 'What is a map? #go #maps')[0]).toEqual({ text: long, tags: [], level: undefined });
  });

  // `### CSRF 공격은 어떻게 막나요? #csrf ✅` printed "#csrf ✅" in the heading and took no tag.
  it('come off with the decorative pictographs after them', () => {
    expect(read('CSRF 공격은 어떻게 막나요? #csrf ✅', 'What is CSP? #csp 🚀 🔥', 'Which hash? #passwords')).toEqual([
      { text: 'CSRF 공격은 어떻게 막나요?', tags: ['csrf'], level: undefined },
      { text: 'What is CSP?', tags: ['csp'], level: undefined },
      { text: 'Which hash?', tags: ['passwords'], level: undefined },
    ]);
    // Pictographs with no tag before them are the decoration rule's (decorative-marks.ts), not a tag run.
    expect(read('Why? 🔥', 'How? #a').map((q) => q.text)).toEqual(['Why? 🔥', 'How? #a']);
  });
});
