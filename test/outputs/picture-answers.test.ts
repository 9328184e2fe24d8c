import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { cardsCsv } from '../../src/outputs/csv-output.js';
import { quizletText } from '../../src/outputs/quizlet-output.js';
import { PNG_DATA_URL } from '../images.js';

// A question answered only by a picture: its card shows the picture; the text exports have no picture to show.
const DECK = [
  '# Layouts',
  '',
  '## Diagrams',
  '',
  '### What does a three-tier layout look like?',
  '',
  `![Web, app and database tiers, each in its own subnet](${PNG_DATA_URL})`,
  '',
  '### What is a queue for?',
  '',
  'It lets bursts wait instead of failing.',
  '',
].join('\n');

describe('an answer that is only a picture', () => {
  const deck = parseDeck(DECK, { file: 'layouts.md', slug: 'layouts' });

  it('gives cards.csv its description as the card answer, not an empty field', () => {
    expect(cardsCsv(deck).split('\r\n')[1]).toBe('What does a three-tier layout look like?,"[Web, app and database tiers, each in its own subnet]",medium,');
  });

  it('gives quizlet.txt its description as the definition', () => {
    expect(quizletText(deck).split('\n')[0]).toBe('What does a three-tier layout look like?\t[Web, app and database tiers, each in its own subnet]');
  });

  it('gives a picture that could not be printed its note in plain text, without the soft hyphens of print', () => {
    const missing = parseDeck('# D\n\n## S\n\n### What does the rack look like?\n\n![Front panel](no-such-file.png)\n', {
      file: 'd.md',
      slug: 'd',
      baseDir: '/nonexistent',
    });
    const row = cardsCsv(missing).split('\r\n')[1];
    expect(row).toContain('Picture not printed');
    expect(row).not.toContain('\u00ad');
    expect(quizletText(missing)).not.toContain('\u00ad');
  });
});
