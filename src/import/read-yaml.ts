import type { Origin } from './bank-lines.js';
import type { Diagnostic } from '../model/deck.js';
import { readYamlRecords } from '../content/yaml-records.js';
import { recordsToDeck } from './records-deck.js';

/** A bank kept as YAML records (`- question: …⏎  answer: …`) → a deck in our format, each left-out record warned of at its line. */
export function yamlToDeck(source: string, file: string): { markdown: string; origins: Origin[]; diagnostics: Diagnostic[] } {
  const records = readYamlRecords(source, file, 1, 'the YAML bank');
  const deck = recordsToDeck(records.data, file, 'YAML', records.lineOf);
  return { ...deck, diagnostics: [...records.warnings, ...deck.diagnostics] };
}
