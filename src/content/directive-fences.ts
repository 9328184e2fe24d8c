import type { Code, Html, Paragraph, Root, RootContent } from 'mdast';
import { shiftPositions } from './split-markdown.js';
import { escapeHtml } from './text.js';
import { DIRECTIVE_OPTION } from './containers.js';

// A MyST directive fenced as code (```` ```{dropdown} Title ````, ```` ```{note} ````): its kind in braces where a code
// block names its language.
const DIRECTIVE = /^\{([\w-]+)\}$/;
// The kinds holding code in the language named after them (```` ```{code-block} python ````).
const CODE_KINDS = /^(?:code|code-block|code-cell|sourcecode)$/i;
// The boxes MyST renders (any other name in braces, ```` ```{python} ```` as R Markdown and Quarto name a code cell's
// language, a `{figure}`, a `{toctree}`, is left as it is).
const BOXES = /^(?:dropdown|admonition|note|tip|hint|important|warning|caution|attention|danger|error|seealso|topic|sidebar|margin)$/i;

/**
 * MyST directives written with backticks (Jupyter Book and Sphinx sites), which markdown reads as
 * code blocks printing their markup (`:class: dropdown` and all): a `{dropdown}`, or an
 * `{admonition}` given the `dropdown` class, is the `<details>` block it renders as, its title the
 * summary (so a bank hiding each answer in one reads as one kept in `<details>`); any other
 * (`{note}`, `{tip}`, a plain `{admonition}`) prints its title in bold over its content. Its
 * options (`:class:`, `:open:`) go; its content is parsed as the markdown it is.
 */
export function restoreDirectiveFences(tree: Root, source: string, parse: (text: string) => Root): Root {
  if (!source.includes('```{') && !source.includes('~~~{')) return tree;
  const lines = source.split('\n');
  tree.children = tree.children.flatMap((node): RootContent[] => {
    const kind = node.type === 'code' && node.lang ? DIRECTIVE.exec(node.lang)?.[1] : undefined;
    const line = node.position?.start.line;
    if (!kind || !line) return [node];
    if (CODE_KINDS.test(kind)) return [codeIn(node as Code)];
    if (!BOXES.test(kind)) return [node];
    return directive(node as Code, kind, line, lines, parse);
  });
  return tree;
}

/** A code directive as the code block it is, in its language (its options left out). */
function codeIn(node: Code): Code {
  const content = node.value.split('\n');
  let skip = 0;
  while (skip < content.length && DIRECTIVE_OPTION.test(content[skip])) skip++;
  const lang = node.meta?.trim().split(/\s+/)[0] || null;
  return { ...node, lang, meta: null, value: content.slice(skip).join('\n') };
}

/** One fenced directive as the blocks it renders as. */
function directive(node: Code, kind: string, line: number, lines: string[], parse: (text: string) => Root): RootContent[] {
  const content = node.value.split('\n');
  let skip = 0;
  while (skip < content.length && DIRECTIVE_OPTION.test(content[skip])) skip++;
  const options = content.slice(0, skip).join('\n');
  const folded = /^dropdown$/i.test(kind) || /^[ \t]*:class:.*\bdropdown\b/m.test(options);
  const from = line + skip;
  const offset = lines.slice(0, from).reduce((n, l) => n + l.length + 1, 0);
  // A directive inside it (a `{code-block}` in a `{dropdown}` fenced with more backticks) is read the same way.
  const inner = content.slice(skip).join('\n');
  const body = restoreDirectiveFences(parse(inner), inner, parse).children.map((child) => shiftPositions(child, from, offset));
  const title = (node.meta ?? '').trim() || kind[0].toUpperCase() + kind.slice(1);
  const at = node.position;
  if (folded) {
    const open: Html = { type: 'html', value: `<details>\n<summary>${escapeHtml(title)}</summary>`, position: at };
    const shut: Html = { type: 'html', value: '</details>', position: at && { start: at.end, end: at.end } };
    return [open, ...body, shut];
  }
  const named: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }], position: at };
  return [named, ...body];
}
