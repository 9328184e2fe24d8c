// Every code a deck's diagnostics carry, in one place. FINDING_CODES are what `check` reports
// (and build reports too): each has a fixture folder test/fixtures/check/<code>/ (a deck that
// yields it, and the line it is expected at) and a row in the README's check table. BUILD_CODES
// only arise while printing or writing, so only `build` reports them. Rules live in check/,
// content/ and print/; the codes are vocabulary, so they live on the ground floor.

/** How a finding counts: an error fails the deck (in build too), a warning is printed and the build goes on. */
type Level = 'error' | 'warning';

/** The codes, each with its level and where it comes from. */
export const FINDING_CODES = {
  'invalid-deck': { level: 'error', from: 'anything the build stops on (check-deck.ts)' },
  'not-a-deck': { level: 'warning', from: 'content/index-file.ts' },
  'unknown-level': { level: 'error', from: 'meta-lines.ts' },
  'bad-meta-line': { level: 'error', from: 'meta-lines.ts' },
  'empty-tag': { level: 'warning', from: 'meta-lines.ts, front-matter-keys.ts' },
  'unknown-front-matter': { level: 'warning', from: 'front-matter-keys.ts, content/front-matter.ts, content/front-matter-layout.ts' },
  'unknown-lang': { level: 'warning', from: 'front-matter-keys.ts' },
  'lang-untold': { level: 'warning', from: 'content/parse-deck.ts (content/short-language.ts)' },
  'empty-link': { level: 'warning', from: 'links.ts' },
  'missing-file': { level: 'warning', from: 'links.ts' },
  'missing-anchor': { level: 'warning', from: 'links.ts' },
  'link-left-out': { level: 'warning', from: 'links.ts' },
  'undefined-reference': { level: 'warning', from: 'undefined-references.ts' },
  'duplicate-question': { level: 'warning', from: 'duplicates.ts' },
  'near-duplicate': { level: 'warning', from: 'duplicates.ts' },
  'shared-id': { level: 'warning', from: 'shared-ids.ts' },
  'card-too-long': { level: 'warning', from: 'card-length.ts' },
  'no-card-answer': { level: 'warning', from: 'content/parse-deck.ts' },
  'unanswered-question': { level: 'warning', from: 'content/parse-deck.ts (content/own-marks.ts)' },
  'card-cut': { level: 'warning', from: 'content/card-cut.ts' },
  'empty-section': { level: 'warning', from: 'content/parse-deck.ts' },
  'asking-intro': { level: 'warning', from: 'content/parse-deck.ts (content/asking-intro.ts)' },
  'image-blocked': { level: 'warning', from: 'content/inline-images.ts' },
  'picture-font': { level: 'warning', from: 'content/svg-pictures.ts' },
  'bad-math': { level: 'warning', from: 'content/math.ts' },
  'html-left-out': { level: 'warning', from: 'content/layouts/convert-html.ts' },
  'left-out': { level: 'warning', from: 'content/layouts/assemble.ts, content/layouts/chat-lines.ts, content/overfull-rows.ts, meta-lines.ts' },
  'empty-heading': { level: 'warning', from: 'content/layouts/assemble.ts, content/parse-deck.ts' },
  'math-warning': { level: 'warning', from: 'content/math.ts' },
  'math-too-large': { level: 'error', from: 'content/math.ts' },
  'diagram-too-large': { level: 'error', from: 'content/diagram-blocks.ts' },
  'word-too-long': { level: 'error', from: 'content/long-words.ts' },
  'unclosed-details': { level: 'warning', from: 'content/layouts/details.ts' },
  'unclosed-block': { level: 'warning', from: 'unclosed-blocks.ts' },
  'unpaired-answer': { level: 'warning', from: 'content/pair-answers.ts' },
  'bidi-override': { level: 'warning', from: 'content/bidi-overrides.ts' },
} as const satisfies Record<string, { level: Level; from: string }>;

/** Codes only a build reports: they need the printed page, the options of a build or its out/. */
export const BUILD_CODES = {
  'unknown-id': { level: 'warning', from: 'content/id-selection.ts (--only-ids)' },
  'no-listed-question': { level: 'warning', from: 'build.ts (--only-ids)' },
  'no-font': { level: 'warning', from: 'render/font-coverage.ts' },
  'system-font': { level: 'warning', from: 'render/system-face-hint.ts' },
  'unknown-font': { level: 'warning', from: 'render/font-families.ts' },
  'bad-diagram': { level: 'warning', from: 'render/deck-graphics.ts' },
  'diagram-warning': { level: 'warning', from: 'print/draw-diagrams.ts (mermaid, while drawing)' },
  'card-stock': { level: 'warning', from: 'outputs/cards-output.ts' },
  'card-overflow': { level: 'warning', from: 'outputs/cards-output.ts' },
  'card-smaller': { level: 'warning', from: 'outputs/cards-output.ts' },
  'contents-unsettled': { level: 'warning', from: 'outputs/guide-output.ts' },
  'wide-table': { level: 'warning', from: 'outputs/guide-output.ts (print/fit-wide-tables.ts)' },
  'blocked-request': { level: 'warning', from: 'print/blocked-requests.ts' },
  'browser-message': { level: 'warning', from: 'print/page-notes.ts' },
  'image-undrawn': { level: 'warning', from: 'print/page-notes.ts (print/print-pdf.ts finds 0×0 images)' },
  'output-locked': { level: 'warning', from: 'build-memo.ts' },
  'out-among-decks': { level: 'warning', from: 'out-among-decks.ts (build-memo.ts)' },
  'no-answers': { level: 'warning', from: 'outputs/no-answers.ts' },
  'output-left-out': { level: 'warning', from: 'outputs/unmade-outputs.ts' },
  'theme-import': { level: 'warning', from: 'render/theme-imports.ts' },
  'theme-unread': { level: 'warning', from: 'render/unread-templates.ts' },
  'same-title': { level: 'warning', from: 'build.ts (--combine)' },
  'no-answer-column': { level: 'warning', from: 'import/read-table.ts (import of a CSV or TSV bank)' },
} as const satisfies Record<string, { level: Level; from: string }>;

export type FindingCode = keyof typeof FINDING_CODES;
export type DiagnosticCode = FindingCode | keyof typeof BUILD_CODES;
