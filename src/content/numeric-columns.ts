import type { Element, Root } from 'hast';
import { visit } from './visit-tree.js';
import { cellsOf, textOf } from './hast-text.js';

/**
 * A cell that holds a quantity: a number (`10`, `1 095`, `2.5`, `0,5`, `−3`, `~40`) and at most a
 * short unit after it (`GB`, `ms`, `%`, `Mbit/s`, `× CPU`), or a dash for none.
 */
const QUANTITY = /^(?:[~≈<>≤≥±+−-]\s?)?\d[\d\s\u00a0\u202f.,]*(?:[\s\u00a0]?(?:[×x][\s\u00a0]?)?[\p{L}%‰°µ/]{1,7}(?:\/[\p{L}]{1,4})?)?$|^[–—-]$/u;


/**
 * rehype plugin: a table column whose every body cell is a quantity (a number and its unit) gets
 * `class="num"` on its cells and head, set right-aligned in tabular figures (base.css), as figures in
 * a table are set so that their places line up. A column the deck aligns itself (`---:`) is left,
 * and so is one of bare whole numbers of one length (`400`, `404`).
 */
export function numericColumns() {
  return (tree: Root) => {
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const rows: Element[] = [];
      visit(table, 'element', (row: Element) => void (row.tagName === 'tr' && rows.push(row)));
      const body = rows.filter((row) => cellsOf(row).some((c) => c.tagName === 'td'));
      if (body.length < 2) return;
      const columns = Math.max(...rows.map((row) => cellsOf(row).length));
      for (let col = 0; col < columns; col++) {
        const cells = rows.map((row) => cellsOf(row)[col]).filter((c): c is Element => !!c);
        if (cells.some((c) => c.properties.align)) continue;
        const values = body.map((row) => cellsOf(row)[col]).map((c) => (c ? textOf(c).replaceAll('\u00ad', '').trim() : ''));
        if (!values.every((v) => QUANTITY.test(v)) || values.every((v) => /^[–—-]$/.test(v))) continue;
        // Bare whole numbers of one length (status codes, ports, years) are names more than amounts, and line up anyway.
        if (values.every((v) => /^\d+$/.test(v) && v.length === values[0].length)) continue;
        for (const c of cells) c.properties.className = [...(Array.isArray(c.properties.className) ? c.properties.className : []), 'num'];
      }
    });
  };
}
