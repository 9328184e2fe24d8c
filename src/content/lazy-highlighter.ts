import { createRequire } from 'node:module';
import HighlightJs from 'highlight.js/lib/core';
import type { HLJSApi, LanguageFn } from 'highlight.js';
import type { Root } from 'hast';
import { grammarFor, GRAMMARS, type Grammar } from './code-languages.js';
import { HastEmitter } from './hast-emitter.js';

// Grammars are read when a block first names one, in the middle of a synchronous parse:
// `require` loads them without making the parse async (the package ships each as CommonJS too).
const requireGrammar = createRequire(import.meta.url);
let high: HLJSApi | undefined;

/**
 * `text` highlighted as `language` (a name or alias, any case) as hast `hljs-*` spans, or
 * undefined when no grammar has that name. Loads the grammar, and the grammars it embeds
 * (a Dockerfile's RUN lines are bash), on first use.
 */
export function highlightAs(language: string, text: string): Root | undefined {
  const grammar = grammarFor(language);
  if (!grammar) return undefined;
  high ??= HighlightJs.newInstance();
  load(high, grammar);
  high.configure({ __emitter: HastEmitter, classPrefix: 'hljs-' } as Parameters<HLJSApi['configure']>[0]);
  const result = high.highlight(text, { language: grammar, ignoreIllegals: true }) as unknown as { _emitter: HastEmitter; errorRaised?: Error };
  if (result.errorRaised) throw new Error('Could not highlight with highlight.js', { cause: result.errorRaised });
  return result._emitter.root;
}

function load(hljs: HLJSApi, grammar: Grammar): void {
  if (hljs.getLanguage(grammar)) return;
  const define = requireGrammar(`highlight.js/lib/languages/${grammar}`) as LanguageFn;
  hljs.registerLanguage(grammar, define);
  // A grammar that embeds another highlights the embedded part plain when that one is missing,
  // and one that guesses among all grammars ([]) would guess among fewer: load them as the eager set did.
  for (const embedded of embeddedLanguages(hljs.getLanguage(grammar))) {
    if (embedded === '*') GRAMMARS.forEach((g) => load(hljs, g));
    else {
      const other = grammarFor(embedded);
      if (other) load(hljs, other);
    }
  }
}

/** The `subLanguage` names anywhere in a grammar's modes; '*' for a guess among all grammars. */
function embeddedLanguages(definition: unknown): Set<string> {
  const names = new Set<string>();
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object' || value instanceof RegExp || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(walk);
    const sub = (value as { subLanguage?: unknown }).subLanguage;
    if (typeof sub === 'string') names.add(sub);
    else if (Array.isArray(sub)) (sub.length ? sub.map(String) : ['*']).forEach((n) => names.add(n));
    for (const [key, child] of Object.entries(value)) if (key !== 'subLanguage') walk(child);
  };
  walk(definition);
  return names;
}
