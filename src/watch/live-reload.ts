import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { PagePatch } from './page-patch.js';

/** What the watcher tells open pages. */
export type LiveEvent =
  /** Reload pages of these decks (`*`: every page) but those patched in place (`keep`: `slug/page.html`). */
  | { type: 'reload'; decks: string[] | '*'; keep?: string[] }
  /** PDFs and the other outputs of these decks were rewritten by the background build; pages in `keep` were patched. */
  | { type: 'built'; decks: string[]; keep?: string[] }
  /** Turns version `from` of one deck's page into version `to` in place, and shows or clears the error banner. */
  | ({ type: 'patch'; deck: string; page: string; from: string; to: string; banner: string | null } & PagePatch)
  /** A short note for the reader (build started, failed). */
  | { type: 'status'; text: string };

/**
 * The open event streams of every preview page. A stream starts with a `hello` carrying this
 * server's id, so a page that reconnects to a restarted server reloads itself.
 */
export class LiveReloadHub {
  /** Each open stream, with the page it serves (`slug/page.html`, as the page says) if any. */
  private readonly clients = new Map<ServerResponse, string | undefined>();
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
    this.clients.set(res, new URL(req.url ?? '/', 'http://localhost').searchParams.get('page') ?? undefined);
    req.on('close', () => this.clients.delete(res));
  }

  /** Whether some open page is `slug/page.html` (only those get patches worked out). */
  shows(page: string): boolean {
    for (const open of this.clients.values()) if (open === page) return true;
    return false;
  }

  /** Sends an event to every page. */
  send(event: LiveEvent): void {
    const { type, ...data } = event;
    this.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Ends every stream (the server cannot close while they are open). */
  close(): void {
    clearInterval(this.keepAlive);
    for (const res of this.clients.keys()) res.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const res of this.clients.keys()) res.write(chunk);
  }
}
