#!/usr/bin/env node
// Prints every card answer derived from a full answer in the given decks (default: the corpus in
// test/fixtures/card-derivation/) with the defects bench/card-defects.mjs finds, then the rate.
// Usage: node bench/card-derivation.mjs [deck.md|folder …] [--quiet] [--strip-cards] [--dist DIR]
//   --strip-cards  drop each question's "> card answer" first, so decks written with card answers
//                  (the bundled ones) measure derivation on answers this corpus was not tuned on
//   --dist DIR     the compiled tool to measure (another checkout's dist/, to compare)
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cardDefects } from './card-defects.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const strip = args.includes('--strip-cards');
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? path.resolve(args[distAt + 1]) : path.join(root, 'dist');
const inputs = args.filter((a, i) => !a.startsWith('--') && (distAt < 0 || i !== distAt + 1));
const { loadDeck } = await import(pathToFileURL(path.join(dist, 'content', 'load-deck.js')).href);

const files = [];
for (const input of inputs.length ? inputs : [path.join(root, 'test/fixtures/card-derivation')]) {
  if ((await stat(input)).isDirectory())
    files.push(
      ...(await readdir(input))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => path.join(input, f)),
    );
  else files.push(input);
}

/**
 * The deck text without the blockquote card answers under its question headings. A question that
 * has only a card answer keeps it as its full answer (unquoted), or it would have no answer.
 */
function stripCards(text) {
  return text
    .split(/^(?=#{1,3}\s)/m)
    .map((chunk) => {
      if (!/^###\s/.test(chunk)) return chunk;
      const m = /^(###[^\n]*\n(?:\s*\n|(?:level|tags|id)\s*:[^\n]*\n)*)((?:>[^\n]*\n?)+)([\s\S]*)$/i.exec(chunk);
      if (!m) return chunk;
      const rest = m[3].replace(/^\s*(?:(?:level|tags|id)\s*:[^\n]*\n?)*/i, '');
      return rest.trim() ? m[1] + m[3] : m[1] + m[2].replace(/^> ?/gm, '') + m[3];
    })
    .join('');
}

if (strip) {
  const dir = await mkdtemp(path.join(tmpdir(), 'card-derivation-'));
  for (const [i, file] of files.entries()) {
    const copy = path.join(dir, path.basename(file));
    await writeFile(copy, stripCards(await readFile(file, 'utf8')));
    files[i] = copy;
  }
}

let derived = 0;
let defective = 0;
const byClass = new Map();
for (const file of files) {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const deck = await loadDeck(file);
  const questions = deck.sections.flatMap((s) => s.questions);
  for (const [i, q] of questions.entries()) {
    if (!q.cardGenerated) continue;
    derived++;
    const source = lines
      .slice(q.line, (questions[i + 1]?.line ?? lines.length + 1) - 1)
      .join('\n')
      .replace(/^## .*$[\s\S]*/m, '');
    const defects = cardDefects({ cardText: q.cardText, cardHtml: q.cardHtml, source });
    if (defects.length) defective++;
    for (const d of defects) byClass.set(d, (byClass.get(d) ?? 0) + 1);
    if (!quiet || defects.length) {
      console.log(`${path.relative(process.cwd(), file)}:${q.line} ${defects.length ? `[${defects.join(', ')}] ` : ''}${q.text}`);
      console.log(`  → ${q.cardText.replace(/\n/g, '\n    ')}`);
    }
  }
}
const rate = derived ? (100 * defective) / derived : 0;
console.log(`\n${derived} derived cards in ${files.length} decks, ${defective} defective (${rate.toFixed(1)} %)`);
for (const [d, n] of [...byClass].sort((a, b) => b[1] - a[1])) console.log(`  ${d}: ${n}`);
