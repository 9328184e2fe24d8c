import type { PhrasingContent } from 'mdast';
import type { Level } from '../../model/deck.js';

// A level marked in a question's own words, before or after them: traffic-light colours (🟢 easy,
// 🟡 medium, 🔴 hard), a count of stars (⭐ easy, ⭐⭐ medium, ⭐⭐⭐ or more hard) or the level's
// name in brackets (`[Easy]`, `(Medium)`, `[Advanced]`).
const COLOURS: Record<string, Level> = { '🟢': 'easy', '🟩': 'easy', '🟡': 'medium', '🟨': 'medium', '🟠': 'medium', '🟧': 'medium', '🔴': 'hard', '🟥': 'hard' };
const NAMES: Record<string, Level> = { easy: 'easy', basic: 'easy', beginner: 'easy', medium: 'medium', intermediate: 'medium', hard: 'hard', advanced: 'hard', expert: 'hard' };
const MARK = String.raw`(?:(🟢|🟩|🟡|🟨|🟠|🟧|🔴|🟥)\uFE0F?|((?:[⭐★]\uFE0F?){1,5})|[[(](easy|basic|beginner|medium|intermediate|hard|advanced|expert)[\])])`;
const LEADING = new RegExp(`^\\s*${MARK}\\s*`, 'iu');
const TRAILING = new RegExp(`\\s*${MARK}\\s*$`, 'iu');

function levelOf(m: RegExpExecArray): Level {
  if (m[1]) return COLOURS[m[1]];
  if (m[2]) {
    const stars = [...m[2].replace(/\uFE0F/g, '')].length;
    return stars >= 3 ? 'hard' : stars === 2 ? 'medium' : 'easy';
  }
  return NAMES[m[3].toLowerCase()];
}

/**
 * The level a question marks in its own words (`🟢 What is JSX?`, `What is a ref? (Medium)`,
 * `⭐⭐⭐ Why …?`), and its words without the mark: the level is the question's badge, printed as
 * one, not part of what is asked. Undefined when no mark opens or closes the words, or the mark is all there is.
 */
export function levelMark(children: PhrasingContent[]): { level: Level; children: PhrasingContent[] } | undefined {
  const first = children[0];
  const last = children[children.length - 1];
  let m: RegExpExecArray | null;
  if (first?.type === 'text' && (m = LEADING.exec(first.value))) {
    const value = first.value.slice(m[0].length);
    const rest = value ? [{ ...first, value }, ...children.slice(1)] : children.slice(1);
    return rest.length ? { level: levelOf(m), children: rest } : undefined;
  }
  if (last?.type === 'text' && (m = TRAILING.exec(last.value))) {
    const value = last.value.slice(0, m.index);
    const rest = value ? [...children.slice(0, -1), { ...last, value }] : children.slice(0, -1);
    return rest.length ? { level: levelOf(m), children: rest } : undefined;
  }
  return undefined;
}
