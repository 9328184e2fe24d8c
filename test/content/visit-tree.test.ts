import { describe, expect, it } from 'vitest';
import type { Node, Parent } from 'unist';
import { EXIT, SKIP, visit as packageVisit } from 'unist-util-visit';
import { visit } from '../../src/content/visit-tree.js';

/** A small document: a heading, a paragraph of text and emphasis, a list of two items. */
const doc = (): Parent =>
  structuredClone({
    type: 'root',
    children: [
      { type: 'heading', children: [{ type: 'text', value: 'Title' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'a ' }, { type: 'emphasis', children: [{ type: 'text', value: 'b' }] }, { type: 'text', value: ' c' }] },
      {
        type: 'list',
        children: [
          { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }] },
          { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'two' }] }] }] },
        ],
      },
    ],
  }) as Parent;

/** unist-util-visit's signature, loosely typed: these walks use plain unist nodes. */
type Walk = (tree: Node, ...rest: unknown[]) => void;
type At = number | undefined;
type Above = Parent | undefined;
const label = (node: Node): string => ('value' in node ? `${node.type}:${String(node.value)}` : node.type);

/** Each way of walking, as the code walks trees: what is visited, in which order, at which index under which parent, and the tree after. */
const walks: [string, (walk: Walk, tree: Parent, seen: string[]) => void][] = [
  ['every node', (walk, tree, seen) => walk(tree, (node: Node, index: At, parent: Above) => void seen.push(`${label(node)}@${index}<${parent?.type}`))],
  ['every node, last first', (walk, tree, seen) => walk(tree, (node: Node, index: At) => void seen.push(`${label(node)}@${index}`), true)],
  ['one type', (walk, tree, seen) => walk(tree, 'text', (node: Node, index: At, parent: Above) => void seen.push(`${label(node)}@${index}<${parent?.type}`))],
  ['several types', (walk, tree, seen) => walk(tree, ['strong', 'emphasis'], (node: Node, index: At) => void seen.push(`${label(node)}@${index}`))],
  ['one type, last first', (walk, tree, seen) => walk(tree, 'paragraph', (node: Node) => void seen.push(label(node)), true)],
  [
    'skipping a subtree',
    (walk, tree, seen) =>
      walk(tree, (node: Node) => {
        seen.push(label(node));
        return node.type === 'paragraph' ? SKIP : undefined;
      }),
  ],
  [
    'stopping',
    (walk, tree, seen) =>
      walk(tree, (node: Node) => {
        seen.push(label(node));
        return node.type === 'emphasis' ? EXIT : undefined;
      }),
  ],
  [
    'replacing a node and going on after it',
    (walk, tree, seen) =>
      walk(tree, 'emphasis', (node: Node, index: At, parent: Above) => {
        seen.push(label(node));
        parent!.children.splice(index!, 1, { type: 'text', value: 'B1' } as Node, { type: 'text', value: 'B2' } as Node);
        return [SKIP, index! + 2];
      }),
  ],
  [
    'removing nodes and going on at the same place',
    (walk, tree, seen) =>
      walk(tree, 'text', (node: Node, index: At, parent: Above) => {
        seen.push(label(node));
        if (parent?.type !== 'paragraph') return undefined;
        parent.children.splice(index!, 1);
        return index;
      }),
  ],
  [
    'replacing the children of the node visited',
    (walk, tree, seen) =>
      walk(tree, (node: Node) => {
        seen.push(label(node));
        if (node.type === 'list') (node as Parent).children = [{ type: 'text', value: 'flat' } as Node];
      }),
  ],
];

describe('visit (content/visit-tree.ts)', () => {
  for (const [name, run] of walks) {
    it(`walks as unist-util-visit does: ${name}`, () => {
      const [ours, theirs] = [doc(), doc()];
      const [seenOurs, seenTheirs]: string[][] = [[], []];
      run(visit as unknown as Walk, ours, seenOurs);
      run(packageVisit as unknown as Walk, theirs, seenTheirs);
      expect(seenOurs.length).toBeGreaterThan(0);
      expect(seenOurs).toEqual(seenTheirs);
      expect(ours).toEqual(theirs);
    });
  }

  it('hands a test it does not read itself (a function, properties) to the package', () => {
    const seen: string[] = [];
    visit(doc(), (node: Node) => node.type === 'text' && 'value' in node && node.value === 'one', (node: Node) => void seen.push(label(node)));
    visit(doc(), { type: 'heading' }, (node: Node) => void seen.push(label(node)));
    expect(seen).toEqual(['text:one', 'heading']);
  });
});
