/**
 * A paragraph ending in a colon, right before a list, code block, table or diagram (a figure): the lead-in
 * that announces it. Only those are kept on a page with what follows them; any other paragraph
 * before a list may end a page.
 */
const LEAD_IN = /<p>((?:(?!<\/?p\b)[\s\S])*?:(?:\s*<\/[a-z]+>)*\s*)<\/p>(\s*<(?:ul|ol|pre|table|figure)\b)/g;

/** `html` with every lead-in paragraph marked `class="lead-in"`. */
export function markLeadIns(html: string): string {
  return html.replace(LEAD_IN, '<p class="lead-in">$1</p>$2');
}
