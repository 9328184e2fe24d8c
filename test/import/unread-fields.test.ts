import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { checkDeckSource } from '../../src/check/check-deck-source.js';
import { tempDirSync } from '../temp-dir.js';

const work = tempDirSync('sg-import-fields-');

describe('import of records with fields it does not read', () => {
  it('warns once, naming the fields and the line of the first, and carries a second answer field over under its name', async () => {
    const bank = path.join(work, 'fields.json');
    const records = [
      { question: 'What is a socket?', answer: 'An end of a connection.', explanation: 'A host and port pair names it.' },
      { question: 'What is a port?', answer: 'A number naming a service.', extra: 'Below 1024 needs root.', source: 'class notes' },
      { question: 'What is TCP?', answer: 'A reliable byte stream.', extra: 'Ordered.' },
    ];
    writeFileSync(bank, JSON.stringify(records, null, 2));
    const imported = await importBank(bank);
    expect(imported.diagnostics.map((d) => `${d.line} ${d.code}: ${d.message}`)).toEqual([
      '10 left-out: fields "extra", "source" are not read (first in record 2), so they are left out — rename them to answer, tips or notes to keep them',
    ]);
    expect(imported.markdown).toContain('**Explanation:**\n\nA host and port pair names it.');
    expect(imported.markdown).not.toContain('Below 1024');
  });

  it('names a YAML field at its record line, and says nothing of records whose fields are all read', async () => {
    const bank = path.join(work, 'fields.yaml');
    writeFileSync(bank, '- q: What is ls?\n  a: It lists files.\n  notes: Try ls -l.\n- q: What is cd?\n  a: It changes folder.\n  seeAlso: pwd\n');
    const imported = await importBank(bank);
    expect(imported.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      '4: field "seeAlso" is not read (first in record 2), so it is left out — rename it to answer, tips or notes to keep it',
    ]);
    expect(imported.markdown).toContain('**Notes:**\n\nTry ls -l.');
    const clean = path.join(work, 'clean.json');
    // An id, a number and dates are a record's bookkeeping, not left-out study material: no word.
    writeFileSync(
      clean,
      JSON.stringify([{ id: 7, question: 'A?', answer: 'B.', tags: ['x'], difficulty: 'easy', hint: 'C.', createdAt: '2024-01-01', order: 3 }]),
    );
    expect((await importBank(clean)).diagnostics).toEqual([]);
  });
});

describe('build of a deck holding question records in a ```yaml block', () => {
  it('warns of a field it does not read, at its record line', () => {
    const deck = '# Shell\n\n```yaml\n- q: What is ls?\n  a: It lists files.\n- q: What is cd?\n  a: It changes folder.\n  seeAlso: pwd\n```\n';
    const { findings } = checkDeckSource('d.md', Buffer.from(deck), {});
    expect(findings.filter((f) => f.code === 'left-out').map((f) => `${f.line}: ${f.message}`)).toEqual([
      '6: field "seeAlso" is not read (first in record 2), so it is left out — rename it to answer, tips or notes to keep it',
    ]);
  });
});
