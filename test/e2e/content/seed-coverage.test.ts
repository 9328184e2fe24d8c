import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../../src/content/load-deck.js';
import { allQuestions } from '../../../src/model/deck.js';
import { bundledOut, pdfText } from '../../helpers.js';
import { loose } from '../guide-reading.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Every question of the seed page (test/fixtures/seed-questions/questions.json: its section, text
// and level, in page order, and the bundled question that carries it) must be in the bundled deck,
// merged where the page repeats it, kept in the section where it first appears, and printed.
interface SeedQuestion { section: string; seed: string; level: string; deck: string }
const seed: SeedQuestion[] = JSON.parse(readFileSync('test/fixtures/seed-questions/questions.json', 'utf8'));
const slug = 'infrastructure-engineer';

describe('the bundled deck against its seed page', async () => {
  const deck = await loadDeck(`content/${slug}.md`);
  const questions = allQuestions(deck);
  const byText = new Map(questions.map((q) => [q.text, q]));
  const sectionOf = new Map(deck.sections.flatMap((s) => s.questions.map((q) => [q.text, s.title] as const)));

  it('has the four sections of the page, in order, and the closing notes as outro', () => {
    expect(deck.sections.map((s) => s.title)).toEqual(['Easy — fundamentals', 'Medium — applied', 'Hard — senior & design', 'Scenario-based']);
    expect(deck.outro?.title).toMatch(/what the industry actually asks/i);
    expect(deck.tags).toEqual(['infrastructure', 'iac', 'scaling', 'reliability', 'interview']);
  });

  it('carries every seed question at its level, each deck question from the seed', () => {
    expect(seed).toHaveLength(64);
    for (const s of seed) {
      const q = byText.get(s.deck);
      expect(q, s.seed).toBeDefined();
      expect(q!.level, s.seed).toBe(s.level);
    }
    expect(new Set(seed.map((s) => s.deck)).size).toBe(questions.length);
  });

  it('keeps each merged question in the section where the page first asks it', () => {
    const first = new Map<string, string>();
    for (const s of seed) if (!first.has(s.deck)) first.set(s.deck, s.section);
    for (const [text, section] of first) expect(sectionOf.get(text), text).toBe(section);
  });

  it('gives every merged question both a card answer and a full answer', () => {
    const merged = [...new Set(seed.filter((s) => s.seed !== s.deck).map((s) => s.deck))];
    expect(merged.length).toBeGreaterThan(10);
    for (const text of merged) {
      const q = byText.get(text)!;
      expect(q.cardGenerated || q.answerFromCard, text).toBe(false);
    }
  });

  it('prints every seed question in guide.pdf and cards.pdf', () => {
    for (const pdf of ['guide.pdf', 'cards.pdf']) {
      // Compared loosely: printed with typographic quotes, and a heading may wrap at a hyphen.
      const text = loose(pdfText(path.join(bundledOut(), slug, pdf)));
      expect(seed.filter((s) => !text.includes(loose(s.deck))).map((s) => s.seed), pdf).toEqual([]);
    }
  });
});
