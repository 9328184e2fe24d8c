import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfPages, squash } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * The quiz's answer key printed each question's card answer, and a card made from a full answer
 * is cut to about 280 characters to fit a card: a reader checking a written answer against the key
 * lost the rest of it (the steps after the first, the table, the closing advice). The key prints
 * the deck's card answer whole, or where the deck gave none, the full answer whole.
 */
const LONG_CARD = [
  'Keep the state in a shared backend with locking, so two runs never write it at once;',
  'version the bucket so a bad write can be rolled back; split the state per stack so one',
  'mistake cannot touch everything; restrict who may read it, because it holds secrets in',
  'plain text; and run every apply from the pipeline, never from a laptop, tamarind.',
].join(' ');
const DECK = [
  '# Key Check',
  '',
  '## Storage',
  '',
  '### How do you keep shared state safe?',
  '',
  `> ${LONG_CARD}`,
  '',
  'The backend matters more than the tool.',
  '',
  '### Compare two ways to copy data between sites',
  '',
  'Synchronous copying waits for the far site before the write returns, so no acknowledged write is lost when a site fails, but every write pays the round trip between the sites. Asynchronous copying returns at once and ships changes afterwards, so writes stay fast, but the last seconds of changes may be lost in a failover.',
  '',
  '| Way | Loss on failover | Write latency |',
  '|---|---|---|',
  '| synchronous | none | one round trip more |',
  '| asynchronous | seconds of changes | local only |',
  '',
  'Choose by what the business can lose, then check the distance: beyond a few hundred kilometres the round trip makes synchronous copying too slow, kumquat.',
  '',
].join('\n');

describe('the quiz answer key', () => {
  let key = '';
  beforeAll(async () => {
    const pages = pdfPages(path.join(await buildDeckText('key-check', DECK, ['quiz']), 'quiz.pdf'));
    const at = pages.findIndex((p) => /Answer key/.test(p));
    expect(at).toBeGreaterThan(0);
    key = squash(pages.slice(at).join(' '));
  }, 120_000);

  it("prints the deck's card answer whole, however long", () => {
    expect(LONG_CARD.length).toBeGreaterThan(280);
    expect(key).toContain(squash(LONG_CARD));
  });

  it('prints the full answer, its table and its last words, where the deck gives no card answer', () => {
    expect(key).toContain('kumquat');
    expect(key).toContain(squash('seconds of changes'));
    // Its table's words whole in the key's narrow column.
    expect(key).toContain('synchronous none');
    expect(key).not.toContain('…');
  });
});
