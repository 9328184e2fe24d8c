import type { PhrasingContent } from 'mdast';

// Pictographs a bank opens a question with to catch the eye (`🔥`, `✅`, `👉`, `💡`, `▶️`), with
// their variation selectors, joiners and skin tones. Level marks (🟢 🟡 🔴, stars) are read as the
// question's level before this runs, and a sign such as © or ° is text, so neither is one.
const PICTOGRAPH = String.raw`(?:(?![©®™°🟢🟩🟡🟨🟠🟧🔴🟥⭐★☆🌟])[\p{Extended_Pictographic}\p{So}])(?:\uFE0F|\u200D|\p{Emoji_Modifier})*`;
// A run of them opening the words, where the sentence starts after them: a capital, a letter of a
// script with no case (`👉 什么是…`), a digit or an opening mark. One followed by a small letter or a
// sign is part of the sentence (`✅ vs ❌: which …?`, `🍕 emoji in commits?`), and stays.
const LEADING = new RegExp(String.raw`^\s*(?:${PICTOGRAPH}\s*)+(?=[\p{Lu}\p{Lo}\p{Nd}¿¡"“«'‘(\[])`, 'u');

/**
 * A question's words without the decorative pictographs opening them (`🔥 What is the event
 * loop?` → "What is the event loop?"): printed in the guide, on cards and in the contents they
 * read as part of the question. Pictographs inside the sentence, and in answers, stay.
 */
export function withoutDecoration(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const m = LEADING.exec(first.value);
  if (!m) return children;
  const value = first.value.slice(m[0].length);
  return value ? [{ ...first, value }, ...rest] : rest;
}
