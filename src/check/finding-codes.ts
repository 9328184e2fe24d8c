// Every code `check` reports, in one list: each has a fixture folder test/fixtures/check/<code>/
// (a deck that yields it, and the line it is expected at) and a row in the README's check table.
// Rules live in several modules (here and in content/, whose parser warnings check reports too).

/** How a finding counts: an error fails the deck (in build too), a warning is printed and the build goes on. */
type Level = 'error' | 'warning';

/** The codes, each with its level and where it comes from. */
export const FINDING_CODES = {
  'invalid-deck': { level: 'error', from: 'anything the build stops on (check-deck.ts)' },
  'unknown-level': { level: 'error', from: 'meta-lines.ts' },
  'bad-meta-line': { level: 'error', from: 'meta-lines.ts' },
  'empty-tag': { level: 'warning', from: 'meta-lines.ts, front-matter-keys.ts' },
  'unknown-front-matter': { level: 'warning', from: 'front-matter-keys.ts' },
  'unknown-lang': { level: 'warning', from: 'front-matter-keys.ts' },
  'empty-link': { level: 'warning', from: 'links.ts' },
  'missing-file': { level: 'warning', from: 'links.ts' },
  'missing-anchor': { level: 'warning', from: 'links.ts' },
  'duplicate-question': { level: 'warning', from: 'duplicates.ts' },
  'near-duplicate': { level: 'warning', from: 'duplicates.ts' },
  'shared-id': { level: 'warning', from: 'shared-ids.ts' },
  'card-too-long': { level: 'warning', from: 'card-length.ts' },
  'no-card-answer': { level: 'warning', from: 'content/parse-deck.ts' },
  'empty-section': { level: 'warning', from: 'content/parse-deck.ts' },
  'image-blocked': { level: 'warning', from: 'content/inline-images.ts' },
  'bad-math': { level: 'warning', from: 'content/math.ts' },
  'html-left-out': { level: 'warning', from: 'content/layouts/convert-html.ts' },
  'left-out': { level: 'warning', from: 'content/layouts/assemble.ts' },
  'empty-heading': { level: 'warning', from: 'content/layouts/assemble.ts' },
  'unclosed-details': { level: 'warning', from: 'content/layouts/details.ts' },
} as const satisfies Record<string, { level: Level; from: string }>;

export type FindingCode = keyof typeof FINDING_CODES;
