import { existsSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Finding } from './finding.js';
import type { FindingCode } from '../model/diagnostic-codes.js';
import { shownPath } from '../shown-path.js';
import { LINK_SCHEMES } from '../model/link-schemes.js';

/**
 * Anchors a `#link` may point at: GitHub's heading slugs (the deck read on GitHub), our own ids, a heading's own `{#id}`,
 * and the `name`/`id` of raw HTML elements (`<a name="top">`, as banks written in HTML use).
 */
export function headingAnchors(tree: Root, ids: string[] = []): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set(ids);
  walk(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    // An id the bank gave the heading itself (`### What is an inode? {#inode}`).
    const own = node.type === 'heading' ? node.data?.hProperties?.id : undefined;
    if (typeof own === 'string') anchors.add(own);
    if (node.type === 'html') for (const m of node.value.matchAll(HTML_ANCHOR)) anchors.add(m[1] ?? m[2] ?? m[3]);
  });
  return anchors;
}

const PRINTED_SCHEMES = new Set(LINK_SCHEMES);

const HTML_ANCHOR = /<[a-z][^>]*?\s(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
const HTML_LINK = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;

/** A link's address and line, from markdown or (for banks written in HTML) raw `<a href>`. */
interface FoundLink {
  url: string;
  line: number;
}

/**
 * Links that point nowhere: an empty address, a `#anchor` no heading has, a relative file
 * missing next to the deck, or an address the page does not keep (`javascript:`, `file:`, `tel:`). Web and mail addresses are not fetched. Warnings: the build prints
 * such a link as it is. Images are judged where they are inlined (content/inline-images.ts),
 * for build and check alike.
 */
export function checkLinks(file: string, tree: Root, anchors: Set<string>, { html = false } = {}): Finding[] {
  const dir = path.dirname(path.resolve(file));
  const findings: Finding[] = [];
  const links: FoundLink[] = [];
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line });
    // `html`: a bank read from HTML blocks prints their links, so they are checked too, each at its own line.
    if (html && node.type === 'html')
      for (const m of node.value.matchAll(HTML_LINK)) {
        const before = node.value.slice(0, m.index);
        links.push({ url: decodeHtml(m[1] ?? m[2] ?? m[3]), line: line + (before.match(/\n/g)?.length ?? 0) });
      }
  });
  for (const { url: raw, line } of links) {
    const what = 'link';
    const url = raw.trim();
    const add = (level: Finding['level'], code: FindingCode, message: string) => findings.push({ file, line, level, code, message });
    if (!url) {
      add('warning', 'empty-link', `${what} has an empty address — fill in the (…) part or remove the ${what}`);
      continue;
    }
    if (url.startsWith('#')) {
      const anchor = decode(url.slice(1));
      if (!anchors.has(anchor)) add('warning', 'missing-anchor', `link to "#${anchor}" points at no heading in this deck — check the heading's spelling`);
      continue;
    }
    const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1].toLowerCase();
    if (scheme && !PRINTED_SCHEMES.has(scheme)) {
      add(
        'warning',
        'link-left-out',
        `link to "${url.slice(0, 40)}" prints as its text only: printed pages keep web (http, https) and mail links — write a web address, or the text without a link`,
      );
      continue;
    }
    if (scheme || url.startsWith('//')) continue;
    const target = decode(url.replace(/[?#].*$/, ''));
    if (!target) continue;
    if (path.isAbsolute(target)) add('warning', 'missing-file', `${what} "${url}" is an absolute path — use a path relative to the deck's folder`);
    else if (!existsSync(path.resolve(dir, target))) {
      add('warning', 'missing-file', `${what} "${url}" points to a file that does not exist (looked in ${shownPath(dir) || '.'}) — fix the path`);
    }
  }
  return findings;
}

/** An attribute value as HTML reads it (the entities an address may carry). */
const decodeHtml = (value: string): string =>
  value.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e] ?? _);

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
