import { createHash } from 'node:crypto';
import { escapeHtml } from '../content/text.js';
import { allowLiveScript } from '../render/csp.js';
import { FONT_ORIGIN } from '../render/fonts.js';

/** Where served pages listen for Server-Sent Events. */
export const EVENTS_PATH = '/__studyguide/events';

/** Where the preview serves the bundled font files (render/fonts.ts): pages ask for them at FONT_ORIGIN. */
export const FONTS_PATH = '/_fonts/';

/** Fired on the document after a page was patched in place (the guide's screen script sets itself up again). */
const PATCHED_EVENT = 'studyguide:patched';

// Fixed to the bottom edge: visible wherever the reader is scrolled, clear of the guide's sticky controls.
const BANNER_STYLE =
  'position:fixed;left:0;right:0;bottom:0;z-index:50;max-height:40vh;overflow:auto;margin:0;padding:10px 14px;box-shadow:0 -2px 6px rgba(0,0,0,.15);background:#fdecea;color:#7f1d1d;border-top:2px solid #b71c1c;font:14px/1.45 ui-monospace,"DejaVu Sans Mono",monospace;white-space:pre-wrap;overflow-wrap:anywhere';

// The page side, kept in ES2017 so any current browser runs it. A page belongs to the deck named
// by the first path segment; the listing (`/`, `/index.html`) reloads on every change. A patch
// applies only to the version of the page it was made from (the script's data-version): any
// other version, or a part that is not where it should be, reloads the page instead. Elements
// this script and the server add to <body> carry data-sg-live and do not count in a part's path.
const CLIENT_SCRIPT = `(() => {
  const me = document.currentScript;
  let version = me ? me.getAttribute('data-version') : null;
  const parts = location.pathname.split('/').filter(Boolean);
  const deck = parts.length > 1 ? decodeURIComponent(parts[0]) : '';
  const page = parts.length > 1 ? decodeURIComponent(parts[parts.length - 1]) : '';
  const isGuide = page === 'guide.html';
  const mine = (decks) => decks === '*' || !deck || decks.indexOf(deck) >= 0;
  const kept = (keep) => !!deck && Array.isArray(keep) && keep.indexOf(deck + '/' + page) >= 0;
  const toast = (text) => {
    let el = document.getElementById('sg-live-toast');
    if (!el) {
      el = document.createElement('div');
      el.id = 'sg-live-toast';
      el.setAttribute('role', 'status');
      el.setAttribute('data-sg-live', '');
      el.style.cssText = 'position:fixed;right:12px;bottom:12px;z-index:99;max-width:80vw;padding:6px 10px;border-radius:4px;background:#1f4e79;color:#fff;font:13px/1.4 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)';
      document.body.appendChild(el);
    }
    el.textContent = text;
    el.hidden = false;
    clearTimeout(el._t);
    el._t = setTimeout(() => { el.hidden = true; }, 3000);
  };
  const banner = (text) => {
    let el = document.querySelector('body > .sg-error-banner');
    if (!text) return el && el.remove();
    if (!el) {
      el = document.createElement('pre');
      el.className = 'sg-error-banner';
      el.setAttribute('role', 'alert');
      el.setAttribute('data-sg-live', '');
      el.style.cssText = ${JSON.stringify(BANNER_STYLE)};
      document.body.insertBefore(el, document.body.firstChild);
    }
    el.textContent = text;
  };
  const own = (el) => Array.prototype.filter.call(el.children, (c) => el !== document.body || !c.hasAttribute('data-sg-live'));
  const find = (path) => path.reduce((el, i) => el && own(el)[i], document.body);
  const apply = (p) => {
    const targets = p.parts.map((part) => find(part.path));
    if (targets.some((t) => !t || t === document.body)) return false;
    targets.forEach((t, i) => { t.outerHTML = p.parts[i].html; });
    if (p.styles) {
      document.head.querySelectorAll('style').forEach((s) => s.remove());
      p.styles.forEach((css) => {
        const s = document.createElement('style');
        s.textContent = css;
        document.head.appendChild(s);
      });
    }
    if (typeof p.title === 'string') document.title = p.title;
    return true;
  };
  let server = '';
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)} + (deck ? '?page=' + encodeURIComponent(deck + '/' + page) : ''));
  events.addEventListener('hello', (e) => {
    const id = JSON.parse(e.data).server;
    if (server && server !== id) location.reload();
    server = id;
  });
  events.addEventListener('patch', (e) => {
    const p = JSON.parse(e.data);
    if (p.deck !== deck || p.page !== page) return;
    if (p.from !== version || !apply(p)) return location.reload();
    version = p.to;
    banner(p.banner);
    document.dispatchEvent(new Event(${JSON.stringify(PATCHED_EVENT)}));
  });
  events.addEventListener('reload', (e) => {
    const d = JSON.parse(e.data);
    if (mine(d.decks) && !kept(d.keep)) location.reload();
  });
  events.addEventListener('built', (e) => {
    const d = JSON.parse(e.data);
    if (!mine(d.decks)) return;
    if (isGuide || kept(d.keep)) toast('PDFs updated');
    else location.reload();
  });
  events.addEventListener('status', (e) => toast(JSON.parse(e.data).text));
})();`;

/**
 * A page as the preview serves it, before its state (version, error banner) is added: the
 * live-reload script at the end of <body>, the policy allowing it and its events, and the bundled
 * fonts loaded from the server. Patches are computed between two of these, so they match the
 * open page's elements one for one. Only the server calls this: files written to out/ and
 * printed pages never carry the script.
 */
export function servePage(html: string): string {
  const known = served.get(html);
  if (known) return known;
  // Our pages forbid every script but their own and every connection (render/csp.ts); the
  // served copy also allows this one and its events from the server.
  const page = allowLiveScript(html, CLIENT_SCRIPT).replaceAll(FONT_ORIGIN, FONTS_PATH);
  const end = lastBodyEnd(page);
  const script = `<script>${CLIENT_SCRIPT}</script>`;
  const result = end >= 0 ? page.slice(0, end) + script + page.slice(end) : page + script;
  served.set(html, result);
  servedChars += html.length + result.length;
  for (const [oldest, page] of served) {
    if (served.size <= 8 && servedChars <= 16 * 2 ** 20) break;
    served.delete(oldest);
    servedChars -= oldest.length + page.length;
  }
  return result;
}

/**
 * Where the last `</body>` (in any case) starts, or -1: looked for from the end, tag by tag, not in
 * a lower-cased copy of the whole page (a save's guide is half a megabyte).
 */
function lastBodyEnd(page: string): number {
  for (let at = page.lastIndexOf('</'); at >= 0; at = at > 0 ? page.lastIndexOf('</', at - 1) : -1) {
    if (page.slice(at, at + 7).toLowerCase() === '</body>') return at;
  }
  return -1;
}

// A save compares each page's last served version with the new one: keep the last few (up to
// 16 M characters, so a deck of thousands of questions does not hold many copies of its guide).
const served = new Map<string, string>();
let servedChars = 0;

/** A short name for one served version of a page (patches say which version they start from). */
export function pageVersion(servedPage: string): string {
  // A save names the page served before it (the last save's new page) and the new one: the first was worked out last time.
  const known = versions.find((v) => v.page === servedPage);
  if (known) return known.version;
  const version = createHash('sha1').update(servedPage).digest('hex').slice(0, 16);
  versions.unshift({ page: servedPage, version });
  versions.length = Math.min(versions.length, VERSIONS_KEPT);
  return version;
}

/** The versions named last, newest first: a page open in each of a few tabs. */
const versions: { page: string; version: string }[] = [];
const VERSIONS_KEPT = 4;

/**
 * The response for a served page: its version on the script, so the page knows which patches
 * fit it, and the error banner (the deck is broken) first in <body>.
 */
export function withPageState(servedPage: string, state: { version?: string; banner?: string }): string {
  let page = servedPage;
  if (state.version) page = page.replace(`<script>${CLIENT_SCRIPT}</script>`, () => `<script data-version="${state.version}">${CLIENT_SCRIPT}</script>`);
  if (!state.banner) return page;
  const bannerHtml = `<pre class="sg-error-banner" role="alert" data-sg-live style='${BANNER_STYLE}'>${escapeHtml(state.banner)}</pre>`;
  const body = /<body\b[^>]*>/i.exec(page);
  return body ? page.slice(0, body.index + body[0].length) + bannerHtml + page.slice(body.index + body[0].length) : bannerHtml + page;
}

/** A page with the live-reload script and an error banner, if given (listings and files from out/). */
export const injectLiveReload = (html: string, banner?: string): string => withPageState(servePage(html), { banner });
