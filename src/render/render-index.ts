import { LEVELS, type Level } from '../model/deck.js';
import { withCsp } from './csp.js';
import { COMBINED_SLUG } from '../content/combine-decks.js';
import { readAsset, type AssetDirs } from './assets.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { countAllLabel, directionOf, fillLabel, labelsFor, type Labels } from '../model/labels.js';
import { fontCss, setsKanaOrHan } from './fonts.js';
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
  /** The deck's language (absent in summaries saved before it was kept). */
  lang?: string;
}

/** What the index shows of each kind of output, in the index's language: its name, then each format. */
const KINDS: Record<string, (l: Labels) => string> = {
  guide: (l) => l.studyGuide,
  'guide-booklet': (l) => l.booklet,
  cards: (l) => l.cheatCards,
  cheatsheet: (l) => l.cheatSheet,
  quiz: (l) => l.quiz,
  'duplex-test': (l) => l.duplexTest,
  alignment: (l) => l.alignmentSheet,
  anki: (l) => l.ankiImport,
  quizlet: (l) => l.quizletImport,
  'cards.csv': (l) => l.cardsCsv,
};
const ORDER = Object.keys(KINDS);
const FORMATS: Record<string, string> = { html: 'HTML', pdf: 'PDF', txt: 'TXT', csv: 'CSV' };

/**
 * out/index.html: every deck with its counts per level and links to its outputs, with sizes. Its
 * words are the decks' language when they all share one (English otherwise), in the bundled faces.
 */
export function renderIndex(entries: { deck: DeckSummary; files: IndexFile[] }[], dirs: AssetDirs, title?: string): string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'index.hbs');
  const langs = new Set(entries.filter((e) => e.deck.slug !== COMBINED_SLUG).map((e) => e.deck.lang ?? 'en'));
  const lang = langs.size === 1 ? [...langs][0] : 'en';
  const labels = labelsFor(lang);
  const decks = entries.filter((e) => e.deck.slug !== COMBINED_SLUG);
  const count = decks.length === 1 ? labels.deckCountOne : fillLabel(labels.deckCount, { count: decks.length });
  return withCsp(
    template({
      title: title ?? labels.siteTitle,
      lang,
      dir: directionOf(lang),
      counts: decks.length < entries.length ? `${count}, ${labels.allInOne}` : count,
      labels,
      css: [
        fontCss({}, undefined, setsKanaOrHan(JSON.stringify({ title, labels, entries }))),
        ...['base.css', 'index.css'].map((n) => readAsset(dirs.styles, n)),
      ].join('\n'),
      decks: entries.map(({ deck, files }) => ({
        // Two decks of one title (two years' banks, each titled "Networking") listed alike: their folder names part them.
        deck: entries.filter((e) => e.deck.title === deck.title).length > 1 ? { ...deck, title: `${deck.title} (${deck.slug})` } : deck,
        total: countAllLabel(labels, deck.total),
        levelCounts: LEVELS.map((level) => ({ level, count: deck.counts[level] ?? 0 })),
        outputs: groupOutputs(deck.slug, files, labels),
      })),
    }),
  );
}

/** Files grouped by kind (guide.html + guide.pdf → "Study guide: HTML · PDF"), known kinds first. */
function groupOutputs(slug: string, files: IndexFile[], labels: Labels) {
  const groups = new Map<string, { label: string; links: { format: string; href: string; size: string }[] }>();
  for (const file of files) {
    const ext = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1) : '';
    const base = file.name.slice(0, file.name.length - ext.length - (ext ? 1 : 0));
    const kind = KINDS[file.name] ? file.name : base;
    const group = groups.get(kind) ?? { label: KINDS[kind]?.(labels) ?? base, links: [] };
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
