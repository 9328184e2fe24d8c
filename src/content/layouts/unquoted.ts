import type { PhrasingContent } from 'mdast';

/**
 * Phrasing without the quotation marks that open and close it (`"…"`, `“…”`, `«…»`); kept when
 * other marks stand between them (`"a" or "b"` is two quotes, not one).
 */
export function unquoted(children: PhrasingContent[]): PhrasingContent[] {
  const head = children[0];
  const tail = children[children.length - 1];
  if (head?.type !== 'text' || tail?.type !== 'text') return children;
  const open = /^\s*["“«„]\s*/.exec(head.value);
  const close = /\s*["”»“]\s*$/.exec(tail.value);
  if (!open || !close || (head === tail && head.value.trim().length < 2)) return children;
  const inner = children.map((c) => ('value' in c ? c.value : '')).join('');
  if ((inner.match(/["“”«»„]/g) ?? []).length > 2) return children;
  if (head === tail) return [{ ...head, value: head.value.slice(open[0].length, head.value.length - close[0].length) }];
  return [{ ...head, value: head.value.slice(open[0].length) }, ...children.slice(1, -1), { ...tail, value: tail.value.slice(0, tail.value.length - close[0].length) }];
}
