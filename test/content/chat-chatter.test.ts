import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Banks generated with a chat assistant keep what it said about its reply: "Here's your optimized
// and polished Markdown for Questions 2–3, complete with:" and a list, "Let me know if you want…",
// "I hope this helps!". At the end of an answer it printed as the answer's last words.
const QUIZ = [
  '# Release Engineering Quiz',
  '',
  '### Question 1: Blue-green deployments',
  '',
  '**What does a blue-green deployment switch between?**',
  '',
  '* [ ] Two branches',
  '* [x] Two identical environments',
  '',
  '**Explanation**',
  'Traffic moves from the live environment to an identical idle one in one step.',
  '',
  "Here's your optimized and polished Markdown for **Questions 2–3**, complete with:",
  '',
  '* **Proper titles**',
  '* **Consistent formatting**',
  '',
  '---',
  '',
  '### Question 2: Canary releases',
  '',
  '**What is a canary release?**',
  '',
  '* [x] Sending a small share of traffic to the new version first',
  '* [ ] Releasing on a fixed weekday',
  '',
  '**Explanation**',
  'A few users see the new version before everyone does.',
  '',
  'Here is the key point: the share grows only while the error rate stays flat.',
  '',
  '---',
  '',
  '### Question 3: Feature flags',
  '',
  '**Why ship code behind a feature flag?**',
  '',
  '* [ ] To make the build faster',
  '* [x] To turn a feature on without a deploy',
  '',
  '**Explanation**',
  'The code ships dark and is switched on at run time.',
  '',
  'Let me know if you want the next batch of questions formatted the same way!',
  '',
].join('\n');

// A deck of our own shape, pasted from a chat with its opening and a sign-off under an answer.
const OWN = [
  "Sure! Here's the polished Markdown for your DNS deck:",
  '',
  '# DNS',
  '',
  '## Records',
  '',
  '### What is a TTL?',
  '',
  '> How long a record may be cached.',
  '',
  'Resolvers count it down and ask again when it reaches zero.',
  '',
  'I hope this helps! Good luck with your interview.',
  '',
  '### What is a CNAME?',
  '',
  'An alias from one name to another.',
  '',
].join('\n');

describe("a chat assistant's notes in a bank", () => {
  const deck = parseDeck(QUIZ, { file: 'quiz.md', slug: 'quiz' });
  const [blueGreen, canary, flags] = allQuestions(deck);

  it('leave the end of the answers they were printed at, with the list a note announces', () => {
    expect(blueGreen.answerText).toMatch(/in one step\.$/);
    expect(blueGreen.answerText).not.toMatch(/polished|Proper titles/);
    expect(flags.answerText).toMatch(/at run time\.$/);
  });

  it('are said: a left-out warning at each line, counted on the reading', () => {
    const warnings = deck.diagnostics.filter((d) => d.code === 'left-out').map((d) => `${d.line}: ${d.message}`);
    expect(warnings).toEqual([
      expect.stringMatching(/^13: a chat reply's note .*"Here's your optimized and polished/),
      expect.stringMatching(/^44: a chat reply's closing line left out \("Let me know if you want/),
    ]);
    expect(deck.reading?.leftOut).toBe(2);
  });

  it('are only clear assistant boilerplate: an answer ending "Here is the key point: …" keeps it', () => {
    expect(canary.answerText).toMatch(/the error rate stays flat\.$/);
  });

  it('leave a deck of our own too, at the start of the page and the end of an answer', () => {
    const own = parseDeck(OWN, { file: 'dns.md', slug: 'dns' });
    const [ttl, cname] = allQuestions(own);
    expect(own.introHtml).toBe('');
    expect(ttl.answerText).toBe('Resolvers count it down and ask again when it reaches zero.');
    expect(cname.answerText).toBe('An alias from one name to another.');
    expect(own.diagnostics.filter((d) => d.code === 'left-out').map((d) => d.line)).toEqual([1, 13]);
  });
});
