import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { tempDir } from '../helpers.js';
import { HOSTILE_DECKS, PWN } from './hostile-decks.js';
import { untypeset } from '../untypeset.js';

// Without a browser: the model of a hostile <details> bank carries no payload in any tag, and
// what could not be printed is reported at its line (the browser suite checks the printed files).
describe('hostile <details> content', () => {
  it('reaches the model as inert text, every dropped element reported', async () => {
    const hostile = HOSTILE_DECKS.find((d) => d.name === 'details-bank.md')!;
    const file = path.join(await tempDir('studyguide-details-'), hostile.name);
    writeFileSync(file, String(hostile.body).replaceAll('{{SERVER}}', 'http://127.0.0.1:9'));
    const deck = await loadDeck(file);
    const questions = deck.sections.flatMap((s) => s.questions);
    expect(questions.map((q) => q.text)).toEqual(['Is this safe?', 'Does the markdown form hold code?', 'Second question?']);
    for (const html of questions.flatMap((q) => [q.html, q.answerHtml, q.cardHtml])) {
      expect(html).not.toMatch(new RegExp(`<[^>]*${PWN}`));
      expect(html).not.toMatch(/<(script|style|iframe|svg)\b|\bon\w+=|javascript:/i);
    }
    expect(untypeset(questions[1].answerHtml)).toContain('Inner words survive.');
    expect(
      deck.diagnostics
        .filter((d) => d.code === 'html-left-out')
        .map((d) => d.message.match(/<(\w+)>/)![1])
        .sort(),
    ).toEqual(['iframe', 'script', 'style', 'svg']);
  });
});
