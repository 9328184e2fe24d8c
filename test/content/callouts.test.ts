import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Callouts (GitHub alerts, Obsidian's folding ones) print as what they say: an answer callout is
// the answer, any other a box titled with its kind, never the "[!…]" marker as text.
const exam = [
  '# Tooling exam',
  '',
  '## Multiple choice',
  '',
  '**Q1.** What does a lockfile record?',
  '- [ ] A) Only the top-level packages',
  '- [ ] B) The exact resolved version of every package',
  '- [ ] C) The install time',
  '',
  '> [!success]- Answer',
  '> **Correct Answer: B) The exact resolved version of every package**',
  '> ',
  '> So a fresh install resolves the same tree.',
  '',
  '**Q2.** A shallow clone holds the full history. **T/F**',
  '',
  '> [!success]- Answer',
  '> **False** - it holds only the latest commits.',
  '',
  '**Q3.** Why pin a base image by digest?',
  '',
  'A tag can move; a digest names one image for good.',
  '',
  '> [!WARNING]',
  '> A digest never gets security fixes by itself.',
  '',
].join('\n');

describe('callouts', () => {
  const [q1, q2, q3] = allQuestions(parseDeck(exam, { file: 'exam.md', slug: 'exam' }));

  it('takes an answer callout as the answer: the options above it are the question’s, the correct one the card', () => {
    expect(q1.promptText).toBe('A) Only the top-level packages; B) The exact resolved version of every package; C) The install time');
    expect(q1.cardText).toBe('B) The exact resolved version of every package');
    expect(q1.answerText).toContain('So a fresh install resolves the same tree.');
    expect(q2.cardText).toBe('False - it holds only the latest commits.');
    for (const q of [q1, q2]) expect(`${q.answerHtml}${q.cardHtml}`).not.toContain('[!');
  });

  it('keeps any other callout as a box titled with its kind, the marker gone', () => {
    expect(q3.answerHtml.replace(/\u00ad/g, '')).toMatch(/<blockquote class="callout callout-warning">\s*<p><strong>Warning<\/strong><\/p>\s*<p>A digest never gets security fixes by itself\.<\/p>\s*<\/blockquote>/);
    expect(q3.answerHtml).not.toContain('[!');
  });

  it('leaves a blockquote that merely starts with a bracket alone', () => {
    const [q] = allQuestions(parseDeck('# T\n\n## S\n\n### What is [x]?\n\n> [x] marks a done item.\n', { file: 't.md', slug: 't' }));
    expect(q.cardText).toBe('[x] marks a done item.');
  });

  it('reads a question callout with a title as a question over its answer, folded or not', () => {
    const deck = parseDeck('# Storage\n\n> [!question] What is a block device?\n> Read and written in fixed-size blocks.\n\n> [!faq]- What is RAID 1?\n> Two disks holding the same data.\n', { file: 'q.md', slug: 'q' });
    expect(allQuestions(deck).map((q) => [q.text, q.cardText])).toEqual([
      ['What is a block device?', 'Read and written in fixed-size blocks.'],
      ['What is RAID 1?', 'Two disks holding the same data.'],
    ]);
  });
  it('reads a question callout whose title holds code or emphasis whole, with its level mark', () => {
    const text = '# Linux\n\n> [!question]- 🟢 What does `pwd` print?\n> The absolute path of the current folder.\n\n> [!question]- 🔴 What does **`nohup`** do?\n> It keeps a command running after a hang-up.\n';
    const deck = parseDeck(text, { file: 'q.md', slug: 'q' });
    expect(allQuestions(deck).map((q) => [q.text, q.html, q.cardText])).toEqual([
      ['What does pwd print?', 'What does <code class="unbroken">pwd</code> print?', 'The absolute path of the current folder.'],
      ['What does nohup do?', 'What does <strong><code class="unbroken">nohup</code></strong> do?', 'It keeps a command running after a hang-up.'],
    ]);
  });

  it('reads an answer callout nested in a question callout as its answer, not a card printing the marker', () => {
    const text = '# Networks\n\n> [!question] What does ARP resolve?\n> > [!success]- Answer\n> > An IP address to the hardware address that owns it.\n\n> [!question] Why a three-way handshake?\n> Both sides agree on starting sequence numbers.\n>\n> > [!note] Hint\n> > Think of sequence numbers.\n';
    const questions = allQuestions(parseDeck(text, { file: 'n.md', slug: 'n' }));
    expect(questions.map((q) => [q.text, q.cardText])).toEqual([
      ['What does ARP resolve?', 'An IP address to the hardware address that owns it.'],
      ['Why a three-way handshake?', 'Both sides agree on starting sequence numbers.'],
    ]);
    expect(questions[1].answerHtml).toMatch(/<blockquote class="callout callout-note">\s*<p><strong>Hint<\/strong><\/p>/);
    for (const q of questions) expect(q.answerHtml).not.toContain('[!');
  });

  it('keeps a box right under a question heading in the answer, not as its card answer', () => {
    const text = '# Ops\n\n## Linux\n\n### What does `nice` change?\n\n> [!tip] Remember\n> Higher nice means lower priority.\n\nThe scheduling priority a process starts with.\n';
    const [q] = allQuestions(parseDeck(text, { file: 'o.md', slug: 'o' }));
    expect(q.cardText).toBe('The scheduling priority a process starts with.');
    expect(q.cardGenerated).toBe(true);
    expect(q.answerHtml).toMatch(/<blockquote class="callout callout-tip">\s*<p><strong>Remember<\/strong><\/p>\s*<p>Higher nice means lower priority.<\/p>\s*<\/blockquote>/);
  });
});

describe('a question callout inside an answer, in a bank of `### Question?` headings', () => {
  const bank = [
    '# Queues',
    '',
    '### What is a message queue?',
    '',
    'A buffer that lets a producer hand work to a consumer later.',
    '',
    '> [!question] Why not call the consumer directly?',
    '> The consumer may be down or slow; the queue absorbs the gap.',
    '',
    '### What is a dead-letter queue?',
    '',
    'A queue that holds messages that failed too many times.',
  ].join('\n');

  it('is a box printed in that answer, not a question of the bank', () => {
    // Before, the box was a third question, its words taken from the answer above it.
    const questions = allQuestions(parseDeck(bank, { file: 'queues.md', slug: 'queues' }));
    expect(questions.map((q) => q.text)).toEqual(['What is a message queue?', 'What is a dead-letter queue?']);
    expect(questions[0].answerHtml.replace(/\u00ad/g, '')).toMatch(/<blockquote class="callout callout-question">\s*<p><strong>Why not call the consumer directly\?<\/strong><\/p>\s*<p>The consumer may be down/);
    expect(questions[0].cardText).toBe('A buffer that lets a producer hand work to a consumer later.');
  });
});

// Callouts of any kind titled with a question are a bank's questions (fixture layouts/boxes-callouts-other-kinds-asking),
// but not after an answer's words: there they are questions put to its reader.
describe('callouts titled with a question inside answers', () => {
  it('stay boxes of those answers, in a deck whose questions do not ask', () => {
    const deck = parseDeck(
      ['# JS', '', '## Basics', '', '### Explain closures', '', 'A function keeps the names around it alive.', '', '> [!tip] Why does this matter?', '> Callbacks lean on it.', '', '### Describe hoisting', '', 'Declarations move up.', '', '> [!note] What about let?', '> It waits in the dead zone.', ''].join('\n'),
      { file: 'j.md', slug: 'j' },
    );
    expect(allQuestions(deck).map((q) => q.text)).toEqual(['Explain closures', 'Describe hoisting']);
    expect(allQuestions(deck)[0].answerHtml).toContain('callout-tip');
  });
});
