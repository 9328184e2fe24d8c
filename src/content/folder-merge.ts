import path from 'node:path';
import { allQuestions, type Deck, type Question, type Section } from '../model/deck.js';
import { slugFromFile } from './deck-files.js';
import { shortAnchor } from './short-anchor.js';
import { typographicText } from './typographic.js';
import { titleFromName } from './text.js';
import type { OutlinePart } from './folder-outline.js';
import { foldPluginSettings } from './plugin-settings.js';

// The files of a folder of one-question files (folder-deck.ts) merged into one deck. Loaded only
// when a build meets such a folder: the typesetting it needs stays off every build's start-up.

/** Sections by tag only when the tags sort the questions into a few groups. */
const MAX_TAG_SECTIONS = 20;

/** Folder names that say nothing of the subject: the folder above names the deck instead. */
const GENERIC_FOLDER = /^(?:questions?|content|decks?|docs?|src|cards?|markdown|md|pages|entries|items|data)$/i;

/** Names tags are written in lower case that a title spells in capitals. */
const ACRONYMS = new Set(['api', 'aws', 'cd', 'ci', 'css', 'dns', 'gcp', 'html', 'http', 'js', 'json', 'oop', 'php', 'rest', 'sql', 'ts', 'ui', 'ux', 'xml']);

/** `30-seconds-of-interviews` → "30 seconds of interviews"; `css` → "CSS". */
const titleOf = (name: string): string => titleFromName(name, (w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w));

/** The deck's title: the folder's name, or the one above it when the folder's says nothing ("questions"). */
export function folderTitle(folder: string): string {
  const absolute = path.resolve(folder);
  const name = path.basename(absolute);
  const above = path.basename(path.dirname(absolute));
  return titleOf(GENERIC_FOLDER.test(name) && above ? above : name);
}

/**
 * The questions of a folder's files as one deck, in file-name order: one section per first tag
 * when every question has tags that form a few groups (sections in alphabetical order), else one
 * section. Each question keeps its file and line for messages, and its note id (Anki's guid) as
 * its own file gave it, so a learner's history survives the move into the folder's deck. An
 * introduction (the folder's Introduction.md, its table of contents aside) prints before them.
 */
export function folderDeck(folder: string, decks: Deck[], outline?: OutlinePart[], introduction?: { title: string; html: string }): Deck {
  const langs = decks.map((d) => d.lang);
  const lang = [...new Set(langs)].sort((a, b) => langs.filter((l) => l === b).length - langs.filter((l) => l === a).length)[0] ?? 'en';
  const title = typographicText(folderTitle(folder), lang);
  const taken = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = shortAnchor(`${id}-${n}`);
    taken.add(candidate);
    return candidate;
  };
  const questions: Question[] = decks.flatMap((deck) => allQuestions(deck).map((q) => ({ ...q, file: deck.file })));
  const groups = (outline && outlineGroups(outline, questions, title)) ?? groupByTag(questions) ?? [{ title, questions }];
  let number = 0;
  const sections: Section[] = groups.map((g) => ({
    id: unique(shortAnchor(`s-${slugFromFile(g.title) || 'questions'}`)),
    title: g.title,
    introHtml: '',
    line: 1,
    questions: g.questions.map((q) => ({ ...q, id: unique(q.id), number: ++number })),
  }));
  const readings = decks.flatMap((d) => (d.reading ? [d.reading] : []));
  const sum = (key: 'questions' | 'open' | 'navigation' | 'leftOut') => readings.reduce((n, r) => n + r[key], 0);
  return {
    slug: slugFromFile(folder),
    file: folder,
    title,
    subtitle: `${number} question${number === 1 ? '' : 's'} from the files of ${path.basename(path.resolve(folder))}/`,
    lang,
    tags: [...new Set(questions.flatMap((q) => q.tags))],
    introHtml: introduction?.html ?? '',
    ...(introduction ? { introTitle: introduction.title } : {}),
    sections,
    frontMatter: {},
    diagnostics: foldPluginSettings(decks.flatMap((d) => d.diagnostics)),
    ...(readings.length
      ? { reading: { ...readings[0], questions: sum('questions'), open: sum('open'), navigation: sum('navigation'), navigationLines: [], leftOut: sum('leftOut') } }
      : {}),
  };
}

/** Sections by each question's first tag, or undefined when some question has none or the tags scatter. */
function groupByTag(questions: Question[]): { title: string; questions: Question[] }[] | undefined {
  if (questions.some((q) => q.tags.length === 0)) return undefined;
  const byTag = new Map<string, Question[]>();
  for (const q of questions) byTag.set(q.tags[0], [...(byTag.get(q.tags[0]) ?? []), q]);
  if (byTag.size < 2 || byTag.size > MAX_TAG_SECTIONS) return undefined;
  return [...byTag]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, qs]) => ({ title: titleOf(tag), questions: qs }));
}

/**
 * Sections as the folder's index orders them (folder-outline.ts): a part per heading, its
 * questions in the order linked; files the index does not link come last, under the folder's title.
 */
function outlineGroups(outline: OutlinePart[], questions: Question[], title: string): { title: string; questions: Question[] }[] {
  const byFile = new Map(questions.map((q) => [path.resolve(q.file ?? ''), q]));
  const linked = new Set<Question>();
  const groups = outline.map((part) => {
    const listed = part.files.flatMap((f) => byFile.get(path.resolve(f)) ?? []);
    for (const q of listed) linked.add(q);
    return { title: part.title ?? title, questions: listed };
  });
  const rest = questions.filter((q) => !linked.has(q));
  // Parts under one heading, or none: one section, as the folder's own.
  const merged: { title: string; questions: Question[] }[] = [];
  for (const g of [...groups, { title, questions: rest }]) {
    const same = merged.find((m) => m.title === g.title);
    if (same) same.questions.push(...g.questions);
    else if (g.questions.length) merged.push(g);
  }
  return merged;
}
