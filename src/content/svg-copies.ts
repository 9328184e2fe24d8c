// An SVG's <use> element draws a copy of the element it points at, and that copy may hold more
// <use> elements: ten <use> per group, eleven groups deep, is a few hundred bytes that ask for
// 10^11 squares. Chromium tries to draw them all; the print never ended (10^5 took 40 s, 10^6 over
// five minutes). The copies are counted here, before the picture reaches the browser.

/** Copies a picture may ask for: icons and markers reused a few hundred times are far below it. */
export const MAX_SVG_COPIES = 20_000;

interface Element {
  children: number[];
  /** The id a <use> points at (`#id`), if it is one. */
  target?: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * References in an attribute's value replaced by what they stand for: characters, and the plain
 * entities the DOCTYPE declares (`<!ENTITY h "#">`; image-decodes.ts lets none be made of others).
 */
function decodeEntities(value: string, declared: Map<string, string>): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([A-Za-z_][\w.:-]*));/gi, (m, hex?: string, dec?: string, named?: string) => {
    if (named) return declared.get(named) ?? NAMED[named] ?? m;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The general entities a DOCTYPE declares with a value of their own. */
function declaredEntities(text: string): Map<string, string> {
  const declared = new Map<string, string>();
  for (const m of text.matchAll(/<!ENTITY\s+([A-Za-z_][\w.:-]*)\s+(?:"([^"]*)"|'([^']*)')/g)) if (!declared.has(m[1])) declared.set(m[1], m[2] ?? m[3]);
  return declared;
}

/** The elements of an SVG's text, in document order, with their children and <use> targets. */
function elementsOf(text: string): { elements: Element[]; ids: Map<string, number> } {
  const body = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const declared = declaredEntities(body);
  const elements: Element[] = [];
  const ids = new Map<string, number>();
  const open: number[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>"']+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    const [, closing, name, attributes, selfClosing] = m;
    if (closing) {
      open.pop();
      continue;
    }
    const index = elements.length;
    // A value as the browser reads it: `&#35;a1` is `#a1`, and so is `&h;a1` with `<!ENTITY h "#">`.
    const attribute = (key: string) => {
      const m = new RegExp(`(?:^|\\s)${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
      return m ? decodeEntities(m[1] ?? m[2], declared) : undefined;
    };
    const href = /(?:^|:)use$/.test(name) ? attribute('(?:xlink:)?href') : undefined;
    const target = href?.trim();
    elements.push({ children: [], target: target?.startsWith('#') ? target.slice(1) : undefined });
    const id = attribute('id');
    if (id !== undefined && !ids.has(id)) ids.set(id, index);
    if (open.length > 0) elements[open[open.length - 1]].children.push(index);
    if (!selfClosing) open.push(index);
  }
  return { elements, ids };
}

/**
 * How many elements the SVG draws once every <use> is replaced by a copy of its target, minus
 * those written in it: the copies. A <use> that points at itself or an element around it draws
 * nothing in Chromium, and counts as none. Walked without recursion: groups may nest deep.
 */
export function svgCopies(text: string): number {
  const { elements, ids } = elementsOf(text);
  if (elements.length === 0) return 0;
  const drawn = new Float64Array(elements.length);
  const state = new Uint8Array(elements.length); // 0 not seen, 1 under way, 2 counted
  const needs = (i: number) => {
    const { children, target } = elements[i];
    const at = target === undefined ? undefined : ids.get(target);
    return at === undefined ? children : [...children, at];
  };
  const stack = [0];
  while (stack.length > 0) {
    const i = stack[stack.length - 1];
    if (state[i] === 0) {
      state[i] = 1;
      for (const need of needs(i)) if (state[need] === 0) stack.push(need);
      continue;
    }
    stack.pop();
    if (state[i] === 2) continue;
    // A need still under way is an element around this one: a loop, drawn as nothing.
    drawn[i] = 1 + needs(i).reduce((sum, need) => sum + (state[need] === 2 ? drawn[need] : 0), 0);
    state[i] = 2;
  }
  return drawn[0] - elements.length;
}

/** Why the picture asks for too many copies to print, or undefined. */
export function tooManyCopies(text: string): string | undefined {
  const copies = svgCopies(text);
  if (copies <= MAX_SVG_COPIES) return undefined;
  const n = (x: number) => (Number.isFinite(x) && x < 1e21 ? x.toLocaleString('en-US') : 'countless');
  return `its <use> elements draw ${n(copies)} copies, more than the ${n(MAX_SVG_COPIES)} a picture may have to print in good time`;
}
