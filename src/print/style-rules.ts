/**
 * Runs in the page: the rules of the style element `selector` names (`style[data-sg-pull]`), made
 * with that attribute when missing, set to `css`. Each step that tries rules on a loaded page
 * keeps them in an element of its own, so that it can undo them and a prediction can read again
 * where only they changed (predictPages' `since`).
 */
export function setStyleRules(selector: string, css: string): void {
  let style = document.querySelector<HTMLStyleElement>(selector);
  if (!style) {
    style = document.createElement('style');
    style.setAttribute(/\[([\w-]+)\]/.exec(selector)?.[1] ?? 'data-sg-rules', '');
    document.head.append(style);
  }
  style.textContent = css;
}
