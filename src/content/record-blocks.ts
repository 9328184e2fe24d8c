import type { Code, Root, RootContent } from 'mdast';
import { visit } from './visit-tree.js';
import type { Diagnostic } from '../model/deck.js';
import { parseMarkdown } from './markdown.js';
import { oneLine, QUESTION_KEYS, recordQuestions, recordsOf, unreadFieldsMessage } from './record-fields.js';
import { readYamlRecords } from './yaml-records.js';

/** A record's question field, as a YAML or JSON bank names it (`- question: …`, `"q": …`). */
const RECORD_KEY = /^\s*(?:-\s*)?["']?(?:question|q|prompt|front|title|text|term)["']?\s*:/im;

/** The code blocks of a deck that may hold question records (```yaml, ```yml, ```json with a question key). */
export const recordBlocks = (tree: Root): Code[] =>
  tree.children.filter((n): n is Code => n.type === 'code' && /^(?:ya?ml|json)$/i.test(n.lang ?? '') && RECORD_KEY.test(n.value));

/**
 * readRecordBlocks where the file asks nothing but in its record blocks, as `readLayout` reads
 * it (into our shape, in place); how many questions they held.
 */
export function readRecords(tree: Root, file: string, diagnostics: Diagnostic[], readLayout: (tree: Root) => void): number {
  const blocks = recordBlocks(tree);
  if (!blocks.length) return 0;
  // A yaml block in an answer (`### How does the app store questions?` over it) is code: read the file without it first.
  const probe = structuredClone(tree);
  readLayout(probe);
  if (probe.children.some((n) => n.type === 'heading' && n.depth === 3)) return 0;
  return readRecordBlocks(tree, blocks, file, diagnostics);
}

/**
 * Question records kept in a code block (a quiz app's data pasted into a note) → the questions
 * they hold, in our format, in place of the block, each at its record's line in the file. A
 * record with no question is a warning at its line; a block that does not parse is an error
 * there. Returns how many questions were read.
 */
function readRecordBlocks(tree: Root, blocks: Code[], file: string, diagnostics: Diagnostic[]): number {
  let read = 0;
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== 'code' || !blocks.includes(node)) return [node];
    const first = (node.position?.start.line ?? 1) + 1;
    const records = readYamlRecords(node.value, file, first, `the ${node.lang} block of question records`);
    const { items } = recordsOf(records.data);
    const { questions, missing, unread } = recordQuestions(items);
    diagnostics.push(...records.warnings);
    const unreadMessage = unreadFieldsMessage(unread);
    if (unreadMessage) diagnostics.push({ file, line: records.lineOf(unread[0].index), severity: 'warning', code: 'left-out', message: unreadMessage });
    for (const i of missing) {
      diagnostics.push({
        file,
        line: records.lineOf(i),
        severity: 'warning',
        code: 'left-out',
        message: `record ${i + 1} of the ${node.lang} block has no question (${QUESTION_KEYS.join(', ')}); left out`,
      });
    }
    if (!questions.length) return [node];
    read += questions.length;
    // Sections only where the records name them: else the questions stand where the block stood.
    const named = questions.some((q) => q.section);
    const lines: string[] = [];
    const origins: number[] = [];
    let section: string | undefined;
    for (const q of questions) {
      const at = records.lineOf(q.index);
      if (named && (q.section ?? 'Questions') !== section) {
        section = q.section ?? 'Questions';
        lines.push(`## ${oneLine(section)}`, '');
        origins.push(at, at);
      }
      const answer = records.answerLineOf(q.index);
      q.lines.forEach((line, k) => {
        lines.push(line);
        origins.push(q.answerAt >= 0 && k >= q.answerAt ? answer + k - q.answerAt : at);
      });
    }
    const nodes = parseMarkdown(lines.join('\n')).children;
    // Each node where its record stands in the deck file, for every message that names a line.
    visit({ type: 'root', children: nodes } as Root, (n) => {
      if (!n.position) return;
      const start = origins[n.position.start.line - 1] ?? first;
      const end = origins[n.position.end.line - 1] ?? start;
      n.position = { start: { line: start, column: n.position.start.column }, end: { line: Math.max(start, end), column: n.position.end.column } };
    });
    return nodes;
  });
  return read;
}
