import type { Deck } from '../model/deck.js';
import { readAsset } from '../render/assets.js';
import type { PageMap } from '../render/view.js';
import { sourceDate } from '../source-date.js';
import { ankiCollection, stableId, type AnkiNoteType } from './anki-collection.js';
import { MediaCollector } from './anki-media.js';
import { flashcardNotes, NOTE_FIELDS, NOTE_TYPE } from './flashcard-notes.js';
import type { OutputStep } from './output.js';
import { zipFiles } from './zip-files.js';

/** Bumped when the note type's fields change, so Anki keeps an old one apart instead of mixing them. */
const NOTE_TYPE_VERSION = 1;
/** The note type's id: the same in every build and every deck, so every import reuses it. */
export const NOTE_TYPE_ID = stableId(`${NOTE_TYPE} note type ${NOTE_TYPE_VERSION}`);

const FRONT = ['<div class="sg-head"><span class="sg-level">{{Level}}</span></div>', '<div class="sg-question">{{Question}}</div>'].join('\n');
const BACK = [
  '{{FrontSide}}',
  '<hr id="answer">',
  '<div class="sg-answer">{{Card answer}}</div>',
  '{{#Full answer}}<details class="sg-full"><summary>Full answer</summary>{{Full answer}}</details>{{/Full answer}}',
  '<div class="sg-source">{{Source}}</div>',
].join('\n');

/**
 * anki.apkg: an Anki package (a zip of an SQLite collection, a media map and the numbered media
 * files). Its notes carry the guids of anki.txt, its deck and note type ids are the same from
 * build to build, so importing it again updates the notes it made (with their review history)
 * instead of adding copies. Each section is a sub-deck; the deck's images travel as media files.
 */
export const apkgOutput: OutputStep = {
  name: 'apkg',
  async run({ deck, dirs }, guidePages) {
    const css = `${readAsset(dirs.styles, 'anki.css')}\n${readAsset(dirs.styles, 'code.css')}`;
    return [{ name: 'anki.apkg', data: await ankiPackage(deck, { guidePages, css }) }];
  },
};

/** The package bytes of a deck; `time` (ms) stamps notes and cards: SOURCE_DATE_EPOCH when set, else now. */
export async function ankiPackage(deck: Deck, opts: { guidePages?: PageMap; css: string; time?: number }): Promise<Uint8Array> {
  const time = opts.time ?? (sourceDate() ?? new Date()).getTime();
  const media = new MediaCollector();
  const notes = flashcardNotes(deck, opts.guidePages);
  // Parents first, so Anki meets `Deck` before `Deck::Section`.
  const deckNames = [...new Set(notes.flatMap((n) => [n.deck.split('::')[0], n.deck]))];
  const noteType: AnkiNoteType = {
    id: NOTE_TYPE_ID,
    name: NOTE_TYPE,
    fields: NOTE_FIELDS,
    templates: [{ name: 'Card', front: FRONT, back: BACK }],
    css: opts.css,
  };
  const collection = await ankiCollection({
    noteType,
    decks: deckNames.map((name) => ({ id: deckId(name), name })),
    notes: notes.map((n) => ({
      id: stableId(`note\n${n.guid}`),
      guid: n.guid,
      deckId: deckId(n.deck),
      fields: n.fields.map((f) => media.take(f)),
      tags: n.tags,
    })),
    time,
  });
  const files = media.list();
  const entries: Record<string, Uint8Array> = {
    'collection.anki2': collection,
    media: Buffer.from(JSON.stringify(Object.fromEntries(files.map((f, i) => [String(i), f.name])))),
  };
  files.forEach((f, i) => (entries[String(i)] = f.data));
  // A fixed date in the zip entries keeps the package byte-for-byte reproducible.
  return zipFiles(entries, new Date(Math.max(time, Date.UTC(1980, 0, 2))));
}

/** A deck's id from its full name: the same every build, so imports land in the same deck. */
const deckId = (name: string): number => stableId(`deck\n${name}`);
