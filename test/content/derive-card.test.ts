import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions, type Question } from '../../src/model/deck.js';
import { plainText, blocksText, clip, sentenceEnd } from '../../src/content/text.js';
import { parseMarkdown } from '../../src/content/markdown.js';
import { cardDefects } from '../../bench/card-defects.mjs';

// One question per defect class derived card answers used to have (test/fixtures/card-defects/).
const deckFile = 'test/fixtures/card-defects/deck.md';
const questions = new Map<string, Question>();
const load = async () => {
  if (!questions.size) for (const q of allQuestions(await loadDeck(deckFile))) questions.set(q.text, q);
  return questions;
};
const card = async (text: string) => {
  const q = (await load()).get(text);
  if (!q) throw new Error(`no question "${text}" in ${deckFile}`);
  expect(q.cardGenerated).toBe(true);
  return q;
};

describe('derived card answers', () => {
  it('bring the list a lead-in announces, items joined with "; ", a trailing comma read as a colon', async () => {
    expect((await card('Which signals matter?')).cardText).toBe('The ones you meet most are listed below: SIGTERM: asks a process to stop; SIGKILL: stops it at once.');
    // Code spans stay code.
    expect((await card('Which signals matter?')).cardHtml).toContain('<code class="unbroken">SIGTERM</code>');
  });

  it('bring the code block a lead-in announces, as a code block', async () => {
    const q = await card('How do you list open ports?');
    expect(q.cardText).toBe('Run:\nss -ltnp');
    expect(q.cardHtml).toMatch(/^<p>Run:<\/p>\n<pre><code class="[^"]*language-bash/);
  });

  it('bring along only a list, table or code a lead-in announces, never the next sentence', async () => {
    // Before, the next paragraph ran on: "…in different contexts: undefined: in a plain function call…".
    expect((await card('What does this refer to?')).cardText).toBe('this refers to different objects in different contexts.');
    expect((await card('Which step comes after the build?')).cardText).toBe('The pipeline runs these in order.');
  });

  it('skip a "Given:" set-up and answer with what follows it', async () => {
    const q = await card('What does the query return?');
    expect(q.cardText).toBe('The answer:\nSELECT count(*) FROM t;');
    expect(q.cardHtml).toContain('<pre>');
  });

  it('do not skip a leading list, and number ordered items', async () => {
    expect((await card('Name the stages.')).cardText).toBe('(1) Build; (2) Test; (3) Deploy.');
    expect((await card('What is a hard link?')).cardText).toBe('Another name for the same inode; It survives deleting the original.');
  });

  it('use a sub-heading above a list as its lead-in, not alone', async () => {
    expect((await card('What are the parts?')).cardText).toBe('Parts: -e: exit on error; -u: unset variables are errors.');
  });

  it('do not end a sentence at e.g., i.e., decimals or version numbers', async () => {
    expect((await card('What is a window function?')).cardText).toBe('A function over rows related to the current one, e.g. ROW_NUMBER() over a partition.');
    expect((await card('What does it cost?')).cardText).toBe('About 3.5 ms per call in v1.2.3, i.e. cheap.');
  });

  it('end a sentence after a code span, and before one that starts the next sentence', async () => {
    expect((await card('What does npm ci do?')).cardText).toBe('npm ci installs exactly what the lock file says.');
    expect((await card('What is optimistic locking?')).cardText).toBe('Reading freely and checking a version on write (UPDATE ... WHERE version = 3), retrying on conflict.');
  });

  it('take the next sentence along after a terse one', async () => {
    expect((await card('Is HTTP stateless?')).cardText).toBe('Yes. Each request carries everything the server needs.');
  });

  it('cut a long sentence at a word boundary with an ellipsis', async () => {
    const q = await card('What happens when you type a URL into a browser and press enter, in detail?');
    expect(q.cardText.length).toBeLessThanOrEqual(200);
    expect(q.cardText).toMatch(/ [a-z]+…$/);
    const lastWord = /(\w+)…$/.exec(q.cardText)![1];
    expect(readFileSync(deckFile, 'utf8')).toMatch(new RegExp(`\\b${lastWord}\\b`));
  });

  it('keep a leading code block as a small code block, with the sentence after it', async () => {
    const q = await card('How do you cancel a fetch?');
    expect(q.cardHtml).toMatch(/^<pre><code class="[^"]*language-js">[\s\S]*abort[\s\S]*<\/code><\/pre>\n<p>Abort the controller to cancel.<\/p>$/);
    expect(q.cardText.split('\n')).toHaveLength(4);
  });

  it('shorten a long code block to a few lines, marked', async () => {
    expect((await card('What is a long listing?')).cardText).toBe('1\n2\n3\n4\n5\n…');
  });

  it('read a table as "first cell: the rest", naming the cells of wide tables', async () => {
    expect((await card('Which joins exist?')).cardText).toBe('INNER: matches on both sides; LEFT: all left rows.');
    expect((await card('How do the controllers differ?')).cardText).toBe('Names — Deployment: random, StatefulSet: ordinal.');
    // A table of keys whose first cells are as long as the others (commands): still "key: value".
    expect((await card('How do you look into a pod that misbehaves?')).cardText).toBe('kubectl describe pod web-1: its events; kubectl logs web-1 --previous: the last crash.');
    // Two columns side by side, no key column, each headed by a thing the question compares: the header names each side.
    expect((await card('How do batch and stream processing differ?')).cardText).toBe(
      'Batch processing vs Stream processing: Reads a bounded set of records collected beforehand vs Reads records one by one as they arrive; Results come out once the whole run finishes vs Results update within seconds of each event.',
    );
  });

  it('pass over a picture to the text, and join labelled paragraphs', async () => {
    expect((await card('Draw it.')).cardText).toBe('Clients talk to gateways over WebSockets.');
    expect((await card('Pros and cons?')).cardText).toBe('Pros: fast to start; Cons: weaker isolation.');
  });

  it('end before a bold label glued to a sentence, and pass over an aside ("**Example:**") to the answer', async () => {
    expect((await card('What is a mutex?')).cardText).toBe('A lock one thread holds at a time.');
    expect((await card('What is a semaphore?')).cardText).toBe('A counter of permits that threads take and give back.');
    expect((await card('What is a deadlock?')).cardText).toBe('Two threads each wait for a lock the other holds.');
  });

  it('open a toggle list ("- Answer" with the answer indented under it, as note apps export) and answer with what it holds', async () => {
    expect((await card('What does PID 1 do?')).cardText).toBe('It starts every other process and adopts orphans.');
    expect((await card('How do you tell systemd is running?')).cardText).toBe('/run/systemd/system exists only while systemd is the init system.');
    expect((await card('Which signal does kill send by default?')).cardText).toBe('SIGTERM, which a process may catch to shut down cleanly.');
  });

  it('take the short version beside a longer one, whole and without its label ("**Short answer:**", "- **TL;DR:**")', async () => {
    expect((await card('Which lookup is faster on average, a hash table or a search tree?')).cardText).toBe('The hash table. Its lookups take constant time on average.');
    expect((await card('Why pin base image versions?')).cardText).toBe('So a rebuild gives the same image.');
  });

  it('leave out the command a question ending in a colon goes on with: it is the question, not its answer', async () => {
    expect((await card('What does this command print, for example:')).cardText).toBe(
      'The mode, links, owner, group, size, time and name of each entry, one entry a line.',
    );
    expect((await card('Which exit code does this give:')).cardText).toBe('It prints 1: false always fails.');
    // A short line of code spans that asks finishes the question too.
    expect((await card('Which search is faster on a plain word, for example:')).cardText).toBe('Usually the fixed-string search: it builds no regular expression.');
    // Without the colon the code is the answer's own start, and stays on the card.
    expect((await card('How do you list open ports?')).cardText).toBe('Run:\nss -ltnp');
  });

  it('have none of the defects the corpus benchmark looks for', async () => {
    const lines = readFileSync(deckFile, 'utf8').split('\n');
    const list = [...(await load()).values()];
    for (const [i, q] of list.entries()) {
      const source = lines.slice(q.line, (list[i + 1]?.line ?? lines.length + 1) - 1).join('\n').replace(/^## .*$[\s\S]*/m, '');
      expect(cardDefects({ cardText: q.cardText, cardHtml: q.cardHtml, source }), q.text).toEqual([]);
    }
  });
});

describe('derived cards of the corpus (test/fixtures/card-derivation/)', () => {
  it('has at least 150 answers, under 5 % of their derived cards defective', async () => {
    const dir = 'test/fixtures/card-derivation';
    let derived = 0;
    const defective: string[] = [];
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const file = path.join(dir, name);
      const lines = readFileSync(file, 'utf8').split('\n');
      const list = allQuestions(await loadDeck(file));
      for (const [i, q] of list.entries()) {
        if (!q.cardGenerated) continue;
        derived++;
        const source = lines.slice(q.line, (list[i + 1]?.line ?? lines.length + 1) - 1).join('\n').replace(/^## .*$[\s\S]*/m, '');
        const defects = cardDefects({ cardText: q.cardText, cardHtml: q.cardHtml, source });
        if (defects.length) defective.push(`${file}:${q.line} ${defects.join(', ')}: ${q.cardText}`);
      }
    }
    expect(derived).toBeGreaterThanOrEqual(150);
    expect(defective.length / derived, defective.join('\n')).toBeLessThan(0.05);
  });
});

describe('plain text of markdown', () => {
  const blocks = (md: string) => parseMarkdown(md).children;

  it('never glues list items, table cells or lines together', () => {
    expect(plainText({ type: 'root', children: blocks('- resources\n- No agents\n') })).toBe('resources; No agents');
    expect(plainText({ type: 'root', children: blocks('| a | b |\n|---|---|\n| c | d |\n') })).toBe('a, b; c, d');
    expect(plainText({ type: 'root', children: blocks('one  \ntwo\\\nthree\n') })).toBe('one two three');
    expect(blocksText(blocks('Para one.\n\n- x.\n- y\n'))).toBe('Para one.\nx; y');
  });

  it('finds sentence ends past abbreviations, numbers and lower-case continuations', () => {
    const first = (t: string) => t.slice(0, sentenceEnd(t));
    expect(first('Use a cache, e.g. Redis. Then measure.')).toBe('Use a cache, e.g. Redis.');
    expect(first('Cut latency, approx. five times. Then more.')).toBe('Cut latency, approx. five times.');
    expect(first('See No. 5 for details. More.')).toBe('See No. 5 for details.');
    expect(first('Is it thread-safe? No. It locks.')).toBe('Is it thread-safe?');
    expect(first('A, B, etc. and more. Next.')).toBe('A, B, etc. and more.');
    expect(first('Redis, Memcached, etc. Both are caches.')).toBe('Redis, Memcached, etc.');
    expect(first('Version 1.2.3 fixed it. Upgrade.')).toBe('Version 1.2.3 fixed it.');
  });

  it('ends Chinese and Japanese sentences at 。！？ with no space after them', () => {
    const first = (t: string) => t.slice(0, sentenceEnd(t));
    expect(first('容器共享宿主机内核。所以启动很快。')).toBe('容器共享宿主机内核。');
    expect(first('快得多！还省内存。')).toBe('快得多！');
    expect(first('同じ inode を指す別の名前です。元のファイルを消しても残ります。')).toBe('同じ inode を指す別の名前です。');
    expect(first('「そうです。」と言った')).toBe('「そうです。」');
  });

  it('clips at a word boundary, never inside a word', () => {
    expect(clip('alpha beta gamma delta', 14)).toBe('alpha beta…');
    expect(clip('short', 14)).toBe('short');
  });
});

describe('a card that names an option', () => {
  const derive = async (answer: string, options = '') => {
    const { deriveCard } = await import('../../src/content/derive-card.js');
    const blocks = (md: string) => (md ? parseMarkdown(md).children : []);
    return deriveCard(blocks(answer), 'Which planet has the shortest year?', blocks(options)).text;
  };

  it('spells the option out and brings the explanation, whether the letter stands alone or behind a label', async () => {
    const options = '- A. Venus\n- B. Mercury\n- C. Mars';
    expect(await derive('B\n\nMercury goes round the Sun in 88 days. Venus takes 225.', options)).toBe('B. Mercury\nMercury goes round the Sun in 88 days.');
    expect(await derive('**Answer:** B\n\nMercury goes round the Sun in 88 days.', options)).toBe('B. Mercury\nMercury goes round the Sun in 88 days.');
  });

  it('keeps the letters when the question lists no such option', async () => {
    expect(await derive('B\n\nMercury goes round the Sun in 88 days.')).toBe('B\nMercury goes round the Sun in 88 days.');
    expect(await derive('Answer: A, D\n\nBoth are rocky.', '- A) Venus\n- B) Saturn\n- C) Mars')).toBe('Answer: A, D\nBoth are rocky.');
  });

  it('names several options as ticked options are joined', async () => {
    expect(await derive('Answer: A, C\n\nBoth are rocky.', '- A) Venus\n- B) Saturn\n- C) Mars')).toBe('A) Venus; C) Mars\nBoth are rocky.');
    expect(await derive('✅ 正确答案：A、C', '- A. 金星\n- B. 土星\n- C. 火星')).toBe('A. 金星; C. 火星');
  });
});

describe('a card under an answer label in the bank’s own words', () => {
  const derive = async (answer: string) => {
    const { deriveCard } = await import('../../src/content/derive-card.js');
    return deriveCard(parseMarkdown(answer).children, 'What is a pod?', []).text;
  };

  it('leaves out the label, after a symbol and with what it says of itself in brackets', async () => {
    expect(await derive('✅ Answer (English):\nA pod is the smallest deployable unit.\n\n🇮🇳 उत्तर (Hindi):\nपॉड सबसे छोटी इकाई है।')).toBe('A pod is the smallest deployable unit.');
    expect(await derive('**Answer (English):** A pod is the smallest deployable unit.')).toBe('A pod is the smallest deployable unit.');
    expect(await derive('Answer: A pod is the smallest deployable unit.')).toBe('A pod is the smallest deployable unit.');
  });
});

describe('an answer titled in bold over its headed parts', () => {
  it('has the parts’ titles as its card, not the title alone', async () => {
    const { deriveCard } = await import('../../src/content/derive-card.js');
    const answer = [
      '**Ways to find what changed**',
      '',
      '#### Option 1: the build tool',
      '',
      '```sh',
      'turbo run build --filter="[HEAD^1]"',
      '```',
      '',
      '#### Option 2: a path filter',
      '',
      '```yaml',
      'filters: { ui: "packages/ui/**" }',
      '```',
    ].join('\n');
    expect(deriveCard(parseMarkdown(answer).children, 'How do you find the packages a commit changed?').text).toBe('Option 1: the build tool; Option 2: a path filter.');
  });
});

describe('an answer label alone over the answer', () => {
  it('is no part of the card: "**Answer**:" then the answer\'s own labelled parts', async () => {
    const { deriveCard } = await import('../../src/content/derive-card.js');
    // A public SRE bank writes `**Answer**:` on a line of its own; its cards began "Answer: SLI …".
    const answer = ['**Answer**:', '', '**SLI (indicator)**:', '- A measured aspect of service quality', '- Good events over all events'].join('\n');
    expect(deriveCard(parseMarkdown(answer).children, 'Explain SLO, SLI, SLA').text).toBe('SLI (indicator): A measured aspect of service quality; Good events over all events.');
    expect(deriveCard(parseMarkdown('Answer\n\nA set of steps for one common operation.').children, 'What is a runbook?').text).toBe('A set of steps for one common operation.');
  });
});

describe('a bold title on the first line of the answer’s paragraph', () => {
  const card = async (answer: string) => {
    const { deriveCard } = await import('../../src/content/derive-card.js');
    return deriveCard(parseMarkdown(answer).children, 'What does DNS do?').text;
  };

  it('is no part of the card: the card is the text under it', async () => {
    // Before, the title and its text were glued: "Name lookup It turns a name into an address."
    expect(await card('**Name lookup**\nIt turns a name into an address. Resolvers keep it a while.')).toBe('It turns a name into an address.');
    // A hard break after the title reads the same.
    expect(await card('**Name lookup**  \nIt turns a name into an address.')).toBe('It turns a name into an address.');
  });

  it('stays when the words go on beside it on its line, or it is a sentence or a label', async () => {
    expect(await card('**Name lookup** turns a name into an address.')).toBe('Name lookup turns a name into an address.');
    expect(await card('**Yes**\nResolvers keep answers a while.')).toMatch(/^Yes/);
    expect(await card('**Lookup:**\nIt turns a name into an address.')).toBe('Lookup: It turns a name into an address.');
  });
});

describe('an answer written as one quoted speech', () => {
  const card = async (answer: string) => {
    const { deriveCard } = await import('../../src/content/derive-card.js');
    return deriveCard(parseMarkdown(answer).children, 'What is service independence?').text;
  };

  it('is carded in its own voice: the marks around the whole speech go, as they do from a speech cut short', async () => {
    expect(await card('"Each service ships, scales and fails without the others."')).toBe('Each service ships, scales and fails without the others.');
    expect(await card('“Each service owns its *own* data and nobody else reads it.”')).toBe('Each service owns its own data and nobody else reads it.');
  });

  it('keeps the marks of a quoted value and of quotes inside the sentence', async () => {
    expect(await card('"string"')).toBe('"string"');
    expect(await card('Call it "the strangler fig" and move one route at a time.')).toBe('Call it "the strangler fig" and move one route at a time.');
  });
});
