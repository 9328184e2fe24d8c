import type { Page } from 'puppeteer-core';

/**
 * A paragraph or list item cut where a shared page ends (plan-section-breaks.ts): the block whose
 * text (soft hyphens left out) hashes to `text`, the `nth` such in document order, keeps its first
 * `at` characters; the rest goes on in a copy of it that starts the next page. A page's name
 * changes only between elements, so a chapter running on under the one before whose first
 * question's first paragraph broke across the page could share nothing: the whole chapter went to
 * the next page and left the shared one 62 % full (the Letter guide's page 29).
 */
export interface LineCut {
  text: number;
  nth: number;
  at: number;
}

/** The blocks a plan may cut by lines: the chapters' paragraphs and list items. */
export const TEXT_BLOCKS = ':is(section.section, section.outro) :is(p, li)';

/** Where installCutText puts the page functions below, for the plan and for a later load alike. */
export const CUT_TEXT = '__studyguideCutText';

/** Puts the page functions below in the loaded page (page functions cannot import them). */
export async function installCutText(page: Page): Promise<void> {
  await page.evaluate(`window.${CUT_TEXT} = { hash: ${textHash.toString()}, find: ${findBlock.toString()}, cut: ${cutTextBlock.toString()} }`);
}

/** Makes, in a later load of the same guide, the cuts a plan made (before its rules apply). */
export async function replayTextCuts(page: Page, cuts: readonly LineCut[]): Promise<void> {
  if (!cuts.length) return;
  await installCutText(page);
  await page.evaluate(
    (list: LineCut[], name: string, selector: string) => {
      const fns = (window as unknown as Record<string, { find: typeof findBlock; cut: typeof cutTextBlock }>)[name];
      for (const c of list) {
        const block = fns.find(selector, c.text, c.nth);
        if (block) fns.cut(block, c.at);
      }
    },
    [...cuts],
    CUT_TEXT,
    TEXT_BLOCKS,
  );
}

/** Runs in the page. FNV-1a of an element's text without its soft hyphens (the laying out takes some out). */
export function textHash(el: Element): number {
  const text = (el.textContent ?? '').replace(/\u00ad/g, '');
  let hash = 0x811c9dc5;
  for (let c = 0; c < text.length; c++) hash = Math.imul(hash ^ text.charCodeAt(c), 0x01000193) >>> 0;
  return hash;
}

/** Runs in the page. The `nth` block of `selector` whose text hashes to `text`. */
export function findBlock(selector: string, text: number, nth: number): HTMLElement | undefined {
  const hash = (window as unknown as Record<string, { hash: (el: Element) => number }>).__studyguideCutText.hash;
  return Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((el) => hash(el) === text)[nth];
}

/**
 * Runs in the page. Cuts `block` after its first `at` characters (soft hyphens not counted): the
 * rest goes into a copy of it right after it, which prints as the block's continuation (no bullet,
 * no number counted, no indent, no space above; cut-text.css in the guide's styles). Returns the rest.
 */
export function cutTextBlock(block: HTMLElement, at: number): HTMLElement | null {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    for (let i = 0; i < n.data.length; i++) {
      if (n.data[i] === '\u00ad') continue;
      if (seen++ < at) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(block, block.childNodes.length);
      const rest = block.cloneNode(false) as HTMLElement;
      rest.removeAttribute('id');
      const tail = range.extractContents();
      // The text node cut keeps a link to its other half: kept-hyphens.ts reads the two as the text it noted.
      const other = document.createTreeWalker(tail, NodeFilter.SHOW_TEXT).nextNode();
      if (other) (n as unknown as Record<string, unknown>).sgTail = other;
      rest.append(tail);
      block.dataset.sgCut = '';
      rest.dataset.sgRest = '';
      // The tagged PDF reads the two as the one block they are, as it reads a cut table
      // (plan-section-breaks.ts): the rest is no element of its own (role none) and its text is
      // the block's (aria-owns, which the accessibility tree the tags come from follows). Left
      // as they were, a paragraph cut across a page was tagged as two paragraphs, an item as two items.
      // A rest cut again is owned by the block its first piece began.
      const owner = block.dataset.sgRest === undefined ? block : document.querySelector<HTMLElement>(`[aria-owns~="${block.id}"]`);
      rest.removeAttribute('aria-owns');
      rest.setAttribute('role', 'none');
      rest.id = `sg-text-rest-${document.querySelectorAll('[data-sg-rest][role="none"]').length}`;
      if (owner) owner.setAttribute('aria-owns', [owner.getAttribute('aria-owns'), rest.id].filter(Boolean).join(' '));
      block.after(rest);
      return rest;
    }
  }
  return null;
}
