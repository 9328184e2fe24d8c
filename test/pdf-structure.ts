import { spawnSync } from 'node:child_process';

/** An element of a tagged PDF's structure tree: its type (P, LI, L, …), its text and its children, in reading order. */
export interface StructElement {
  type: string;
  text: string;
  children: StructElement[];
}

/**
 * The structure tree of a tagged PDF as pdfinfo -struct-text prints it (one element or quoted
 * text a line, nested by indent), from its root. Each element's text is all its descendants'.
 */
export function pdfStructure(file: string): StructElement {
  // pdfinfo complains on stderr of inline elements it does not expect (Strong); the tree is whole.
  const out = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }).stdout;
  const root: StructElement = { type: 'root', text: '', children: [] };
  const open: { indent: number; el: StructElement }[] = [{ indent: -1, el: root }];
  for (const line of out.split('\n')) {
    const body = line.trimStart();
    if (!body) continue;
    const indent = line.length - body.length;
    while (open.length > 1 && open[open.length - 1].indent >= indent) open.pop();
    if (body.startsWith('"')) {
      const text = body.replace(/^"|"$/g, '');
      for (const { el } of open) el.text += text;
    } else if (/^[A-Z][A-Za-z0-9]*\b/.test(body)) {
      const el: StructElement = { type: /^\w+/.exec(body)![0], text: '', children: [] };
      open[open.length - 1].el.children.push(el);
      open.push({ indent, el });
    }
  }
  return root;
}

/** Every element of `type` in the tree, in reading order. */
export function structElements(root: StructElement, type: string): StructElement[] {
  const found: StructElement[] = [];
  const walk = (el: StructElement) => {
    if (el.type === type) found.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return found;
}
