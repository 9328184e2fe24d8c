/**
 * A paragraph ending in a colon (`:`, or the full-width `：` of Chinese and Japanese), right before
 * a list, code block, table, diagram (a figure) or quote: the lead-in that announces it
 * ("**Explanation:**" over a quoted sentence, as imported banks set their notes). Only those are
 * kept on a page with what follows them; any other paragraph before a list may end a page.
 */
const LEAD_IN = /<p>((?:(?!<\/?p\b)[\s\S])*?[:：](?:\s*<\/[a-z]+>)*\s*)<\/p>(\s*<(?:ul|ol|pre|table|figure|blockquote)\b)/g;

/**
 * A short paragraph set wholly in bold, right before another block: a label standing for a heading
 * (`**Folders**` over a tree, `**通知系统功能**` over a list, `**GitHub Actions 配置**` over a
 * sub-heading), kept with what follows as a heading is. At a page's foot it was left alone, under
 * it a hole and its list or code on the next page.
 */
const LABEL =
  /<p>(\s*<(strong|b)>(?:(?!<\/?(?:p|strong|b)\b)[^<]|<(?!\/?(?:p|strong|b)\b)[^>]*>){1,120}<\/\2>\s*[.:：]?\s*)<\/p>(\s*<(?:p|ul|ol|dl|pre|table|figure|blockquote|h[1-6])\b)/g;

/**
 * A paragraph right before a display formula, however it ends: the sentence runs on into the
 * formula ("The loss over n examples is" over $$L(w) = …$$), and a page never breaks just before a
 * display (plain TeX's \predisplaypenalty is 10000). One ended a Letter page, its formula opening the next.
 */
const BEFORE_DISPLAY = /<p>((?:(?!<\/?p\b)[\s\S])*?)<\/p>(\s*<span class="katex-display")/g;

/** `html` with every lead-in paragraph marked `class="lead-in"`. */
export function markLeadIns(html: string): string {
  return html
    .replace(LEAD_IN, '<p class="lead-in">$1</p>$2')
    .replace(LABEL, '<p class="lead-in">$1</p>$3')
    .replace(BEFORE_DISPLAY, '<p class="lead-in">$1</p>$2');
}
