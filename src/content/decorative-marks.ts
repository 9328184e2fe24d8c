import type { PhrasingContent } from 'mdast';

// Pictographs a bank opens a question with to catch the eye (`🔥`, `✅`, `👉`, `💡`, `▶️`), with
// their variation selectors, joiners and skin tones. Level marks (🟢 🟡 🔴, stars) are read as the
// question's level before this runs, and a sign such as © or ° is text, so neither is one.
const PICTOGRAPH = String.raw`(?:(?![©®™°🟢🟩🟡🟨🟠🟧🔴🟥⭐★☆🌟])[\p{Extended_Pictographic}\p{So}])(?:\uFE0F|\u200D|\p{Emoji_Modifier})*`;
// A run of them opening the words, where the sentence starts after them: a capital, a letter of a
// script with no case (`👉 什么是…`), a digit or an opening mark. One followed by a small letter or a
// sign is part of the sentence (`✅ vs ❌: which …?`, `🍕 emoji in commits?`), and stays.
const LEADING = new RegExp(String.raw`^\s*(?:${PICTOGRAPH}\s*)+(?=[\p{Lu}\p{Lo}\p{Nd}¿¡"“«'‘(\[])`, 'u');
// A run of them after the mark that ends the question (`? 🔥`, `？ 👀`): with it, the sentence is over.
// So is a run of asterisks there (`Which HTTP versions exist? *`, `… CORS? **`): a bank's marks for
// questions it means to stress, left as text inside a `<summary>`, where no emphasis closes them.
const TRAILING = new RegExp(String.raw`([?？!！.。])(?:\s*(?:${PICTOGRAPH}|\*{1,3}(?!\S)))+\s*$`, 'u');

const PICTOGRAPH_WORD = new RegExp(String.raw`^(?:${PICTOGRAPH})+$`, 'u');

/** Whether a word is pictographs only (`✅`, `🚀🔥`): decoration, not words. */
export const isPictographs = (word: string): boolean => PICTOGRAPH_WORD.test(word);

/**
 * A question's words without the decorative pictographs opening them (`🔥 What is the event
 * loop?` → "What is the event loop?"): printed in the guide, on cards and in the contents they
 * read as part of the question. So do those after its closing mark (`… work? 🔥`), and asterisks there (`… CORS? **`). Pictographs inside the sentence, and in answers, stay.
 */
export function withoutDecoration(children: PhrasingContent[]): PhrasingContent[] {
  return withoutClosing(withoutOpening(children));
}

function withoutOpening(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const m = LEADING.exec(first.value);
  if (!m) return children;
  const value = first.value.slice(m[0].length);
  return value ? [{ ...first, value }, ...rest] : rest;
}

/** The same run after the question's closing mark (`How does the GIL work? 🔥`): the sentence has ended. */
function withoutClosing(children: PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1];
  if (last?.type !== 'text') return children;
  const m = TRAILING.exec(last.value);
  if (!m) return children;
  return [...children.slice(0, -1), { ...last, value: last.value.slice(0, m.index + m[1].length) }];
}

// A title's marks: any pictograph or symbol (level marks and stars too: a section's level is read
// from its heading as written), keycaps' joiners with them; a sign such as © or ° is text.
const TITLE_MARK = String.raw`(?:(?![©®™°])[\p{Extended_Pictographic}\p{So}])(?:\uFE0F|\u200D|\u20E3|\p{Emoji_Modifier})*`;
// Bullets a bank types before its titles (`• Basics`, `- Networking`, `→ Advanced`).
const TITLE_BULLET = String.raw`[•·▪▫◦‣⁃→⇒»]|[-–—*+](?=\s)`;
const TITLE_LEADING = new RegExp(String.raw`^\s*(?:(?:${TITLE_MARK}|${TITLE_BULLET})\s*)+`, 'u');
const TITLE_TRAILING = new RegExp(String.raw`(?:\s*${TITLE_MARK})+\s*$`, 'u');
const LEVEL_MARK = /^\s*[🟢🟩🟡🟨🟠🟧🔴🟥⭐★☆🌟]/u;

/**
 * A section title without the pictographs and bullets a bank sets around it (`🔹 Basics`, `📌
 * Networking 🚀`, `• Advanced`): in the contents, running heads and on each divider they read as
 * part of the name. Marks inside the title stay; a title of marks alone is kept as it is.
 */
export function withoutTitleMarks(title: string): string {
  const bare = title.replace(TITLE_LEADING, '').replace(TITLE_TRAILING, '');
  return /[\p{L}\p{N}]/u.test(bare) ? bare : title;
}

/** The same for a heading's phrasing, as `import` writes it: the marks go from its first and last runs of text. */
export function withoutTitleMarksIn(children: PhrasingContent[]): PhrasingContent[] {
  // Level marks (`## 🟢 Level 1`) stay: the deck written reads its sections' levels from them.
  if (children[0]?.type === 'text' && LEVEL_MARK.test(children[0].value)) return children;
  const out = children.map((child, i) => {
    if (child.type !== 'text') return child;
    let value = child.value;
    if (i === 0) value = value.replace(TITLE_LEADING, '');
    if (i === children.length - 1) value = value.replace(TITLE_TRAILING, '');
    return { ...child, value };
  });
  const text = out.map((c) => ('value' in c ? c.value : '')).join('');
  return /[\p{L}\p{N}]/u.test(text) || out.some((c) => c.type !== 'text') ? out.filter((c) => c.type !== 'text' || c.value) : children;
}
