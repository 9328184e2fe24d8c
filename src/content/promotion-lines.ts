import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Diagnostic } from '../model/deck.js';
import { toString } from 'mdast-util-to-string';
import { clip, plainText } from './text.js';

// What a bank on GitHub asks of its visitors at its top ("Click ★ if you like the project", "⭐ this
// repo", "Your contributions are welcome", "欢迎 Star"): a call to the site's buttons, no words of the bank.
const CALLS = [
  /\b(?:click|hit|press|tap|give|leave|drop|smash)\b[^.!?]{0,40}(?:★|⭐|🌟|☆|\bstars?\b)/iu,
  /(?:★|⭐|🌟)\s*(?:star\s+)?(?:this|the|our|my)\s+(?:repo|repository|project|list)\b/iu,
  /\bstar\s+(?:this|the|our|my)\s+(?:repo|repository|project|list)\b/iu,
  /\bif\s+you\s+(?:like|liked|find|found|enjoy|enjoyed)\b[^.!?]{0,80}(?:★|⭐|🌟|\bstars?\b)/iu,
  /\b(?:your\s+|all\s+)?(?:contributions?|pull\s+requests?|PRs?)\s+(?:are|is)\s+(?:(?:always|very|most|highly|heartily|greatly|more\s+than)\s+)?(?:[♡♥❤\s]|\uFE0F)*(?:welcome|appreciated?)\b/iu,
  /\bfollow\s+me\b[^.!?]{0,80}\b(?:updates?|news|more)\b/iu,
  /\bfeel\s+free\s+to\s+(?:contribute|open\s+(?:a\s+)?(?:pull\s+request|PR|issue))\b/iu,
  /(?:欢迎|点个|给个|求)\s*(?:star|⭐|★|小星星)|(?:star|⭐)\s*支持|欢迎\s*(?:PR|贡献)/iu,
  /(?:поставьте|поставь)\s+(?:⭐|★|звезд)/iu,
  /\bdale\s+una\s+(?:⭐|estrella)|\bdeixe\s+(?:uma\s+)?(?:⭐|estrela)/iu,
];

// Sentences of a block, cut after their closing marks.
const SENTENCES = /[^.!?。！？]+[.!?。！？]*/gu;

/** Whether every sentence of a short block is such a call (a block saying more is left whole). */
function promotes(node: RootContent): boolean {
  const blocks = node.type === 'blockquote' ? node.children : [node];
  if (!blocks.every((b) => b.type === 'paragraph')) return false;
  const text = plainText(node);
  if (!text || text.length > 300) return false;
  const sentences = (text.match(SENTENCES) ?? []).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return sentences.length > 0 && sentences.every((s) => CALLS.some((call) => call.test(s)));
}

/** A call left out: where it was and what it said. */
interface Call {
  line: number;
  text: string;
}

// Where a sentence ends inside a run of text: after its closing marks and the spaces after them, or at a line's end.
const SENTENCE_END = /[.!?。！？]+["'”’)]*[ \t]*\n?|\n/gu;

// A piece of phrasing that closes its sentence: its last words end with a mark.
const CLOSED = /[.!?。！？]+["'”’)]*\s*$/u;

/** Phrasing that holds phrasing (bold, emphasis, a link): cut into sentences where its own words close them. */
type Wrapper = Extract<PhrasingContent, { children: PhrasingContent[] }>;
const wraps = (node: PhrasingContent): node is Wrapper => 'children' in node && Array.isArray(node.children);

/**
 * Phrasing cut into its sentences (at the marks and line ends of its text, inside bold and links too: a sentence
 * in bold is one of them, the wrapper copied onto each part), each with the line it starts on. A call in bold or a
 * link with no mark of its own ends its sentence where a sentence starts after it (`[Star this repo](…) Updated yearly.`).
 */
function sentences(children: PhrasingContent[], from: number): { line: number; children: PhrasingContent[] }[] {
  const out: { line: number; children: PhrasingContent[] }[] = [];
  let run: PhrasingContent[] = [];
  let line = from;
  let runLine = line;
  const flush = () => {
    if (run.length) out.push({ line: runLine, children: run });
    run = [];
  };
  const add = (node: PhrasingContent, at: number) => {
    if (!run.length) runLine = at;
    run.push(node);
  };
  for (const [i, child] of children.entries()) {
    if (child.type !== 'text') {
      const at = child.position?.start.line ?? line;
      const next = children[i + 1];
      const parts = wraps(child) ? sentences(child.children, at) : [{ line: at, children: [] }];
      parts.forEach((part, k) => {
        // A space closing a sentence inside the bold goes after it: `**Short answers.** Long ones…`.
        const last = part.children[part.children.length - 1];
        const spaced = last?.type === 'text' && /\s$/.test(last.value);
        const inner = spaced ? [...part.children.slice(0, -1), { ...last, value: last.value.trimEnd() }] : part.children;
        add(wraps(child) ? ({ ...child, children: inner } as PhrasingContent) : child, part.line);
        if (spaced) run.push({ type: 'text', value: ' ' });
        const said = plainText({ type: 'paragraph', children: part.children.length ? part.children : [child] });
        const startsNext = !next || (next.type === 'text' && /^[ \t]*(?:\n|[^\p{Ll}\s])/u.test(next.value));
        if (k < parts.length - 1 || CLOSED.test(said) || (calls(said) && startsNext)) flush();
      });
      continue;
    }
    line = child.position?.start.line ?? line;
    let at = 0;
    for (const m of child.value.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].length;
      add({ ...child, value: child.value.slice(at, end) }, line);
      flush();
      line += (child.value.slice(at, end).match(/\n/g) ?? []).length;
      at = end;
    }
    if (at < child.value.length) add({ ...child, value: child.value.slice(at) }, line);
  }
  flush();
  return out;
}

const calls = (text: string): boolean => /[\p{L}\p{N}]/u.test(text) && CALLS.some((call) => call.test(text));

/**
 * A paragraph with the sentences that only call for stars or contributions taken out, its other words kept
 * (`Answers checked against the manual. Give the repo a star if it helps.`); undefined when none of its sentences is one.
 */
function withoutCalls(paragraph: Paragraph, left: Call[]): Paragraph | undefined {
  const parts = sentences(paragraph.children, paragraph.position?.start.line ?? 1);
  const kept = parts.filter((p) => !calls(plainText({ type: 'paragraph', children: p.children })));
  if (kept.length === parts.length || !kept.length) return undefined;
  for (const p of parts) if (!kept.includes(p)) left.push({ line: p.line, text: plainText({ type: 'paragraph', children: p.children }).trim() });
  const children: PhrasingContent[] = [];
  for (const p of kept) {
    // One space between two sentences kept, where the call between them took its own or left two.
    const [first, ...rest] = p.children;
    const before = children.length ? toString({ type: 'paragraph', children }) : '\n';
    const lead = first?.type === 'text' ? { ...first, value: first.value.replace(/^[ \t]+/, '') } : first;
    if (!/\s$/.test(before) && !(lead?.type === 'text' && /^\s/.test(lead.value))) children.push({ type: 'text', value: ' ' });
    children.push(...(lead?.type === 'text' && !lead.value ? [] : lead ? [lead] : []), ...rest);
  }
  // The space or line end that closed the last kept sentence goes.
  const last = children[children.length - 1];
  if (last?.type === 'text') children[children.length - 1] = { ...last, value: last.value.trimEnd() };
  return { ...paragraph, children };
}

/**
 * An introduction without the calls a bank on GitHub makes to its visitors (to star it, to send
 * pull requests): left out, whole blocks or the sentences of a paragraph that says more, said in one
 * warning at the first one's line, naming the others'.
 */
export function withoutPromotion(nodes: RootContent[], file: string, diagnostics: Diagnostic[]): RootContent[] {
  const left: Call[] = [];
  const out = nodes.flatMap((node): RootContent[] => {
    if (promotes(node)) {
      left.push({ line: node.position?.start.line ?? 1, text: plainText(node) });
      return [];
    }
    return [node.type === 'paragraph' ? (withoutCalls(node, left) ?? node) : node];
  });
  if (!left.length) return nodes;
  const [line, ...more] = [...new Set(left.map((call) => call.line))];
  const what = left.length > 1 ? `${left.length} calls to star or contribute to the project (lines ${[line, ...more].join(', ')})` : 'a call to star or contribute to the project';
  diagnostics.push({ file, line, severity: 'warning', code: 'left-out', message: `${what} left out of the introduction ("${clip(left[0].text, 60)}") — it is the site's, not the bank's` });
  return out;
}
