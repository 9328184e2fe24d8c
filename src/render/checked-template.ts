import Handlebars from 'handlebars';
import { StudyguideError } from '../errors.js';
import { shownPath } from '../shown-path.js';

/**
 * A template's text, parsed now. Handlebars parses a template at its first use, so a slip in a
 * theme's file failed the first deck printed as `deck.md: Parse error on line 3:`, naming neither
 * the template nor what to do. A syntax error, or a partial no templates folder has, is an error
 * at the template's own line.
 */
export function checkedTemplate(text: string, file: string, partials: ReadonlySet<string>): string {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(text);
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
  const { calls, inline } = partialsOf(ast);
  const missing = calls.find(({ name }) => !partials.has(name) && !inline.has(name));
  if (missing)
    throw new StudyguideError(`template uses the partial "${missing.name}", which no templates folder has`, {
      file: shownPath(file),
      line: missing.line,
      hint: `add partials/${missing.name}.hbs, or fix the name`,
    });
  return text;
}

/** The partials a template calls by name (`{{> cover}}`, `{{#> cover}}`) with their lines, and those it defines inline (`{{#*inline "x"}}`). */
function partialsOf(ast: hbs.AST.Program): { calls: { name: string; line: number }[]; inline: Set<string> } {
  const calls: { name: string; line: number }[] = [];
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
    const n = node as { type?: string; name?: hbs.AST.Expression; path?: hbs.AST.PathExpression; params?: hbs.AST.Expression[]; loc?: hbs.AST.SourceLocation };
    // `{{> (lookup …)}}` picks its partial while printing, and `{{> @partial-block}}` is the caller's: neither is checked.
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.type === 'PathExpression') {
      const name = (n.name as hbs.AST.PathExpression).original;
      if (!name.startsWith('@')) calls.push({ name, line: n.loc?.start.line ?? 1 });
    }
    if (n.type === 'DecoratorBlock' && n.path?.original === 'inline' && n.params?.[0]?.type === 'StringLiteral')
      inline.add((n.params[0] as hbs.AST.StringLiteral).value);
    for (const value of Object.values(node)) if (value && typeof value === 'object') stack.push(value);
  }
  return { calls, inline };
}
