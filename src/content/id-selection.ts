import { readIdList, unknownIds, type IdList } from './id-list.js';
import { listsQuestion, type DeckFilter } from './filter-deck.js';
import { readDeckBytes } from './read-deck.js';
import { ParseThread } from '../parse-thread/parse-off-thread.js';
import { allQuestions, type Deck, type Diagnostic, type Question } from '../model/deck.js';

/** Warnings about unknown ids shown one by one; the rest are counted in one more line. */
const SHOWN_UNKNOWN = 10;

/**
 * `--only-ids` across one build: the list, which decks hold a listed question, and at the end the
 * listed ids that no deck holds (a typo, or a note from another deck), reported at their lines.
 */
export class IdSelection {
  private readonly questions = new Map<string, Question[]>();

  private constructor(
    readonly list: IdList,
    readonly filter: NonNullable<DeckFilter['listed']>,
  ) {}

  /** Reads the `--only-ids` file. */
  static async open(file: string): Promise<IdSelection> {
    const list = await readIdList(file);
    return new IdSelection(list, { file, ids: new Set(list.entries.map((e) => e.id)) });
  }

  /** Remembers a parsed deck's questions; true when it holds at least one listed question. */
  holdsListed(deck: Deck): boolean {
    const questions = allQuestions(deck);
    this.questions.set(deck.file, questions);
    return questions.some((q) => listsQuestion(this.filter.ids, q));
  }

  /**
   * Warnings for listed ids that name no question of these deck files. Decks not parsed yet (from
   * the cache, or failed) are read now, under the parser's limits: one that failed for taking too
   * long must not hold the build up again.
   */
  async unknownWarnings(files: string[]): Promise<Diagnostic[]> {
    const all: Question[] = [];
    const parser = new ParseThread();
    const parse = (file: string) =>
      readDeckBytes(file)
        .then((bytes) => parser.parse(file, bytes))
        .then((parsed) => parsed.deck, () => emptyDeck);
    try {
      for (const file of files) all.push(...(this.questions.get(file) ?? allQuestions(await parse(file))));
    } finally {
      await parser.close();
    }
    const unknown = unknownIds(this.list, all);
    const warn = (line: number, message: string): Diagnostic => ({ file: this.list.file, line, severity: 'warning', code: 'unknown-id', message });
    const shown = unknown.slice(0, SHOWN_UNKNOWN).map((e) => warn(e.line, `no question has the id "${e.id}" — check the spelling, or build the deck it belongs to`));
    if (unknown.length > SHOWN_UNKNOWN) shown.push(warn(unknown[SHOWN_UNKNOWN].line, `${unknown.length - SHOWN_UNKNOWN} more ids match no question`));
    return shown;
  }
}

const emptyDeck = { sections: [] } as unknown as Deck;
