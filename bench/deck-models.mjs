#!/usr/bin/env node
// The deck model (HTML included) of every .md file under test/fixtures/ and content/ plus a
// generated 1,000-question deck, read by the compiled parser (dist/): proof that a change to the
// parser's speed changed nothing it reads.
//
//   node bench/deck-models.mjs write before.json     (before the change; `npx tsc` first)
//   node bench/deck-models.mjs compare before.json   (after it: "N files, 0 differences")
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deckFromBytes } from '../dist/content/load-deck.js';
import { generateDeck } from './generate-deck.mjs';

const [mode, snapshot] = process.argv.slice(2);
if (!['write', 'compare'].includes(mode) || !snapshot) {
  process.stderr.write('usage: node bench/deck-models.mjs write|compare <snapshot.json>\n');
  process.exit(2);
}

/** Every .md file under a folder, sorted, so the snapshot's order never depends on the disk's. */
const markdownFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();

/** A file's model as JSON, or the error it gives (an error is a reading too: it must stay the same). */
function modelOf(file, bytes) {
  try {
    return JSON.stringify(deckFromBytes(file, bytes).deck);
  } catch (err) {
    return `error: ${err instanceof Error ? err.message : String(err)}`;
  }
}

const models = {};
for (const file of [...markdownFiles('test/fixtures'), ...markdownFiles('content')]) models[file] = modelOf(file, readFileSync(file));
models['generated-1000.md'] = modelOf('generated-1000.md', Buffer.from(generateDeck(1000)));

if (mode === 'write') {
  writeFileSync(snapshot, JSON.stringify(models));
  process.stdout.write(`${Object.keys(models).length} files written to ${snapshot}\n`);
} else {
  const before = JSON.parse(readFileSync(snapshot, 'utf8'));
  const names = new Set([...Object.keys(before), ...Object.keys(models)]);
  const differing = [...names].filter((name) => before[name] !== models[name]);
  for (const name of differing) process.stdout.write(`differs: ${name}\n`);
  process.stdout.write(`${names.size} files, ${differing.length} differences\n`);
  process.exitCode = differing.length ? 1 : 0;
}
