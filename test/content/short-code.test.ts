import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

const card = (text: string) => allQuestions(parseDeck(`# T\n## S\n### Q?\n> ${text}\n`, { file: 'c.md', slug: 'c' }))[0].cardHtml;

describe('code in a line of text', () => {
  it('is never broken when short: a hyphen or space in it is not a place to end a line', () => {
    expect(card('Use `border-box` or `IS NULL`.')).toContain('<code class="unbroken">border-box</code> or <code class="unbroken">IS NULL</code>');
  });

  it('may break when long, between its words only: a word with a hyphen or slash stays whole, a short last token with the one before it', () => {
    const html = card('Write `@media (min-width: 40em) { … }` first.');
    expect(html).toContain('<code>@media <span class="unbroken">(min-width:</span> 40em) { <span class="unbroken">… }</span></code>');
    expect(card('Run `kubectl rollout undo deployment/web --to-revision=2` now.')).toContain(
      '<code>kubectl rollout undo <span class="unbroken">deployment/web</span> <span class="unbroken">--to-revision=2</span></code>',
    );
    // Longer than a short code span: it may still break anywhere rather than run out of the line.
    expect(card('Read `tail -F /var/log/app/production-eu-west-1.log | grep x` now.')).toContain('/var/log/app/production-eu-west-1.log |');
  });

  it('breaks a word longer than a card line after its separators, never inside a name', () => {
    const name = 'reconcile_pending_ledger_entries_with_the_settlement_batches';
    expect(card(`Runs \`${name}\` nightly.`)).toContain(
      '<code>reconcile_<wbr>pending_<wbr>ledger_<wbr>entries_<wbr>with_<wbr>the_<wbr>settlement_<wbr>batches</code>',
    );
    expect(card(`Call \`/usr/bin/${name} --since=1\` now.`)).toContain('<code>/usr/bin/reconcile_<wbr>pending_<wbr>');
    // Up to a card line's length it moves whole to the next line, as before.
    expect(card('Set `pod-security.kubernetes.io/enforce: restricted` on it.')).toContain('<code>pod-security.kubernetes.io/enforce: restricted</code>');
  });

  it('leaves code blocks alone', () => {
    const deck = parseDeck('# T\n## S\n### Q?\n> A.\n\n```sh\nls -la\n```\n', { file: 'c.md', slug: 'c' });
    expect(allQuestions(deck)[0].answerHtml).not.toContain('unbroken');
  });
});
