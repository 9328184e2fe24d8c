// Writes test/fixtures/seed-questions/answer-grams.json: a hash of every run of GRAM words in the
// answers of the seed page (its question lines left out), so test/content/seed-wording.test.ts can
// check that the bundled deck's answers stay in their own words without the page text in the repo.
// Usage: npx tsc -p tsconfig.json && node scripts/seed-grams.mjs <seed page .txt>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { textWords } from '../dist/content/text-words.js';

const GRAM = 8;
const out = 'test/fixtures/seed-questions/answer-grams.json';
const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/seed-grams.mjs <seed page .txt>');
  process.exit(1);
}
// A question line of the page ends with its level: "What is a CDN? easy".
const isQuestion = (line) => /\s(easy|medium|hard)$/.test(line.trim()) && line.length < 200;
const hashes = new Set();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (isQuestion(line)) continue;
  const words = textWords(line);
  for (let i = 0; i + GRAM <= words.length; i++)
    hashes.add(
      createHash('sha256')
        .update(words.slice(i, i + GRAM).join(' '))
        .digest('hex')
        .slice(0, 16),
    );
}
const about = `sha256 (first 16 hex digits) of each run of ${GRAM} normalized words in the seed page's answers; made by scripts/seed-grams.mjs`;
writeFileSync(out, `${JSON.stringify({ about, gram: GRAM, hashes: [...hashes].sort() }, null, 1)}\n`);
console.log(`${out}: ${hashes.size} word runs`);
