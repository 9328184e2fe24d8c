/** Han, kana and Hangul: some of them (多, 条) stand above a 1.2 line of a heading face. */
const TALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A heading, or a quiz key's question (templates/quiz.hbs), with its attributes and content. */
const HEADING = /<(h[1-6]|p(?= class="quiz-answer-q"))\b([^>]*)>([\s\S]*?)<\/\1>/g;

/**
 * Marks each heading that sets Chinese, Japanese or Korean characters (`data-tall`), whatever the
 * deck's language: styles/base.css gives it the room above its first line that such characters
 * need, which a page break keeps. Keyed on the deck's language, an English deck's Chinese heading
 * opening a page painted the tops of its characters at the foot of the page before.
 */
export function markTallHeadings(html: string): string {
  return html.replace(HEADING, (whole, tag: string, attrs: string, inner: string) =>
    TALL.test(inner.replace(/<[^>]*>/g, '')) ? `<${tag}${attrs} data-tall>${inner}</${tag}>` : whole,
  );
}
