import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { titleAsks } from './text.js';
import { isFolderFile, notADeck } from './index-file.js';
import { ANSWER_WORD } from './layouts/labels.js';
import { markCardStart } from './layouts/card-start.js';
import { parseFrontMatter } from './front-matter.js';

// Docs sites keep a bank as one page a question: the question is the page's title (front matter
// `title: What is the temporal dead zone?`, or `# Explain what a pod is`), the page its answer.

/** The front matter's `title`, when it is text (malformed YAML is the parse's to report). */
function yamlTitle(yaml: string, file: string): string | undefined {
  try {
    const title = parseFrontMatter(yaml, file, 1).title;
    return typeof title === 'string' && title.trim() ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Content that answers: anything but headings, rules and raw HTML. */
const answers = (n: RootContent): boolean => n.type !== 'heading' && n.type !== 'thematicBreak' && n.type !== 'html' && n.type !== 'yaml' && n.type !== 'definition';

/**
 * Rewrites a file that asks one question in its title into a deck of that question: the title as
 * a `###` heading over the rest, whose headings go a level below it. True when it did; a file with
 * `###` headings that ask, a read-me or index, or a title that does not ask is left as it is.
 */
export function titleQuestion(tree: Root, file: string): boolean {
  const nodes = tree.children;
  // A `###` heading that asks is a question of the file's own; one that names a part ("Example") is the answer's.
  if (isFolderFile(file) || nodes.some((n) => n.type === 'heading' && n.depth === 3 && titleAsks(toString(n)))) return false;
  const yaml = nodes.find((n) => n.type === 'yaml');
  const h1s = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (h1s.length > 1) return false;
  const fromYaml = yaml && yamlTitle(yaml.value, file);
  const title = fromYaml ?? (h1s[0] && toString(h1s[0]));
  if (!title || notADeck(file, tree)) return false;
  // The page's `#` heading is its question, or repeats the front matter's title; else it stays as a part of the answer.
  const asked = h1s[0] && (!fromYaml || toString(h1s[0]).trim() === title) ? h1s[0] : undefined;
  const body = nodes.filter((n) => n !== yaml && n !== asked);
  if (!body.some(answers)) return false;
  // A title that names a task ("Recover disk space …") over the question it asks, then the answer heading.
  const opening = body.find(answers);
  const restated = opening?.type === 'paragraph' && titleAsks(toString(opening)) && body.some((n) => n.type === 'heading' && ANSWER_WORD.test(toString(n)));
  if (!titleAsks(title) && !restated) return false;
  const heading: Heading = asked ? { ...asked, depth: 3 } : { type: 'heading', depth: 3, children: [{ type: 'text', value: title }], position: yaml?.position };
  const deeper = body.map((n) => (n.type === 'heading' && n.depth < 4 ? { ...n, depth: 4 as const } : n));
  tree.children = [...(yaml ? [yaml] : []), heading, ...answerFromLabel(deeper)];
  return true;
}

/**
 * The page restating its question above an answer heading (`## Answer guide`): the label goes, and
 * the answer starts under it, so the restated question prints with the question, not as its card.
 */
function answerFromLabel(nodes: RootContent[]): RootContent[] {
  const at = nodes.findIndex((n) => n.type === 'heading' && ANSWER_WORD.test(toString(n)));
  if (at <= 0 || !nodes[at + 1]) return nodes;
  return [...nodes.slice(0, at), markCardStart(nodes[at + 1]), ...nodes.slice(at + 2)];
}
