import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { Diagnostic } from '../../model/deck.js';
import { clip } from '../text.js';

// An assistant's first word, the surest ("Sure!", "Certainly,"), then the others it opens with.
const FIRST_WORDS = 'sure|certainly|of course|absolutely';
const OPENING_WORDS = `${FIRST_WORDS}|okay|ok|great`;

// How a chat assistant opens its reply: "Sure! Here are…", "Certainly.", "Okay, I've compiled…".
export const CHAT_OPENING = new RegExp(
  `^(?:${OPENING_WORDS}|great question|no problem|happy to help)\\s*[!,.]|^here (?:are|is) (?:a |an |the |some )?(?:\\d+ |list |set |collection |compiled )`,
  'i',
);

// How it closes: "Let me know if…", "Hope this helps!", "Good luck with your interview!", "Want me to…?".
export const CHAT_CLOSING = /^(?:let me know\b|i hope (?:this|these|that) helps?|hope (?:this|these|that) helps?|feel free to (?:ask|let)|good luck\b|would you like (?:me to|more)|if you(?:'d| would) like (?:me to|more)|(?:do you )?want me to\b|shall i\b|if you want,? i can\b)/i;

// Inside a bank, only what can be nothing but the assistant speaking: a note on its reply ("Here's
// your optimized and polished Markdown for …", "Here are the next 10 questions") or a sign-off
// ("Let me know if you want…", "I hope this helps!", "Nếu bạn cần thêm …, hãy cho tôi biết!"). "Here is the key point: …" is an answer's.
const SPEAKER = String.raw`(?:(?:${OPENING_WORDS})\s*[!,.]\s*)?`;
const REPLY_NOTE = new RegExp(
  String.raw`^${SPEAKER}(?:here(?:'s|’s| is| are)|below (?:is|are))\s+(?:your|the)\s+(?:(?:[\w-]+,?\s+){0,5}(?:markdown|md|readme|version|rewrite)\b|(?:next|remaining|rest of the)\s+(?:\d+\s+)?(?:questions|batch|set|part)\b)`,
  'iu',
);
const SIGN_OFF =
  /^(?:let me know if (?:you|you'd|you’d)\b|i hope (?:this|these|that) helps|hope (?:this|these|that) helps|feel free to (?:ask|let me know|reach out)|would you like me to\b|(?:do you )?want me to\b|if you(?:'d|’d| would) like,? i can\b|if you want,? i can\b|happy (?:studying|learning|coding|interviewing)\b|nếu bạn (?:cần|muốn)\b[^\n]{0,200}?hãy cho (?:tôi|mình) biết)/iu;
// The longest a chat's note or sign-off runs: a line or two, never an answer's paragraph.
const NOTE_CHARS = 300;

/** A note a chat assistant left, by its words: a note on its reply, or a sign-off. */
function chatNote(node: RootContent | undefined): 'note' | 'closing' | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const text = toString(node).replace(/\s+/g, ' ').trim();
  if (text.length > NOTE_CHARS) return undefined;
  return REPLY_NOTE.test(text) ? 'note' : SIGN_OFF.test(text) ? 'closing' : undefined;
}

/** One block of a chat's words left out: where it stood and what it said. */
export interface ChatNote {
  line: number;
  text: string;
  kind: 'note' | 'closing';
  /** The list the note announced ("…, complete with:" over its bullets) went with it. */
  withList: boolean;
}

const lineOf = (node: RootContent): number => node.position?.start.line ?? 1;

/**
 * Blocks without the chat notes at their end (an answer's, a page's): a note or sign-off
 * paragraph, with the list it announces; rules after them stay. Never the last words of an
 * answer: a block run that is only chat is left as it is.
 */
export function withoutTrailingChat(nodes: RootContent[]): { nodes: RootContent[]; notes: ChatNote[] } {
  let end = nodes.length;
  while (end > 0 && nodes[end - 1].type === 'thematicBreak') end--;
  const rules = nodes.slice(end);
  const notes: ChatNote[] = [];
  for (;;) {
    const last = nodes[end - 1];
    const announced = last?.type === 'list' && /[:：]\s*$/.test(toString(nodes[end - 2] ?? { type: 'text', value: '' }));
    const at = announced ? end - 2 : end - 1;
    const kind = chatNote(nodes[at]);
    // What is left must still say something.
    if (!kind || !nodes.slice(0, at).some((n) => n.type !== 'thematicBreak' && n.type !== 'heading')) break;
    notes.unshift({ line: lineOf(nodes[at]), text: toString(nodes[at]), kind, withList: announced });
    end = at;
  }
  return { nodes: notes.length ? [...nodes.slice(0, end), ...rules] : nodes, notes };
}

// "Sure! …", "Certainly, …": the assistant's own first word, opening a page.
const REPLY_START = new RegExp(`^(?:${FIRST_WORDS})\\s*[!,.]`, 'i');

/** The chat's opening paragraphs at the start of a page (before and right under its `#` title), by index. */
function openingChat(nodes: RootContent[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'yaml' || node.type === 'thematicBreak' || (node.type === 'heading' && node.depth === 1)) continue;
    const text = toString(node).trim();
    if (node.type !== 'paragraph' || text.length > NOTE_CHARS || !(chatNote(node) || REPLY_START.test(text))) break;
    found.push(i);
  }
  return found;
}

const SAID = {
  opening: "a chat reply's opening left out",
  note: "a chat reply's note about itself left out",
  closing: "a chat reply's closing line left out",
} as const;

/**
 * A deck in our shape (`#` title, `##` sections, `###` questions) without what a chat assistant
 * said around it: its opening at the start of the page, its notes and sign-offs at the end of an
 * answer or of the page. Each is left out with a warning at its line, never silently.
 */
export function withoutChat(children: RootContent[], file: string, diagnostics: Diagnostic[]): { children: RootContent[]; left: number } {
  const warn = (line: number, what: string, text: string) =>
    diagnostics.push({ file, line, severity: 'warning', code: 'left-out', message: `${what} ("${clip(text.replace(/\s+/g, ' ').trim(), 40)}") — it is not part of the bank` });
  const opening = new Set(openingChat(children));
  for (const i of opening) warn(children[i].position?.start.line ?? 1, SAID.opening, toString(children[i]));
  const kept = children.filter((_, i) => !opening.has(i));
  // Runs of blocks between headings of a question or above; an answer's own headings are deeper.
  const out: RootContent[] = [];
  let run: RootContent[] = [];
  let answer = false;
  let left = opening.size;
  const close = (last: boolean) => {
    const chat = answer || last ? withoutTrailingChat(run) : { nodes: run, notes: [] };
    for (const note of chat.notes) warn(note.line, note.withList ? `${SAID.note} with the list under it` : SAID[note.kind], note.text);
    left += chat.notes.length;
    out.push(...chat.nodes);
    run = [];
  };
  for (const node of kept) {
    if (node.type === 'heading' && node.depth <= 3) {
      close(false);
      out.push(node);
      answer = node.depth === 3;
    } else run.push(node);
  }
  close(true);
  return { children: out, left };
}
