import path from 'node:path';
import { contentError } from '../errors.js';
import type { Labels } from '../model/labels.js';
import { allQuestions, type Deck, type Level, type Question, type Section } from '../model/deck.js';

/** Which questions to keep; an absent or empty list keeps everything. */
export interface DeckFilter {
  level?: Level[];
  /** Keep questions carrying any of these tags (case and a leading # ignored). */
  tag?: string[];
  /** Section titles: exact (case ignored), else the start of a title (`Scenario` → "Scenario-based"). */
  section?: string[];
  /** Keep the questions an `--only-ids` file lists (content/id-list.ts). */
  listed?: { file: string; ids: ReadonlySet<string> };
}

const normTag = (t: string) => t.trim().replace(/^#/, '').toLowerCase();
/** A title as typed on a command line: typographic quotes, dashes and spaces read as the plain ones. */
const plainTitle = (t: string) =>
  t
    .trim()
    .toLowerCase()
    .replace(/[‘’‚‹›『』]/g, "'")
    .replace(/[“”„«»「」]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[\u00a0\u202f]/g, ' ');

/** True when the filter asks for anything. */
export function isFiltered(f: DeckFilter): boolean {
  return !!(f.level?.length || f.tag?.length || f.section?.length || f.listed);
}

/** The deck with only the questions the filter keeps, renumbered; empty sections dropped. */
export function filterDeck(deck: Deck, f: DeckFilter): Deck {
  if (!isFiltered(f)) return deck;
  const sections = f.section?.length ? pickSections(deck, f.section) : deck.sections;
  const tags = f.tag?.map(normTag);
  const keep = (q: Question) =>
    (!f.level?.length || f.level.includes(q.level)) && (!tags?.length || q.tags.some((t) => tags.includes(normTag(t)))) && (!f.listed || listsQuestion(f.listed.ids, q));
  const kept = sections.map((s) => ({ ...s, questions: s.questions.filter(keep) })).filter((s) => s.questions.length > 0);
  if (kept.length === 0) {
    throw contentError(deck.file, undefined, `no question matches ${describeFilter(f)}`, 'loosen --level/--tag/--section/--only-ids (or the filters in the config file or front matter)');
  }
  return renumber({ ...deck, sections: kept });
}

/** The sections named by the filter, in deck order; a name that matches none is an error listing them. */
function pickSections(deck: Deck, names: string[]): Section[] {
  const picked = new Set<Section>();
  for (const name of names) {
    const want = plainTitle(name);
    const exact = deck.sections.filter((s) => plainTitle(s.title) === want || s.id === name.trim().toLowerCase());
    const match = exact.length ? exact : deck.sections.filter((s) => plainTitle(s.title).startsWith(want));
    if (match.length === 0) {
      throw contentError(deck.file, undefined, `no section "${name}"`, `use one of: ${deck.sections.map((s) => `"${s.title}"`).join(', ')}`);
    }
    match.forEach((s) => picked.add(s));
  }
  return deck.sections.filter((s) => picked.has(s));
}

/** Numbers the questions Q1…Qn in their new order. */
export function renumber(deck: Deck): Deck {
  let n = 0;
  return { ...deck, sections: deck.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, number: ++n })) })) };
}

/** The filter in plain words for messages: `level easy, medium · tag dns`. */
export function describeFilter(f: DeckFilter, labels?: Labels): string {
  const parts: string[] = [];
  const word = (k: 'level' | 'tag' | 'section') => labels?.[k] ?? k;
  if (f.level?.length) parts.push(`${word('level')} ${f.level.map((l) => labels?.levels[l] ?? l).join(', ')}`);
  if (f.tag?.length) parts.push(`${word('tag')} ${f.tag.map((t) => `#${normTag(t)}`).join(', ')}`);
  if (f.section?.length) parts.push(`${word('section')} ${f.section.map((s) => `"${s}"`).join(', ')}`);
  if (f.listed) parts.push(path.basename(f.listed.file));
  return parts.join(' · ');
}

/** How many questions a subset kept, for the note: `12/40`. */
export function keptCount(original: Deck, subset: Deck): string {
  return `${allQuestions(subset).length}/${allQuestions(original).length}`;
}

/**
 * True when a listed id names this question: its guid, its `Id:` or its anchor (with or without `q-`).
 * Here, not in id-list.ts, so filtering a deck does not load the id list's CSV reader.
 */
export function listsQuestion(ids: ReadonlySet<string>, q: Question): boolean {
  return ids.has(q.guid) || (q.explicitId !== undefined && ids.has(q.explicitId)) || ids.has(q.id) || ids.has(q.id.replace(/^q-/, ''));
}
