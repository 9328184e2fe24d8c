import { LEVELS, type Level } from '../model/deck.js';
import { withCsp } from './csp.js';
import { COMBINED_SLUG } from '../content/combine-decks.js';
import { readAsset, type AssetDirs } from './assets.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { labelsFor } from '../model/labels.js';
import { formatSize } from '../model/format-size.js';

/** One file of a deck's output folder, as the index lists it. */
export interface IndexFile {
  /** File name inside out/<slug>/. */
  name: string;
  bytes: number;
}

/** What the index shows of a deck. */
export interface DeckSummary {
  slug: string;
  title: string;
  subtitle?: string;
  total: number;
  counts: Record<Level, number>;
}

/** What the index shows of each kind of output: its name, then each format. */
const KINDS: Record<string, string> = {
  guide: 'Study guide',
  'guide-booklet': 'Booklet',
  cards: 'Cheat cards',
  cheatsheet: 'Cheat sheet',
  quiz: 'Quiz',
  'duplex-test': 'Duplex test page',
  alignment: 'Alignment sheet',
  anki: 'Anki import',
  quizlet: 'Quizlet import',
  'cards.csv': 'Cards as CSV',
};
const ORDER = Object.keys(KINDS);
const FORMATS: Record<string, string> = { html: 'HTML', pdf: 'PDF', txt: 'TXT', csv: 'CSV' };

/** out/index.html: every deck with its counts per level and links to its outputs, with sizes. */
export function renderIndex(entries: { deck: DeckSummary; files: IndexFile[] }[], dirs: AssetDirs, title = 'Study decks'): string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'index.hbs');
  const labels = labelsFor('en');
  const decks = entries.filter((e) => e.deck.slug !== COMBINED_SLUG);
  return withCsp(
    template({
      title,
      deckCount: decks.length,
      combined: decks.length < entries.length,
      labels,
      css: ['base.css', 'index.css'].map((n) => readAsset(dirs.styles, n)).join('\n'),
      decks: entries.map(({ deck, files }) => ({
        deck,
        total: deck.total,
        levelCounts: LEVELS.map((level) => ({ level, count: deck.counts[level] ?? 0 })),
        outputs: groupOutputs(deck.slug, files),
      })),
    }),
  );
}

/** Files grouped by kind (guide.html + guide.pdf → "Study guide: HTML · PDF"), known kinds first. */
function groupOutputs(slug: string, files: IndexFile[]) {
  const groups = new Map<string, { label: string; links: { format: string; href: string; size: string }[] }>();
  for (const file of files) {
    const ext = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1) : '';
    const base = file.name.slice(0, file.name.length - ext.length - (ext ? 1 : 0));
    const kind = KINDS[file.name] ? file.name : base;
    const group = groups.get(kind) ?? { label: KINDS[kind] ?? base, links: [] };
    // Relative links: the page works opened from disk and served at / by `studyguide watch`.
    group.links.push({
      format: FORMATS[ext] ?? (ext.toUpperCase() || file.name),
      href: `${encodeURIComponent(slug)}/${encodeURIComponent(file.name)}`,
      size: formatSize(file.bytes),
    });
    groups.set(kind, group);
  }
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([, g]) => g);
}
