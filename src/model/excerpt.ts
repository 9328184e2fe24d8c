/** A high surrogate: the first half of a character written as two UTF-16 units (𝐓, 🚀, 𠀋). */
const opensPair = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * The number of units of `text` to keep when cutting it at `at`, stepped back so the cut never
 * falls inside a character written as two units: half a pair prints as "�".
 */
export const wholeCharacters = (text: string, at: number): number => (at > 0 && at < text.length && opensPair(text.charCodeAt(at - 1)) ? at - 1 : at);

/** Text cut to at most `max` units, with "…" when cut, for quoting it in a one-line message. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, wholeCharacters(text, max - 1))}…`;
}
