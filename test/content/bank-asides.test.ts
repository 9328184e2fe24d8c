import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A bank of numbered questions, one file a level, each answer maybe opening with the other ways
// the question is asked.
const BANK = [
  '# Advanced Interview Questions',
  '',
  'Senior-level questions and answers.',
  '',
  '---',
  '',
  '## 1. How does the scheduler pick a node?',
  '',
  '> **Also asked as:** "Explain filtering and scoring" · "What does kube-scheduler do?"',
  '',
  'It filters out the nodes that cannot run the pod, scores the rest and binds the pod to the best.',
  '',
  '---',
  '',
  '## 2. Why is etcd run with an odd number of members?',
  '',
  'A quorum of a majority survives the loss of a minority; a fourth member adds no tolerance over three.',
].join('\n');

describe('a bank of numbered questions', () => {
  const questions = allQuestions(parseDeck(BANK, { file: 'advanced.md', slug: 'advanced' }));

  it('prints the other ways a question is asked with the question, never as its card', () => {
    const [scheduler] = questions;
    expect(scheduler.cardText).toMatch(/^It filters out the nodes/);
    expect(scheduler.promptText).toMatch(/^Also asked as: .Explain filtering and scoring./);
    expect(scheduler.answerText).not.toMatch(/Also asked/);
  });

  it('takes the level its title names for every question', () => {
    expect(questions.map((q) => q.level)).toEqual(['hard', 'hard']);
  });
});

describe('a file of one labelled question', () => {
  const only = (text: string, file = 'manifest.md') => allQuestions(parseDeck(text, { file, slug: file.replace(/\.md$/, '') }));

  it('asks it at any label level, the label saying its language in brackets, the question quoted or not', () => {
    const plain = only('## Question\nWhat is the manifest?\n\n## Answer\nIt declares the app components.\n\n## Follow-ups\n- Where does it live?\n');
    expect(plain.map((q) => [q.text, q.cardText])).toEqual([['What is the manifest?', 'It declares the app components.']]);
    // The answer's own headings stay in the answer.
    expect(plain[0].answerHtml).toMatch(/Follow-ups/);
    const quoted = only('# Question (EN)\n> What kinds of Service exist?\n\n## Answer (EN)\nServices run work without a screen.\n', 'services.md');
    expect(quoted.map((q) => [q.text, q.cardText])).toEqual([['What kinds of Service exist?', 'Services run work without a screen.']]);
  });
});

describe('a page that asks its question in its title', () => {
  const read = (text: string, file = 'page.md') => parseDeck(text, { file, slug: file.replace(/\.md$/, '') });

  it('takes the front matter title or the `#` heading as the question, the page as its answer', () => {
    const yaml = allQuestions(read('---\ntitle: 什么是暂时性死区\n---\n\n在声明之前使用 let 变量会报错。\n\n### 例子\n\n```js\nconsole.log(a); let a = 1;\n```\n'));
    expect(yaml.map((q) => [q.text, q.cardText])).toEqual([['什么是暂时性死区', '在声明之前使用 let 变量会报错。']]);
    // A part of the answer headed as such stays in it.
    expect(yaml[0].answerHtml).toMatch(/例子/);
    const bid = allQuestions(read('# Explain what a pod is\n\nWhat is a pod, and why is it the smallest unit?\n\n## Answer guide\n\n- Containers sharing a network namespace.\n'));
    expect(bid.map((q) => q.text)).toEqual(['Explain what a pod is']);
    // The page restates the question above its answer: that prints with the question, the card is the answer.
    expect(bid[0].cardText).toBe('Containers sharing a network namespace.');
    expect(bid[0].promptText).toMatch(/^What is a pod/);
  });

  it('leaves a deck whose title names a subject, and a read-me, as they are', () => {
    expect(() => read('# Networking\n\nNotes on networks.\n')).toThrow(/no questions/);
    expect(() => read('# How to contribute\n\nOpen a pull request.\n', 'README.md')).toThrow(/read-me|no questions/);
  });
});

describe("a notes app's own front matter", () => {
  it('is said once, not key by key; a key or two still gets its own warning with the key meant', async () => {
    const { checkFrontMatterKeys } = await import('../../src/check/front-matter-keys.js');
    const { parseMarkdown } = await import('../../src/content/markdown.js');
    const warn = (yaml: string) => {
      const text = `---\n${yaml}\n---\n\n### What is a manifest?\n\n> A list.\n`;
      return checkFrontMatterKeys('note.md', parseMarkdown(text), text).filter((f) => f.code === 'unknown-front-matter');
    };
    const many = warn('id: 42\naliases: [m]\ntopic: android\nsubtopics: [a]\nstatus: draft\nmoc: x');
    expect(many).toHaveLength(1);
    expect(many[0].message).toMatch(/^6 front matter keys studyguide does not read \("id", "aliases", "topic", "subtopics" and 2 more\)/);
    expect(many[0].line).toBe(2);
    expect(warn('titel: Typo').map((f) => f.message)).toEqual([expect.stringMatching(/unknown front matter key "titel" — did you mean "title"/)]);
  });

  it("is quiet for a site generator's keys (Hugo, Jekyll, Docusaurus), and still names the others", async () => {
    const { checkFrontMatterKeys } = await import('../../src/check/front-matter-keys.js');
    const { parseMarkdown } = await import('../../src/content/markdown.js');
    const site = 'weight: 20\ndraft: false\nsidebar_position: 3\nslug: redis\nlayout: post\npermalink: /redis/\ndate: 2024-03-01\ncategories: [db]\ntoc: true';
    const warn = (yaml: string) => {
      const text = `---\n${yaml}\n---\n\n### What is Redis?\n\n> A store.\n`;
      return checkFrontMatterKeys('redis.md', parseMarkdown(text), text).filter((f) => f.code === 'unknown-front-matter');
    };
    expect(warn(site)).toEqual([]);
    expect(warn(`${site}\ncolour: blue`).map((f) => [f.line, f.message])).toEqual([[11, expect.stringMatching(/^unknown front matter key "colour"/)]]);
  });
});

describe('front matter `difficulty`', () => {
  it("gives the deck's questions their level, under their own", () => {
    const deck = parseDeck('---\ntitle: Pods\ndifficulty: junior\n---\n\n### What is a pod?\n\n> A group of containers.\n\n### How is a pod scheduled?\n\nLevel: hard\n\n> Whole, onto one node.\n', {
      file: 'pods.md',
      slug: 'pods',
    });
    expect(allQuestions(deck).map((q) => q.level)).toEqual(['easy', 'hard']);
    expect(allQuestions(parseDeck('---\ntitle: Staff\ndifficulty: staff\n---\n\n### Q?\n\n> A.\n', { file: 's.md', slug: 's' }))[0].level).toBe('hard');
  });
});

describe("a bank's project sections", () => {
  const TAIL = '\n\n## Contributing\n\nOpen a pull request.\n\n# Contributors\n\nMany people.\n\n## License\n\nMIT\n';
  const BANK = '<details><summary>1. What is X?</summary>\n\n**Answer**: X is a thing.\n</details>\n\n<details><summary>2. What is Y?</summary>\n\n**Answer**: Y is another.\n</details>';

  it('are left out of a bank in its own layout, each said once', () => {
    const deck = parseDeck(BANK + TAIL, { file: 'bank.md', slug: 'bank' });
    expect(allQuestions(deck)).toHaveLength(2);
    const text = JSON.stringify([deck.sections.map((s) => [s.title, s.introHtml]), deck.introHtml, deck.outro ?? '']);
    expect(text).not.toMatch(/pull request|Many people|MIT/);
    expect(deck.diagnostics.filter((d) => d.code === 'left-out').map((d) => [d.line, d.message])).toEqual([
      [11, 'section "Contributing" is about the bank itself, not its questions; left out'],
      [15, 'section "Contributors" is about the bank itself, not its questions; left out'],
      [19, 'section "License" is about the bank itself, not its questions; left out'],
    ]);
    expect(deck.reading?.leftOut).toBe(3);
  });

  it('are told in the languages banks are written in, the project word anywhere in a short title', () => {
    const tail = '\n\n## Cómo contribuir\n\nAbre un pull request.\n\n## 기여하기\n\n이슈를 남겨 주세요.\n\n## 许可证\n\nMIT\n';
    const deck = parseDeck(BANK + tail, { file: 'bank.md', slug: 'bank' });
    expect(allQuestions(deck)).toHaveLength(2);
    expect(deck.diagnostics.filter((d) => d.code === 'left-out').map((d) => d.line)).toEqual([11, 15, 19]);
    expect(deck.reading?.leftOut).toBe(3);
  });

  it('stay in a deck of our own format, and a section holding questions stays anywhere', () => {
    const ours = parseDeck('# Deck\n\n## Basics\n\n### What is X?\n\n> X.\n\n## License\n\nMIT\n', { file: 'ours.md', slug: 'ours' });
    expect(JSON.stringify(ours)).toMatch(/MIT/);
    const asked = parseDeck(`${BANK}\n\n## Credits\n\n<details><summary>3. Who wrote Z?</summary>\n\n**Answer**: Someone.\n</details>\n`, { file: 'b.md', slug: 'b' });
    expect(allQuestions(asked)).toHaveLength(3);
  });
});

describe('a page whose title names a task', () => {
  it('asks the question under the title, answered under its answer heading; `difficulty: middle` is medium', () => {
    const deck = parseDeck(
      '---\ntitle: Recover disk space held by deleted open files\ndifficulty: middle\n---\n\n# Recover disk space held by deleted open files\n\nWhy can a disk stay full after a log is deleted?\n\n## Answer guide\n\n- A process still holds the file open.\n',
      { file: 'disk.md', slug: 'disk' },
    );
    const [q] = allQuestions(deck);
    expect([q.text, q.promptText, q.cardText, q.level]).toEqual([
      'Recover disk space held by deleted open files',
      'Why can a disk stay full after a log is deleted?',
      'A process still holds the file open.',
      'medium',
    ]);
  });
});

describe('a note typed as plain text right under a question, in the bank\'s language', () => {
  const bank = (lines: string[]) => allQuestions(parseDeck(lines.join('\n\n'), { file: 'notes.md', slug: 'notes' }));

  it('is an aside of the answer, never its card', () => {
    const german = bank(['# Netze', '## Grundlagen', '### Was ist NAT?', 'Wichtig: kommt in fast jedem Gespräch vor.', 'Eine Übersetzung privater Adressen in eine öffentliche.']);
    const russian = bank(['# Сети', '## Основы', '### Что такое DNS?', 'Важно: часто спрашивают.', 'Служба, которая переводит имена в адреса.']);
    const bold = bank(['# Redes', '## Básico', '### ¿Qué es un proxy?', '**Importante:** pregunta frecuente.', 'Un servidor que reenvía peticiones en nombre de otro.']);
    expect([german, russian, bold].map(([q]) => q.cardText)).toEqual([
      'Eine Übersetzung privater Adressen in eine öffentliche.',
      'Служба, которая переводит имена в адреса.',
      'Un servidor que reenvía peticiones en nombre de otro.',
    ]);
    expect(german[0].answerText).toContain('Wichtig: kommt in fast jedem Gespräch vor.');
  });
});
