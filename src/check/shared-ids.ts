import type { Question } from '../model/deck.js';
import type { Finding } from './finding.js';

/** Where each note id (guid) was first met across the decks one `check` reads. */
export type NoteIdIndex = Map<string, { file: string; line: number }>;

/**
 * A question `Id:` used in two decks gives both notes one guid: imported into one Anki
 * collection, the second deck's note would overwrite the first. Each deck already refuses a
 * repeated Id of its own; this finds the ones shared between decks. `where` says where the two
 * notes meet (`--combine` writes them into one deck).
 */
export function findSharedIds(file: string, questions: Question[], seen: NoteIdIndex, where = 'in Anki both would be one note'): Finding[] {
  const findings: Finding[] = [];
  for (const q of questions) {
    const first = seen.get(q.guid);
    if (!first) seen.set(q.guid, { file, line: q.line });
    else if (first.file !== file) {
      findings.push({
        file,
        line: q.line,
        level: 'warning',
        code: 'shared-id',
        message: `Id "${q.guid}" is also used in ${first.file}:${first.line}; ${where} — give one of them another Id`,
      });
    }
  }
  return findings;
}
