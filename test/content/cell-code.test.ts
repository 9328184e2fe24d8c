import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const answer = (table: string) =>
  parseDeck(['# Db', '', '## Wal', '', '### Which settings matter?', '', '> A few.', '', table, ''].join('\n'), { file: 'db.md', slug: 'db' }).sections[0].questions[0]
    .answerHtml;

describe('code in a table cell', () => {
  it('may break after its separators only, when its pieces are short', () => {
    const html = answer('| Parameter | Meaning |\n| --- | --- |\n| `archive_command` | what archives a segment |\n| `pg_stat_activity` | sessions |');
    expect(html).toContain('<code class="unbroken in-pieces">archive_<wbr>command</code>');
    expect(html).toContain('pg_<wbr>stat_<wbr>activity');
  });

  it('keeps breaking anywhere when a piece is too long to set its column by', () => {
    const html = answer('| Key | Value |\n| --- | --- |\n| `abcdefghijklmnopqrstuvwxyz_x` | long |');
    expect(html).not.toContain('in-pieces');
    expect(html).not.toContain('<wbr>');
  });

  it('leaves code outside tables alone', () => {
    const html = answer('Set `archive_command` first.');
    expect(html).not.toContain('<wbr>');
  });
});

describe('code in a table cell that starts with a separator', () => {
  it('does not break after it: `--host` stays whole', () => {
    const html = parseDeck(['# Db', '', '## Wal', '', '### Flags?', '', '> A few.', '', '| Flag | Use |\n| --- | --- |\n| `--host` | the phone |', ''].join('\n'), {
      file: 'db.md',
      slug: 'db',
    }).sections[0].questions[0].answerHtml;
    expect(html).not.toContain('<wbr>');
  });
});
