import type { RootContent } from 'mdast';
import type { Diagnostic } from '../model/deck.js';
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

/**
 * An introduction without the calls a bank on GitHub makes to its visitors (to star it, to send
 * pull requests): left out, said in one warning at the first one's line, naming the others'.
 */
export function withoutPromotion(nodes: RootContent[], file: string, diagnostics: Diagnostic[]): RootContent[] {
  const calls = nodes.filter(promotes);
  if (!calls.length) return nodes;
  const [line, ...more] = calls.map((node) => node.position?.start.line ?? 1);
  const what = more.length ? `${calls.length} calls to star or contribute to the project (lines ${[line, ...more].join(', ')})` : 'a call to star or contribute to the project';
  diagnostics.push({ file, line, severity: 'warning', code: 'left-out', message: `${what} left out of the introduction ("${clip(plainText(calls[0]), 60)}") — it is the site's, not the bank's` });
  return nodes.filter((node) => !calls.includes(node));
}
