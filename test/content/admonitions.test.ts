import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { parseMarkdown, parseMarkdownWhole } from '../../src/content/markdown.js';

// A bank from a site built with MkDocs: its boxes (`!!! type "Title"` over indented lines).
const bank = `# Salary talks

## Offers

### How do you answer "what do you earn now"?

You may decline and name the range you expect instead.

!!! warning "Avoid"
    - naming a single number first
    - lying about it

    Both are hard to take back.

### How wide should your range be?

About a fifth, with the lowest figure one you would accept.

??? tip
    Look up the role on two salary sites first.
`;

describe('MkDocs admonitions', () => {
  const deck = parseDeck(bank, { file: 'bank.md', slug: 'bank' });
  const [first, second] = deck.sections[0].questions;

  it('print their title in bold and their content as the markdown it is, not as one run-on line', () => {
    expect(first.answerHtml).not.toContain('!!!');
    expect(first.answerHtml).toMatch(/<strong>Avoid<\/strong>[\s\S]*<ul>[\s\S]*naming a single number first[\s\S]*<\/ul>[\s\S]*<p>Both are hard to take back.<\/p>/);
    expect(second.answerHtml).toMatch(/<strong>Tip<\/strong>[\s\S]*<p>Look up the role on two salary sites first.<\/p>/);
    expect(second.answerHtml).not.toContain('<pre>');
  });

  it('keep the lines of what follows them', () => {
    expect(second.line).toBe(bank.split('\n').indexOf('### How wide should your range be?') + 1);
    expect(first.cardText).toBe('You may decline and name the range you expect instead.');
  });

  it('read the same whether the file is parsed whole or in pieces', () => {
    expect(parseMarkdown(bank)).toEqual(parseMarkdownWhole(bank));
  });

  it('read a code span in a title as code, not as backticks', () => {
    const deck = parseDeck('# Python\n\n!!! question "What does `yield` do?"\n    It makes a generator.\n\n!!! question "What is the GIL?"\n    A lock.\n\n!!! question "What is a decorator?"\n    A wrapper.\n', { file: 'py.md', slug: 'py' });
    expect(deck.sections[0].questions[0].html).toBe('What does <code class="unbroken">yield</code> do?');
  });

  it('read two boxes that ask as a bank of two questions, and one under a question heading as an aside of its answer', () => {
    const boxes = '# Go\n\n!!! question "What is a goroutine?"\n    A function run on its own.\n\n    !!! tip\n        They are cheap.\n\n??? faq "What is a channel?"\n    A typed pipe.\n';
    const deck = parseDeck(boxes, { file: 'go.md', slug: 'go' });
    expect(deck.sections.flatMap((s) => s.questions.map((q) => [q.text, q.line]))).toEqual([
      ['What is a goroutine?', 3],
      ['What is a channel?', 9],
    ]);
    expect(deck.sections[0].questions[0].answerHtml).toMatch(/<strong>Tip<\/strong>[\s\S]*They are cheap/);
    expect(parseMarkdown(boxes)).toEqual(parseMarkdownWhole(boxes));
    const aside = parseDeck('# Go\n\n### What is a goroutine?\n\nA function run on its own.\n\n!!! question "Why not a thread?"\n    Too heavy.\n', { file: 'go.md', slug: 'go' });
    expect(aside.sections[0].questions.map((q) => q.text)).toEqual(['What is a goroutine?']);
    expect(aside.sections[0].questions[0].answerHtml).toMatch(/<strong>Why not a thread\?<\/strong>/);
  });

  it('read boxes that ask under topic headings (`### Pods`) as that topic’s questions', () => {
    const text = '# Kubernetes\n\n### Pods\n\n!!! question "What is a pod?"\n    Containers scheduled together.\n\n!!! question "Why not create pods by hand?"\n    Controllers recreate them.\n';
    const deck = parseDeck(text, { file: 'k.md', slug: 'k' });
    expect(deck.sections.map((s) => [s.title, s.questions.map((q) => q.text)])).toEqual([['Pods', ['What is a pod?', 'Why not create pods by hand?']]]);
  });

  it('read lines run on under a box’s opening line with no indent as its content, not lose them', () => {
    const text = '# Jobs\n\n## Check yourself\n\n??? question "Why does a Job not restart forever?"\nIt must finish, so it restarts only on failure.\n\n??? question "How often does */10 run?"\nEvery ten minutes.\n';
    const deck = parseDeck(text, { file: 'jobs.md', slug: 'jobs' });
    expect(deck.sections.flatMap((s) => s.questions.map((q) => q.cardText))).toEqual(['It must finish, so it restarts only on failure.', 'Every ten minutes.']);
    expect(parseMarkdown(text)).toEqual(parseMarkdownWhole(text));
  });

  it('read a box titled as the answer under what a practice box asks as that answer, its card, not a box', () => {
    const text = '# Machining\n\n## Practice\n\n??? question "1. Zeros"\n\n    How do machine zero and work zero differ?\n\n    ??? tip "Solution"\n        Homing fixes machine zero; work zero is set on the stock.\n\n??? question "2. Feeds"\n\n    Why slow the feed on a deep cut?\n\n    ??? tip "Solution"\n        The tool is loaded more and bends.\n';
    const questions = parseDeck(text, { file: 'm.md', slug: 'm' }).sections.flatMap((s) => s.questions);
    expect(questions.map((q) => [q.promptText, q.cardText])).toEqual([
      ['How do machine zero and work zero differ?', 'Homing fixes machine zero; work zero is set on the stock.'],
      ['Why slow the feed on a deep cut?', 'The tool is loaded more and bends.'],
    ]);
    expect(questions[0].answerHtml).not.toContain('Solution');
  });
});

// Boxes titled with a task are questions beside boxes that ask (fixtures layouts/boxes-titled-with-tasks*); a box
// titled with a topic that opens with such a word (`List comprehension`) is no task, in a deck where no box asks.
describe('boxes titled with a task', () => {
  it('stay asides where no box of the deck asks', () => {
    const text = '# Python\n\n## Lists\n\n!!! example "List comprehension"\n    Squares of the first ten numbers.\n\n## Classes\n\n!!! example "Name mangling"\n    Two underscores hide an attribute.\n';
    expect(() => parseDeck(text, { file: 'py.md', slug: 'py' })).toThrow(/none of its 2 boxes/);
  });

  it('are questions beside a box that asks, boxes of an answer after its words', () => {
    const text = [
      '# Python',
      '',
      '??? question "What does `yield` do?"',
      '    It makes a generator.',
      '',
      '!!! example "Explain what a decorator wraps"',
      '    A function, returning another in its place.',
      '',
      '    Note that it runs once, at definition.',
      '',
      '    !!! tip "List the usual ones"',
      '        Caching, timing, retries.',
      '',
    ].join('\n');
    const deck = parseDeck(text, { file: 'py.md', slug: 'py' });
    expect(deck.sections.flatMap((s) => s.questions.map((q) => q.text))).toEqual(['What does yield do?', 'Explain what a decorator wraps']);
    expect(deck.sections[0].questions[1].answerHtml).toContain('callout-tip');
  });
});
