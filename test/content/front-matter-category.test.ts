import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDeck } from '../../src/content/parse-deck.js';
import { importBank } from '../../src/import/import-bank.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { checkDeck } from '../../src/check/check-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDirSync } from '../temp-dir.js';

parseInPlace();

const parse = (text: string) => parseDeck(text, { file: 'bank.md', slug: 'bank' });

// A one-page bank as a docs site files it: its front matter names a category and tags.
const page = `---
title: Docker Interview Questions
category: Containers
tags: [docker, devops]
difficulty: advanced
author: A. Writer
---

## 1. What is an image?

A read-only template that containers start from.

## 2. What is a volume?

Storage that outlives the container using it.
`;

describe('a one-page bank’s front matter category and tags', () => {
  it('names the page’s one section by its category, keeps its tags as the deck’s', () => {
    const deck = parse(page);
    expect(deck.sections.map((s) => [s.title, s.untitled ?? false, s.questions.length])).toEqual([['Containers', false, 2]]);
    expect(deck.tags).toEqual(['docker', 'devops']);
  });

  it('is a deck tag where the page has sections of its own, and a list of categories is tags too', () => {
    const sectioned = page.replace('## 1.', '## Basics\n\n### 1.').replace('## 2.', '### 2.');
    expect(parse(sectioned).sections.map((s) => s.title)).toEqual(['Basics']);
    expect(parse(sectioned).tags).toEqual(['docker', 'devops', 'Containers']);
    expect(parse(page.replace('category: Containers', 'category: [Containers, Ops]')).tags).toEqual(['docker', 'devops', 'Containers', 'Ops']);
  });

  it('is no unknown key to check', async () => {
    const dir = tempDirSync('sg-category-');
    writeFileSync(path.join(dir, 'bank.md'), page);
    expect((await checkDeck(path.join(dir, 'bank.md'), { cardSize: 'index-3x5' })).findings.map((f) => f.code)).not.toContain('unknown-front-matter');
  });

  it('carries over into the imported deck, with the tags, author and difficulty', async () => {
    const dir = tempDirSync('sg-category-');
    writeFileSync(path.join(dir, 'bank.md'), page);
    const imported = await importBank(path.join(dir, 'bank.md'));
    writeFileSync(path.join(dir, 'deck.md'), imported.markdown);
    const deck = await loadDeck(path.join(dir, 'deck.md'));
    expect(deck.sections.map((s) => s.title)).toEqual(['Containers']);
    expect([deck.tags, deck.author]).toEqual([['docker', 'devops'], 'A. Writer']);
    expect(allQuestions(deck).map((q) => q.level)).toEqual(['hard', 'hard']);
  });
});
