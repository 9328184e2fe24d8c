import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { StudyguideError } from '../../src/errors.js';

// Questions kept as records in a ```yaml block (a quiz app's data pasted into a note) are read
// as questions, with their answers, levels and tags; nothing is dropped without a word.
const deck = (body: string) => parseDeck(`# Records\n\nIntro.\n\n${body}`, { file: 'r.md', slug: 'r' });

describe('question records in a code block', () => {
  it('reads each record as a question, under any of the usual key names', () => {
    const read = deck(
      [
        '```yaml',
        '- question: What does pwd print?',
        '  answer: The folder you are in.',
        '  level: beginner',
        '  tags: [shell, paths]',
        '- q: How do you list hidden files?',
        '  a: |',
        '    With `ls -a`.',
        '',
        '    `-A` leaves out the dot folders.',
        '  difficulty: advanced',
        '- prompt: Which command shows a manual?',
        '  response: man',
        '- front: What does cd - do?',
        '  back: It goes back.',
        '- title: Why quote a variable?',
        '  body: To keep it one word.',
        '- answer: No question here.',
        '- question: What does umask set?',
        '```',
      ].join('\n'),
    );
    const questions = allQuestions(read);
    expect(questions.map((q) => [q.text, q.level, q.tags, !!q.open])).toEqual([
      ['What does pwd print?', 'easy', ['shell', 'paths'], false],
      ['How do you list hidden files?', 'hard', [], false],
      ['Which command shows a manual?', 'medium', [], false],
      ['What does cd - do?', 'medium', [], false],
      ['Why quote a variable?', 'medium', [], false],
      ['What does umask set?', 'medium', [], true],
    ]);
    // The two paragraphs of a block scalar stay two paragraphs.
    expect(questions[1].answerHtml.match(/<p>/g)).toHaveLength(2);
    expect(questions[0].line).toBe(6);
    expect(questions[5].line).toBe(23);
    expect(read.diagnostics.map((d) => `${d.line}: ${d.message}`)).toContain(
      '22: record 6 of the yaml block has no question (question, text, prompt, front, q, term, title); left out',
    );
    expect(read.introHtml).toContain('Intro.');
  });

  it('reads a ```yml block holding its records under a `questions:` key', () => {
    const read = deck('```yml\nquestions:\n  - question: What is DNS?\n    answer: Names to addresses.\n```');
    expect(allQuestions(read).map((q) => q.cardText)).toEqual(['Names to addresses.']);
  });

  it('says where a record block does not parse as YAML, on one line', () => {
    let error: unknown;
    try {
      deck('```yaml\n- question: A?\n  answer: B.\n- question: C?\n    answer: [D\n```');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StudyguideError);
    const text = (error as StudyguideError).format();
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(/^r\.md:8: the yaml block of question records does not parse/);
  });

  it('leaves a yaml block in an answer of ours as the code it is', () => {
    const read = deck('## S\n\n### How does the quiz app store questions?\n\n> As YAML records.\n\n```yaml\n- question: A?\n  answer: B.\n```\n');
    expect(allQuestions(read).map((q) => q.text)).toEqual(['How does the quiz app store questions?']);
    expect(allQuestions(read)[0].answerHtml).toContain('question');
  });
});
