import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowLiveScript } from '../render/csp.js';
import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../content/text.js';

/** Where served pages listen for Server-Sent Events. */
export const EVENTS_PATH = '/__studyguide/events';

/** What the watcher tells open pages. */
export type LiveEvent =
  /** Reload pages of these decks (`*`: every page). */
  | { type: 'reload'; decks: string[] | '*' }
  /** PDFs and the other outputs of these decks were rewritten by the background build. */
  | { type: 'built'; decks: string[] }
  /** A short note for the reader (build started, failed). */
  | { type: 'status'; text: string };

/**
 * The open event streams of every preview page. A stream starts with a `hello` carrying this
 * server's id, so a page that reconnects to a restarted server reloads itself.
 */
export class LiveReloadHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly serverId = randomBytes(6).toString('hex');
  // Proxies and browsers drop idle streams; a comment line every 15 s keeps them open.
  private readonly keepAlive = setInterval(() => this.write(': keep-alive\n\n'), 15_000).unref();

  /** Number of pages listening (tests wait for their page to connect). */
  get size(): number {
    return this.clients.size;
  }

  /** Turns a request into an event stream that stays open until the page goes away. */
  connect(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.socket?.setNoDelay(true);
    res.write(`retry: 500\nevent: hello\ndata: ${JSON.stringify({ server: this.serverId })}\n\n`);
    this.clients.add(res);
    req.on('close', () => this.clients.delete(res));
  }

  /** Sends an event to every page. */
  send(event: LiveEvent): void {
    const { type, ...data } = event;
    this.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Ends every stream (the server cannot close while they are open). */
  close(): void {
    clearInterval(this.keepAlive);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }
}

// The page side, kept in ES2017 so any current browser runs it. A page belongs to the deck named
// by the first path segment; the listing (`/`, `/index.html`) reloads on every change.
const CLIENT_SCRIPT = `(() => {
  const parts = location.pathname.split('/').filter(Boolean);
  const deck = parts.length > 1 ? decodeURIComponent(parts[0]) : '';
  const isGuide = parts[parts.length - 1] === 'guide.html';
  const mine = (decks) => decks === '*' || !deck || decks.indexOf(deck) >= 0;
  const toast = (text) => {
    let el = document.getElementById('sg-live-toast');
    if (!el) {
      el = document.createElement('div');
      el.id = 'sg-live-toast';
      el.setAttribute('role', 'status');
      el.style.cssText = 'position:fixed;right:12px;bottom:12px;z-index:99;max-width:80vw;padding:6px 10px;border-radius:4px;background:#1f4e79;color:#fff;font:13px/1.4 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)';
      document.body.appendChild(el);
    }
    el.textContent = text;
    el.hidden = false;
    clearTimeout(el._t);
    el._t = setTimeout(() => { el.hidden = true; }, 3000);
  };
  let server = '';
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('hello', (e) => {
    const id = JSON.parse(e.data).server;
    if (server && server !== id) location.reload();
    server = id;
  });
  events.addEventListener('reload', (e) => { if (mine(JSON.parse(e.data).decks)) location.reload(); });
  events.addEventListener('built', (e) => {
    if (!mine(JSON.parse(e.data).decks)) return;
    if (isGuide) toast('PDFs updated');
    else location.reload();
  });
  events.addEventListener('status', (e) => toast(JSON.parse(e.data).text));
})();`;

// Fixed to the bottom edge: visible wherever the reader is scrolled, clear of the guide's sticky controls.
const BANNER_STYLE =
  'position:fixed;left:0;right:0;bottom:0;z-index:50;max-height:40vh;overflow:auto;margin:0;padding:10px 14px;box-shadow:0 -2px 6px rgba(0,0,0,.15);background:#fdecea;color:#7f1d1d;border-top:2px solid #b71c1c;font:14px/1.45 ui-monospace,"DejaVu Sans Mono",monospace;white-space:pre-wrap;overflow-wrap:anywhere';

/**
 * Adds the live-reload script (and an error banner, if given) to a page being served. Only the
 * server calls this: files written to out/ and printed pages never carry it.
 */
export function injectLiveReload(html: string, banner?: string): string {
  const script = `<script>${CLIENT_SCRIPT}</script>`;
  // Our pages forbid every script but their own and every connection (render/csp.ts); the
  // served copy also allows this one and its events from the server.
  html = allowLiveScript(html, CLIENT_SCRIPT);
  const bannerHtml = banner ? `<pre class="sg-error-banner" role="alert" style='${BANNER_STYLE}'>${escapeHtml(banner)}</pre>` : '';
  const body = /<body\b[^>]*>/i.exec(html);
  const withBanner = body ? html.slice(0, body.index + body[0].length) + bannerHtml + html.slice(body.index + body[0].length) : bannerHtml + html;
  const end = withBanner.toLowerCase().lastIndexOf('</body>');
  return end >= 0 ? withBanner.slice(0, end) + script + withBanner.slice(end) : withBanner + script;
}
