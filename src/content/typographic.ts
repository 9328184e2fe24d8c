import type { Link, Root, Text } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';

/** A command-line option written in prose (`--build-arg`, `--no-cache`): its dashes stay two hyphens. */
const OPTION = /(^|[\s(["'])--(?=[A-Za-z])/g;
/** Stands in for an option's `--` while the dashes are educated (a private-use character). */
const KEPT = '\uE000';

/** A space before an en or em dash that has a space (or the text's end) after it. */
const SPACED_DASH = / ([\u2013\u2014])(?=\s|$)/g;

/** Link text that is an address as typed (an autolink): never made typographic. */
const ADDRESS = /^(?:[a-z][\w+.-]*:\/\/|www\.|mailto:)|@/i;

/**
 * remark plugin: typographic quotes, apostrophes, en dashes (`--`), em dashes (`---`) and
 * ellipses in the text, by remark-smartypants, with a spaced dash kept on its word's line; code is not text, so it stays as written, and so
 * does the text of a link that spells out its address, and a command-line option's `--`.
 */
export function remarkTypographic() {
  const educate = (remarkSmartypants as unknown as (options: object) => (tree: Root) => void)({ dashes: 'oldschool' });
  return (tree: Root) => {
    const addresses: [Text, string][] = [];
    visit(tree, 'link', (link: Link) => {
      const [only] = link.children;
      if (link.children.length === 1 && only.type === 'text' && ADDRESS.test(only.value)) addresses.push([only, only.value]);
    });
    const options: Text[] = [];
    visit(tree, 'text', (text: Text) => {
      if (!text.value.includes('--')) return;
      const kept = text.value.replace(OPTION, `$1${KEPT}`);
      if (kept === text.value) return;
      text.value = kept;
      options.push(text);
    });
    educate(tree);
    // A spaced dash is tied to the word before it: it never opens a line (a Russian "X — Y").
    visit(tree, 'text', (text: Text) => {
      text.value = text.value.replace(SPACED_DASH, '\u00a0$1');
    });
    for (const node of options) node.value = node.value.replaceAll(KEPT, '--');
    for (const [node, value] of addresses) node.value = value;
  };
}
