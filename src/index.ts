// The package's entry point: `import { build, check, parseDeck, loadConfig } from 'studyguide'`.
// Everything here is also what the CLI (cli.ts) stands on; see README "Use from code".
export { build, check, parseDeck, loadConfig } from './api.js';
export type { BuildOptions, BuildResult, BuiltFile, CheckOptions, ConfigChoice } from './api.js';
export type { BuildEvent } from './model/build-options.js';
export type { CheckResult } from './check/check-deck.js';
export type { Finding } from './check/finding.js';
export type { LoadedConfig } from './config/config.js';
export type { Deck, Diagnostic, Level, Question, Section } from './model/deck.js';
export { StudyguideError, type ErrorKind } from './errors.js';
