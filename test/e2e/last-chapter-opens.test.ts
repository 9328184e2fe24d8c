import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { bookletPages, type HalfPage } from '../pdf-booklet-pages.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A short deck whose two chapters run on under the contents on the booklet's second page: the
 * second chapter's last two questions went over to the third page (25 % full), facing a page
 * 58 % full, a spread of one full page and a few lines.
 */
const DECK = `---
title: The Short Interview Talk
description: Common questions and a way into each answer.
---

## 1. About You

### **Walk Me Through Your Background**

> "Two minutes on the path that led here, ending on what you want next."

### **What Drew You to This Team?**

> "Name the team's work and link it to something you built."

## 2. Strengths and Growth

### **Which Strength Would Your Last Lead Name?**

> "One the team needs, and a story that shows it."

### **Where Are You Still Improving?**

> "A real gap and the steps you are taking on it."

### **How Do You Take Hard Feedback?**

> "Hear it out, ask for a case, and tell what you changed."
`;

let pages: HalfPage[] = [];
beforeAll(async () => {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'talk.md'), DECK);
  const { result } = await buildWith({ paths: [path.join(dir, 'talk.md')], outDir: path.join(dir, 'out'), outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  pages = bookletPages(path.join(dir, 'out', 'talk', 'guide-booklet.pdf'), ['1. About You', '2. Strengths and Growth']);
}, 120_000);

describe('the last chapter of a guide that would end on a thin page', () => {
  it('opens the last page whole, the page count kept', () => {
    expect(pages.map((p) => p.number)).toEqual([2, 3]);
    const [second, third] = pages;
    expect(third.opensSection, `page 3: ${third.text.slice(0, 60)}`).toBe(true);
    expect(third.text).toContain('Which Strength');
    expect(second.fill).toBeGreaterThanOrEqual(0.5);
    expect(third.fill).toBeGreaterThanOrEqual(0.25);
  });
});
