import Handlebars from 'handlebars';
import { StudyguideError } from '../errors.js';
import { shownPath } from '../shown-path.js';

/**
 * A template's text, parsed now. Handlebars parses a template at its first use, so a slip in a
 * theme's file failed the first deck printed as `deck.md: Parse error on line 3:`, naming neither
 * the template nor what to do. A syntax error, or a partial no templates folder has, is an error
 * at the template's own line.
 *
 * Returns the parse itself, for Handlebars to compile: given the text, it parsed it a second time
 * (the parse is most of a template's compiling). The parse is the raw one, before Handlebars strips
 * whitespace around standalone tags: compiling does that, and it must happen once.
 */
export function checkedTemplate(text: string, file: string, known: { partials: ReadonlySet<string>; helpers: ReadonlySet<string> }): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parseWithoutProcessing(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const line = (err as { lineNumber?: number }).lineNumber ?? (Number(/line (\d+)/.exec(message)?.[1]) || undefined);
    const near = line ? text.split('\n')[line - 1]?.trim() : undefined;
    throw new StudyguideError(`template does not parse ${near ? `near "${near.slice(0, 60)}"` : `(${message.split('\n')[0]})`}`, {
      file: shownPath(file),
      line,
      hint: 'fix the {{ … }} there, or remove the file to print with ours',
    });
  }
  const { calls, inline, helpers, bare } = namesOf(ast);
  const fail = (message: string, line: number, hint: string) => new StudyguideError(message, { file: shownPath(file), line, hint });
  const missing = calls.find(({ name }) => !known.partials.has(name) && !inline.has(name));
  if (missing)
    throw fail(`template uses the partial "${missing.name}", which no templates folder has`, missing.line, `add partials/${missing.name}.hbs, or fix the name`);
  const unknown = helpers.find(({ name }) => !known.helpers.has(name));
  if (unknown)
    throw fail(
      `template calls the helper "${unknown.name}", which studyguide does not have`,
      unknown.line,
      `use one of ${[...known.helpers].join(', ')}, or remove it`,
    );
  if (bare[0]) throw fail(`template gives {{#${bare[0].name}}} nothing to work on`, bare[0].line, `write {{#${bare[0].name} something}}`);
  return ast;
}

/** The partials a checked template calls by name, each at its line (render/partial-loops.ts). */
export const partialCallsOf = (ast: hbs.AST.Program): { name: string; line: number }[] => namesOf(ast).calls;

/** The partials a template defines inline (`{{#*inline "x"}}`), which its own calls may name. */
export const inlinePartialsOf = (ast: hbs.AST.Program): string[] => [...namesOf(ast).inline];

/** The built-in blocks that take exactly one value (`{{#if}}` alone failed while printing). */
const ONE_VALUE = new Set(['if', 'unless', 'with', 'each']);

interface Named {
  name: string;
  line: number;
}

/**
 * The partials a template calls by name (`{{> cover}}`, `{{#> cover}}`) and those it defines inline
 * (`{{#*inline "x"}}`); the helpers it calls with values (`{{qnum n}}`: a name without them may be
 * a field); the one-value blocks it gives none.
 */
function namesOf(ast: hbs.AST.Program): { calls: Named[]; inline: Set<string>; helpers: Named[]; bare: Named[] } {
  const calls: Named[] = [];
  const helpers: Named[] = [];
  const bare: Named[] = [];
  const inline = new Set<string>();
  // Without recursion: a template nests blocks as deep as its author wrote them.
  const stack: unknown[] = [ast];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    const n = node as {
      type?: string;
      name?: hbs.AST.Expression;
      path?: hbs.AST.Expression;
      params?: hbs.AST.Expression[];
      hash?: hbs.AST.Hash;
      loc?: hbs.AST.SourceLocation;
    };
    const line = n.loc?.start.line ?? 1;
    // `{{> (lookup …)}}` picks its partial while printing, and `{{> @partial-block}}` is the caller's: neither is checked.
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.type === 'PathExpression') {
      const name = (n.name as hbs.AST.PathExpression).original;
      if (!name.startsWith('@')) calls.push({ name, line });
    }
    const callee = n.path?.type === 'PathExpression' ? (n.path as hbs.AST.PathExpression) : undefined;
    const simple = callee && !callee.data && callee.depth === 0 && callee.parts.length === 1 ? callee.original : undefined;
    if (n.type === 'DecoratorBlock' && simple === 'inline' && n.params?.[0]?.type === 'StringLiteral') inline.add((n.params[0] as hbs.AST.StringLiteral).value);
    else if (simple && (n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression')) {
      if ((n.params?.length ?? 0) > 0 || n.hash) helpers.push({ name: simple, line });
      if (n.type === 'BlockStatement' && ONE_VALUE.has(simple) && !n.params?.length) bare.push({ name: simple, line });
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') stack.push(value);
  }
  const byLine = (a: Named, b: Named) => a.line - b.line;
  return { calls: calls.sort(byLine), inline, helpers: helpers.sort(byLine), bare: bare.sort(byLine) };
}
