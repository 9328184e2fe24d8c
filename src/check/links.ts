import { existsSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Finding } from './finding.js';
import type { FindingCode } from '../model/diagnostic-codes.js';
import { shownPath } from '../shown-path.js';

/** Anchors a `#link` may point at: GitHub's heading slugs (the deck read on GitHub) plus our own ids. */
export function headingAnchors(tree: Root, ids: string[] = []): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set(ids);
  walk(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
  });
  return anchors;
}

/**
 * Links that point nowhere: an empty address, a `#anchor` no heading has, or a relative file
 * missing next to the deck. Web and mail addresses are not fetched. Warnings: the build prints
 * such a link as it is. Images are judged where they are inlined (content/inline-images.ts),
 * for build and check alike.
 */
export function checkLinks(file: string, tree: Root, anchors: Set<string>): Finding[] {
  const dir = path.dirname(path.resolve(file));
  const findings: Finding[] = [];
  walk(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const line = node.position?.start.line ?? 1;
    const what = 'link';
    const url = node.url.trim();
    const add = (level: Finding['level'], code: FindingCode, message: string) => findings.push({ file, line, level, code, message });
    if (!url) return add('warning', 'empty-link', `${what} has an empty address — fill in the (…) part or remove the ${what}`);
    if (url.startsWith('#')) {
      const anchor = decode(url.slice(1));
      if (!anchors.has(anchor)) add('warning', 'missing-anchor', `link to "#${anchor}" points at no heading in this deck — check the heading's spelling`);
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return;
    const target = decode(url.replace(/[?#].*$/, ''));
    if (!target) return;
    if (path.isAbsolute(target)) return add('warning', 'missing-file', `${what} "${url}" is an absolute path — use a path relative to the deck's folder`);
    if (!existsSync(path.resolve(dir, target))) {
      add('warning', 'missing-file', `${what} "${url}" points to a file that does not exist (looked in ${shownPath(dir) || '.'}) — fix the path`);
    }
  });
  return findings;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Visits every node without recursion (a hostile deck may nest thousands of levels deep). */
function walk(root: Nodes, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}
