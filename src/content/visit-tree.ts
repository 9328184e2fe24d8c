import type { Node, Parent } from 'unist';
import { CONTINUE, EXIT, SKIP, visit as visitEveryNode } from 'unist-util-visit';

export { EXIT, SKIP };

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP;
type Result = [Action?, number?];
type Visitor = (node: Node, index: number | undefined, parent: Parent | undefined) => unknown;

const NOTHING: Result = [];

/** What a visitor returned, as unist-util-visit reads it: an action, an index to go on from, or both. */
const asResult = (value: unknown): Result =>
  Array.isArray(value) ? (value as Result) : typeof value === 'number' ? [CONTINUE, value] : value === null || value === undefined ? NOTHING : [value as Action];

/**
 * unist-util-visit's `visit`, node for node and answer for answer (the same order, SKIP, EXIT,
 * indexes returned, children changed while they are walked), for a test of node types or none,
 * the forms this code uses. The package names a function for each node it walks (for its stack
 * traces), which was a tenth of the CPU of loading a deck; here nothing is made per node. Any
 * other test goes to the package.
 */
function walk(tree: Node, testOrVisitor: unknown, visitorOrReverse?: unknown, maybeReverse?: unknown): void {
  const tested = typeof visitorOrReverse === 'function';
  const test = tested ? testOrVisitor : undefined;
  const visitor = (tested ? visitorOrReverse : testOrVisitor) as Visitor;
  const reverse = tested ? maybeReverse : visitorOrReverse;
  const types = test === undefined || test === null ? undefined : typeof test === 'string' && test ? [test] : Array.isArray(test) && test.every((t) => typeof t === 'string' && t) ? (test as string[]) : false;
  if (types === false || typeof visitor !== 'function' || !tree || typeof tree !== 'object') {
    (visitEveryNode as (...args: unknown[]) => void)(tree, testOrVisitor, visitorOrReverse, maybeReverse);
    return;
  }
  const step = reverse ? -1 : 1;
  const one = (node: Node, index: number | undefined, parent: Parent | undefined): Result => {
    const matches = !types || (node !== null && typeof node === 'object' && 'type' in node && types.includes(node.type));
    let result = NOTHING;
    if (matches) {
      result = asResult(visitor(node, index, parent));
      if (result[0] === EXIT) return result;
    }
    const children = 'children' in node && (node as Parent).children;
    if (children && result[0] !== SKIP) {
      const self = node as Parent;
      // The children are read again at each step: a visitor may replace or splice them.
      let offset = reverse ? self.children.length - 1 : 0;
      while (offset > -1 && offset < self.children.length) {
        const sub = one(self.children[offset], offset, self);
        if (sub[0] === EXIT) return sub;
        offset = typeof sub[1] === 'number' ? sub[1] : offset + step;
      }
    }
    return result;
  };
  one(tree, undefined, undefined);
}

/** Walks a tree as unist-util-visit does (same signature and types), without its cost per node. */
export const visit = walk as typeof visitEveryNode;
