import type { Element, ElementContent, Root } from 'hast';
import { visit } from './visit-tree.js';
import { textOf } from './hast-text.js';

/** A piece of cell code between breaks this long at most may set its column's narrowest width. */
const LONGEST_PIECE = 16;

/** After these, between two other characters (never at its start: `--host`), code in a table cell may break: `synchronous_|commit`, `pg_stat_|activity`, `a.|b`. */
const AFTER = /(?<=[^_./:=,\s-])([_./:=,-]+)(?=[^_./:=,\s-])/g;

/**
 * rehype plugin: inline code in a table cell may break after its separators (a `<wbr>` after `_`,
 * `.`, `/`, `-`, `:`, `=`, `,`) and, when no piece between them (or between its spaces) is longer
 * than LONGEST_PIECE, only there and at its spaces (`class="in-pieces"`, base.css). Code in a cell
 * broke anywhere, so that no run pushes the table past the page: the table's layout then gave its
 * column almost nothing, and `archive_command` printed as "archive_comman" over a lone "d",
 * `LATERAL` as "LATERA" over "L".
 */
export function cellCode() {
  return (tree: Root) => {
    visit(tree, 'element', (cell: Element) => {
      if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
      visit(cell, 'element', (code: Element) => {
        if (code.tagName !== 'code') return;
        const text = textOf(code);
        const pieces = text.split(AFTER).filter((p, i) => i % 2 === 0);
        if (Math.max(...pieces.flatMap((p) => p.split(/\s+/)).map((p) => [...p].length)) > LONGEST_PIECE) return;
        if (new RegExp(AFTER.source).test(text)) code.children = code.children.flatMap((child): ElementContent[] => (child.type === 'text' ? withBreaks(child.value) : [child]));
        const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
        code.properties.className = [...classes, 'in-pieces'];
      });
    });
  };
}

/** Text with a `<wbr>` after each separator run (`after`, a global pattern) that has more code after it; its last node is the text after the last break. */
export function withBreaks(value: string, after: RegExp = AFTER): ElementContent[] {
  const out: ElementContent[] = [];
  let from = 0;
  for (const m of value.matchAll(after)) {
    const end = m.index + m[0].length;
    out.push({ type: 'text', value: value.slice(from, end) }, { type: 'element', tagName: 'wbr', properties: {}, children: [] });
    from = end;
  }
  out.push({ type: 'text', value: value.slice(from) });
  return out;
}
