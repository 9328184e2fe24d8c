import type { RootContent } from 'mdast';
import { CODE_MARKS } from './prose-fences.js';

// A quiz kept on a GitBook site may set each question in a code box with no language, under a
// heading that is only its number (`##11` over ``` 简述一下 src 与 href 的区别。 ```), the same
// box its other questions' listings are in. Such a box holding a line or two of words that ask
// (a question mark, a full stop, or Chinese, Japanese or Korean words) is the question.

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The question a code box with no language asks in words, if it does. */
export function fencedQuestion(node: RootContent | undefined): string | undefined {
  if (node?.type !== 'code' || node.lang) return undefined;
  const lines = node.value.split('\n').map((l) => l.trim()).filter(Boolean);
  const words = lines.join(' ');
  if (!lines.length || lines.length > 3 || words.length > 200 || !/\p{L}{2}/u.test(words)) return undefined;
  // Code asks nothing, unless its words end on a question mark (`… $(document).ready() 有什么不同？`).
  if (/[?？]$/.test(words)) return words;
  return !CODE_MARKS.test(node.value) && (/[.。]$/.test(words) || WIDE.test(words)) ? words : undefined;
}
