import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { DECK_KEYS } from '../content/front-matter.js';
import { findKeyLine } from '../config/config.js';
import { deckOptionKeys } from '../model/option-schema.js';
import { suggest } from '../config/validate-options.js';
import { LABELS } from '../model/labels.js';
import type { Finding } from './finding.js';
import { isGeneratorKey } from '../content/site-generator-keys.js';

/** Unknown keys said one by one, with the key likely meant; more are said in one warning. */
const FEW_UNKNOWN = 2;

/** Front matter keys that are neither deck fields nor options a deck may set; tags left empty. */
export function checkFrontMatterKeys(file: string, tree: Root, text: string): Finding[] {
  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (!yaml || yaml.type !== 'yaml') return [];
  let data: unknown;
  try {
    data = parseYaml(yaml.value, { maxAliasCount: 100, logLevel: 'silent' });
  } catch {
    return []; // the parser reports malformed YAML with its line
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const known: string[] = [...DECK_KEYS, ...deckOptionKeys()];
  const findings: Finding[] = [];
  // A site generator's keys (`weight`, `permalink`) are the site's: known, and read by no one here.
  const unknown = Object.keys(data).filter((key) => !known.includes(key) && !isGeneratorKey(key));
  const lineOf = (key: string) => findKeyLine(text, key, true) ?? 1;
  // A key or two is likely a typo, said with the key meant; many are a notes app's own (`id`,
  // `aliases`, `topic`, …), said once.
  if (unknown.length > FEW_UNKNOWN) {
    const named = `${unknown
      .slice(0, 4)
      .map((k) => `"${k}"`)
      .join(', ')}${unknown.length > 4 ? ` and ${unknown.length - 4} more` : ''}`;
    findings.push({
      file,
      line: lineOf(unknown[0]),
      level: 'warning',
      code: 'unknown-front-matter',
      message: `${unknown.length} front matter keys studyguide does not read (${named}); left unread — known keys: ${known.join(', ')}`,
    });
  } else {
    for (const key of unknown) {
      findings.push({
        file,
        line: lineOf(key),
        level: 'warning',
        code: 'unknown-front-matter',
        message: `unknown front matter key "${key}" — ${suggest(key, known)}known keys: ${known.join(', ')}`,
      });
    }
  }
  for (const [key, value] of Object.entries(data)) {
    const line = lineOf(key);
    if (key === 'lang' && typeof value === 'string' && !hasLabels(value)) {
      findings.push({
        file,
        line,
        level: 'warning',
        code: 'unknown-lang',
        message: `no printed labels for lang "${value}"; English ones are used — use one of ${Object.keys(LABELS).join(', ')}, or set "labels" in the config`,
      });
    }
    if (key === 'tags' && isEmptyTags(value))
      findings.push({ file, line, level: 'warning', code: 'empty-tag', message: 'front matter "tags" has an empty entry — remove it' });
  }
  return findings;
}

function isEmptyTags(value: unknown): boolean {
  if (typeof value === 'string') return value.split(',').some((t) => !t.trim());
  if (Array.isArray(value)) return value.length === 0 || value.some((t) => t === null || String(t).trim() === '');
  return value === null;
}

const hasLabels = (lang: string) => lang.toLowerCase().split('-')[0] in LABELS;
