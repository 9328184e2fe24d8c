import { randomInt } from 'node:crypto';
import { allQuestions, type Deck } from '../model/deck.js';
import { renumber } from './filter-deck.js';

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed when the user gave none (printed in the note, so the order can be repeated). */
export const newSeed = (): number => randomInt(1, 1_000_000);

/**
 * Every question of the deck in one random order (Fisher–Yates), renumbered, in one section:
 * sections are usually levels, and a study mix is the point of shuffling.
 */
export function shuffleDeck(deck: Deck, seed: number, sectionTitle: string): Deck {
  const random = seededRandom(seed);
  const questions = allQuestions(deck);
  for (let i = questions.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [questions[i], questions[j]] = [questions[j], questions[i]];
  }
  const first = deck.sections[0];
  return renumber({ ...deck, sections: [{ id: 's-shuffled', title: sectionTitle, introHtml: '', questions, line: first?.line ?? 1 }] });
}
