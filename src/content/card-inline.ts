import type { PhrasingContent } from 'mdast';
import { cutPoint } from './text.js';

// Inline phrasing measured and cut for a card: the text a reader sees, code spans never cut inside.

/** Plain text of inline nodes as a reader sees it (line breaks as spaces, no raw HTML). */
export function inlineText(nodes: PhrasingContent[], mask = false): string {
  return nodes.map((n) => inlineOne(n, mask)).join('');
}

function inlineOne(n: PhrasingContent, mask = false): string {
  if (n.type === 'inlineCode' || n.type === 'inlineMath') return mask ? n.value.replace(/\s+/g, ' ').replace(/./g, 'X') : n.value;
  if (n.type === 'text') return n.value;
  if (n.type === 'break') return ' ';
  if (n.type === 'html' || n.type === 'footnoteReference') return '';
  if (n.type === 'image' || n.type === 'imageReference') return n.alt ?? '';
  return 'children' in n ? inlineText(n.children as PhrasingContent[], mask) : '';
}

/**
 * The collapsed text of inline nodes with code spans masked as "XXX": sentence ends are looked
 * for in it, so a full stop inside code (`a.b`, `SELECT ...`) or a code span starting a sentence
 * in lower case (`npm ci` installs …) reads right. Offsets match the unmasked collapsed text.
 */
export function maskedText(nodes: PhrasingContent[]): string {
  return inlineText(nodes, true).replace(/\s+/g, ' ').trim();
}

/**
 * Inline nodes holding the first `end` characters of their collapsed text, cut further at a word
 * boundary (with an ellipsis) when that is over `max`. Code spans and maths are never cut inside:
 * one that does not fit is left out whole.
 */
export function cutInline(nodes: PhrasingContent[], end: number, max: number): PhrasingContent[] {
  const flat = inlineText(nodes).replace(/\s+/g, ' ').trim();
  const wanted = Math.min(end, flat.length);
  const cut = wanted > max ? cutPoint(flat.slice(0, wanted), max - 1) : wanted;
  const kept = takeChars(collapse(nodes), { left: cut });
  const out = trimTrailing(kept, /\s+$/);
  if (cut < wanted && !/[.!?。！？]$/.test(inlineText(out))) out.push({ type: 'text', value: '…' });
  return out;
}

/** The nodes with runs of whitespace collapsed and leading whitespace dropped, as `flat` was. */
function collapse(nodes: PhrasingContent[]): PhrasingContent[] {
  let lastSpace = true;
  const walk = (list: PhrasingContent[]): PhrasingContent[] =>
    list.flatMap((n): PhrasingContent[] => {
      if (n.type === 'text' || n.type === 'break') {
        const raw = n.type === 'break' ? ' ' : n.value.replace(/\s+/g, ' ');
        const value = lastSpace ? raw.replace(/^ /, '') : raw;
        if (value) lastSpace = value.endsWith(' ');
        return value ? [{ type: 'text', value }] : [];
      }
      if (n.type === 'inlineCode' || n.type === 'inlineMath') {
        const value = n.value.replace(/\s+/g, ' ');
        if (value) lastSpace = value.endsWith(' ');
        return [{ ...n, value }];
      }
      if ('children' in n) return [{ ...n, children: walk(n.children as PhrasingContent[]) } as PhrasingContent];
      return inlineOne(n) || n.type === 'image' ? [n] : [];
    });
  return walk(nodes);
}

function takeChars(nodes: PhrasingContent[], budget: { left: number }): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    if (budget.left <= 0) break;
    if (n.type === 'text') {
      out.push({ type: 'text', value: n.value.slice(0, budget.left) });
      budget.left -= n.value.length;
    } else if ('children' in n) {
      const children = takeChars(n.children as PhrasingContent[], budget);
      if (children.length) out.push({ ...n, children } as PhrasingContent);
    } else {
      const len = inlineOne(n).length;
      if (len > budget.left) {
        budget.left = 0;
        break;
      }
      out.push(n);
      budget.left -= len;
    }
  }
  return out;
}

/** The nodes with a pattern removed from the end of their text (recursing into the last node). */
export function trimTrailing(nodes: PhrasingContent[], pattern: RegExp): PhrasingContent[] {
  const out = [...nodes];
  while (out.length) {
    const last = out[out.length - 1];
    if (last.type === 'text') {
      const value = last.value.replace(pattern, '');
      if (value) {
        out[out.length - 1] = { ...last, value };
        break;
      }
      out.pop();
    } else if ('children' in last && last.type !== 'link') {
      const children = trimTrailing(last.children as PhrasingContent[], pattern);
      if (children.length) {
        out[out.length - 1] = { ...last, children } as PhrasingContent;
        break;
      }
      out.pop();
    } else break;
  }
  return out;
}
