import type { Html, Root } from 'mdast';
import { visit } from './visit-tree.js';
import { escapeHtml } from './text.js';

// A tab of a docs site's MDX (`<TabItem value="js" label="JavaScript">`, Starlight's `<TabItem label="…">`, `<Tab title="…">`).
const TAB = /<(?:TabItem|Tab)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g;
// The frame around them and each tab's end, which draw and say nothing.
const FRAME = /<\/(?:TabItem|Tab)\s*>|<\/?Tabs\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*>/g;
// The attribute naming a tab: `label="…"` (`title=`), else its `value="…"`.
const NAME = /\b(?:label|title)\s*=\s*(?:\{\s*)?(?:"([^"]*)"|'([^']*)')/;
const VALUE = /\bvalue\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * MDX tabs (`<Tabs>` over a `<TabItem label="var">` per variant of an answer's code), which the
 * HTML reader knows nothing of and dropped with the tabs' names: on paper every tab shows, one
 * under another, each under its name in bold (a line of its own), so "var" and "let" still say which is which.
 */
export function mdxTabs(tree: Root): Root {
  visit(tree, 'html', (node: Html) => {
    if (!/<\/?Tab/.test(node.value)) return;
    node.value = node.value
      .replace(TAB, (_whole, attributes: string) => {
        const m = NAME.exec(attributes) ?? VALUE.exec(attributes);
        const name = m?.slice(1).find((t) => t !== undefined);
        return name ? `<p><strong>${escapeHtml(name)}</strong></p>` : '';
      })
      .replace(FRAME, '');
  });
  return tree;
}
