#!/usr/bin/env node
// A deterministic foreign question bank of N questions in the `1. ### Question` layout (a
// numbered list whose items start with a heading, the answer indented under it), with the
// navigation such banks carry: a badge row, a table of contents, "back to top" links, and
// every tenth question left unanswered. For the bench's foreign-layout row.
//
//   node bench/generate-bank.mjs 500 > /tmp/bank-500.md      (optional 2nd argument: seed)

import { seededRandom } from '../dist/content/shuffle-deck.js';

const TOPICS = [
  'closures',
  'the event loop',
  'promises',
  'prototypes',
  'hoisting',
  'modules',
  'generators',
  'weak maps',
  'typed arrays',
  'proxies',
  'iterators',
  'tagged templates',
  'service workers',
  'garbage collection',
  'strict mode',
];
const ASKS = ['What is {t}', 'How do {t} work', 'When would you use {t}', 'What are the pitfalls of {t}', 'How do you test code that uses {t}'];
const WORDS =
  'the value function scope object array string number callback handler runtime engine browser module export import property method class instance memory reference closure queue task timer'.split(
    ' ',
  );

/** The bank's markdown for `count` questions; the same count and seed always give the same text. */
export function generateBank(count, seed = 1) {
  const rnd = seededRandom(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const sentence = () => {
    const words = Array.from({ length: between(8, 15) }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const questions = Array.from({ length: count }, (_, i) => `${pick(ASKS).replace('{t}', pick(TOPICS))} (${i + 1})`);
  const anchor = (q) =>
    q
      .toLowerCase()
      .replace(/[^\w\s-]/g, '')
      .replace(/\s+/g, '-');
  const out = [
    '[![Stars](https://img.shields.io/badge/stars-1k-blue.svg)](https://example.org) [![License](https://img.shields.io/badge/license-MIT-green.svg)](LICENSE)',
    '',
    `# Generated Bank — ${count} Questions`,
    '',
    '### Table of Contents',
    '',
    '| No. | Questions |',
    '| --- | --------- |',
    ...questions.map((q, i) => `| ${i + 1} | [${q}](#${anchor(q)}) |`),
    '',
  ];
  questions.forEach((q, i) => {
    out.push(`${i + 1}. ### ${q}`, '');
    if ((i + 1) % 10 !== 0) {
      for (let p = between(1, 3); p > 0; p--) out.push(`     ${Array.from({ length: between(2, 3) }, sentence).join(' ')}`, '');
      if (rnd() < 0.3)
        out.push('     ```javascript', `     const value${i} = [1, 2, 3].map((n) => n * ${i});`, '     console.log(value' + i + ');', '     ```', '');
    }
    out.push('     **[⬆ Back to Top](#table-of-contents)**', '');
  });
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100);
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: node bench/generate-bank.mjs <questions> [seed]\n');
    process.exit(1);
  }
  process.stdout.write(generateBank(count, Number(process.argv[3] ?? 1)));
}
