import type { Root } from 'mdast';
import { closingLine, restoreLineBoxes, type LineBox } from './line-boxes.js';

// `{{< details "Title" >}}` or `{{% expand title="Title" %}}` alone on its line: a Hugo shortcode
// opening, its name and its arguments.
export const SHORTCODE_OPEN = /^[ \t]{0,3}\{\{([<%])-?[ \t]*([\w-]+)((?:[ \t]+[^\n]*?)?)[ \t]*-?[>%]\}\}[ \t]*$/;
// The shortcodes that hide their content under a title (themes name theirs differently).
export const FOLDED_SHORTCODE = /^(?:details|expand|spoiler|collapse|collapsible|accordion|toggle|dropdown|reveal)$/i;
// A title among the arguments: named (`title="…"`, `summary="…"`), or the first one quoted.
const NAMED_TITLE = /\b(?:title|summary|name|label|header)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)/i;
const QUOTED = /^[ \t]*(?:"([^"]*)"|`([^`]*)`)/;

/**
 * Hugo shortcodes holding markdown (`{{< details "What is …?" >}}` … `{{< /details >}}`), which
 * markdown reads as paragraphs printing their braces: a details-like one (`details`, `expand`,
 * `spoiler`) is the `<details>` block it renders as, its title the summary, so a bank kept in
 * them reads as one kept in `<details>`; any other with a closing tag (`hint`, `notice`) prints
 * its title, or its name, in bold over its content.
 */
export function restoreHugoShortcodes(tree: Root, source: string, parse: (text: string) => Root): Root {
  if (!source.includes('{{<') && !source.includes('{{%')) return tree;
  return restoreLineBoxes(tree, source, parse, shortcodeAt, (inner, text) => restoreHugoShortcodes(inner, text, parse));
}

/** The shortcode opening on line `line`, closed further down by its own closing tag. */
function shortcodeAt(lines: string[], line: number): LineBox | undefined {
  const m = SHORTCODE_OPEN.exec(lines[line - 1]);
  if (!m) return undefined;
  const close = shortcodeClose(lines, line, m[2]);
  if (close < 0) return undefined;
  const args = m[3];
  const named = NAMED_TITLE.exec(args);
  const quoted = QUOTED.exec(args);
  const title = (named?.slice(1).find((t) => t !== undefined) ?? quoted?.slice(1).find((t) => t !== undefined) ?? '').trim();
  // A style given as a bare word (`{{< hint warning >}}`, `{{< notice tip >}}`) names the box better than the shortcode does.
  const style = /^[ \t]+([A-Za-z][\w-]*)[ \t]*$/.exec(args)?.[1];
  return { folded: FOLDED_SHORTCODE.test(m[2]), title, kind: style ?? m[2], from: line, close };
}

/** The line (1-based) of the tag closing shortcode `name` opened on line `line` (those of its name nested in it counted); -1 for none. */
export function shortcodeClose(lines: string[], line: number, name: string): number {
  const k = closingLine(lines, line, (l) => SHORTCODE_OPEN.exec(l)?.[2] === name, (l) => closes(l, name));
  return k < 0 ? -1 : k + 1;
}

/** Whether a line is shortcode `name`'s closing tag, `{{< /name >}}` or `{{% /name %}}`. */
const closes = (line: string, name: string): boolean => {
  const m = /^[ \t]{0,3}\{\{[<%]-?[ \t]*\/[ \t]*([\w-]+)[ \t]*-?[>%]\}\}[ \t]*$/.exec(line);
  return m?.[1] === name;
};
