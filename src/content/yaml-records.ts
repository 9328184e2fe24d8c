import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { contentError } from '../errors.js';
import { ANSWER_KEYS, keyIn, LIST_KEYS } from './record-fields.js';
import type { Diagnostic } from '../model/deck.js';
import { loneSurrogateWarnings, wellFormedData } from './lone-surrogates.js';

/** Records read from YAML, with the line each record and its answer start on in the file. */
export interface YamlRecords {
  data: unknown;
  /** Said of the text while reading it (lone surrogate escapes, lone-surrogates.ts). */
  warnings: Diagnostic[];
  /** The line record `i` (in recordsOf's order) starts on. */
  lineOf(i: number): number;
  /** The line the first line of record `i`'s answer text stands on. */
  answerLineOf(i: number): number;
}

/**
 * YAML text of question records (a .yaml bank, or a ```yaml block whose first line is `firstLine`
 * of `file`) → its data and lines; a syntax error is one line naming where, as `what` calls the text.
 */
export function readYamlRecords(source: string, file: string, firstLine: number, what: string): YamlRecords {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const at = counter.linePos(error.pos[0]).line;
    const said = error.message.split('\n')[0].replace(/\s+at line \d+.*$/, '');
    throw contentError(file, firstLine + at - 1, `${what} does not parse (${said})`, 'fix the YAML there: indent each field of a record under its "- ", and close every [ and "');
  }
  const line = (node: YamlNode | null | undefined): number => (node?.range ? firstLine + counter.linePos(node.range[0]).line - 1 : firstLine);
  const items = recordNodes(doc.contents);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // An alias bomb ("billion laughs") stops at the cap instead of filling the memory.
    const said = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw contentError(file, firstLine, `${what} does not parse (${said})`, 'write each record out in full: aliases (*name) may repeat a value, not multiply it');
  }
  const whole = wellFormedData(data);
  return {
    data: whole.data,
    warnings: whole.mended ? loneSurrogateWarnings(source, file, firstLine) : [],
    lineOf: (i) => line(items[i]),
    answerLineOf: (i) => {
      const item = items[i];
      if (!isMap(item)) return line(item);
      const names = item.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key));
      const key = keyIn(names, ANSWER_KEYS);
      const value = item.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === key)?.value as YamlNode | undefined;
      // A block scalar's text (`answer: |`) starts on the line under its key.
      const block = isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED');
      return value ? line(value) + (block ? 1 : 0) : line(item);
    },
  };
}

/** The record nodes in the order recordsOf (record-fields.ts) lists their data. */
function recordNodes(contents: unknown): (YamlNode | null)[] {
  if (isSeq(contents)) return contents.items as YamlNode[];
  if (!isMap(contents)) return [];
  const listed = contents.items.find((p) => isScalar(p.key) && LIST_KEYS.includes(String(p.key.value).toLowerCase()) && isSeq(p.value));
  if (listed) return (listed.value as { items: YamlNode[] }).items;
  return contents.items.flatMap((p) => (isSeq(p.value) ? (p.value.items as YamlNode[]) : []));
}
