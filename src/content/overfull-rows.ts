import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from './visit-tree.js';
import type { RenderContext } from '../model/render-context.js';

/** A left-out cell is quoted up to this many characters. */
const SHOWN_CHARS = 40;

/**
 * remark plugin: a pipe table row with more cells than its header is said at its line. GFM prints
 * only as many cells as the header has, so a `|` typed as text (`ls | wc -l` in a cell) silently
 * cut the row there.
 */
export function remarkOverfullRows() {
  return (tree: Root, file: { data: unknown }) => {
    const context = (file.data as { studyguide?: RenderContext }).studyguide;
    if (!context) return;
    visit(tree, 'table', (table) => {
      const columns = table.children[0]?.children.length ?? 0;
      for (const row of table.children.slice(1)) {
        if (row.children.length <= columns) continue;
        const lost = row.children.slice(columns).map((cell) => {
          const text = toString(cell).trim();
          return `"${text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text}"`;
        });
        const line = row.position?.start.line ?? context.line;
        const message = `table row has ${row.children.length} cells under a header of ${columns}: ${lost.join(', ')} ${lost.length === 1 ? 'is' : 'are'} left out — escape a | that is text as \\|, or add a column to the header`;
        // A card answer is rendered twice (card and full answer): said once.
        if (context.diagnostics.some((d) => d.line === line && d.message === message)) continue;
        context.diagnostics.push({ file: context.file, line, severity: 'warning', code: 'left-out', message });
      }
    });
  };
}
