import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseInPlace } from '../parse-in-place.js';
import { cases, layoutFixtureTests, root } from './layout-fixture-cases.js';

// `check` parses the imported decks in place, in this process.
parseInPlace();

describe('foreign layout fixtures', () => {
  it('covers every foreign layout', () => {
    const layouts = new Set(cases.map((c) => JSON.parse(readFileSync(path.join(root, c, 'expected.json'), 'utf8')).reading.layout));
    // Some fixtures are banks in our own format that a foreign layout must not take (section headings over real questions).
    expect([...layouts].filter((l) => l !== 'studyguide').sort()).toEqual(['details', 'flashcards', 'list-headings', 'list-questions', 'numbered-headings', 'qa', 'question-lines', 'table-headings']);
  });
});

// Half the fixtures; the other half: layout-fixtures-2.test.ts.
layoutFixtureTests(0, 2);
