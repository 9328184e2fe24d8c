import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { environmentError } from '../errors.js';
import type { LiveReloadHub } from './live-reload.js';
import { EVENTS_PATH, FONTS_PATH, injectLiveReload, pageVersion, servePage, withPageState } from './live-client.js';
import { renderErrorPage, renderListing, renderMessage, type ListedDeck } from './deck-listing.js';
import { prepareDiff } from './page-patch.js';
import { lateError, PREVIEW_PAGES, type DeckPreview, type PreviewPageName } from './preview-render.js';
import { FONT_ORIGIN, fontFileFor } from '../render/fonts.js';
import { readFontFile } from '../print/font-files.js';

/** What the server asks the watcher: the newest preview of each deck. */
export interface PreviewSource {
  previews(): DeckPreview[];
  preview(slug: string): DeckPreview | undefined;
  /** A page of `preview` rendered as it was asked for failed with `error` (described). */
  failed?(preview: DeckPreview, error: string): void;
}

export interface PreviewServerOptions {
  outDir: string;
  /** 0 picks a free port. */
  port: number;
  source: PreviewSource;
  hub: LiveReloadHub;
}

/** A running preview server. */
export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

/**
 * Serves the output folder on 127.0.0.1 with live reload: `/` lists the decks (or serves
 * out/index.html when the build wrote one), `/<slug>/guide.html` is the freshest in-memory guide
 * with the error banner when the deck is broken, everything else comes from out/ as written.
 */
export async function startPreviewServer(opts: PreviewServerOptions): Promise<PreviewServer> {
  const outDir = path.resolve(opts.outDir);
  let port = opts.port;
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `internal error: ${err instanceof Error ? err.message : String(err)}`);
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'only GET and HEAD');
    // Only pages opened as localhost may read the previews (a guard against DNS rebinding).
    const host = (req.headers.host ?? '').toLowerCase();
    if (![`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host))
      return send(res, 403, 'text/plain; charset=utf-8', 'open the preview as http://127.0.0.1:' + port);
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === EVENTS_PATH) return opts.hub.connect(req, res);
    if (url.pathname.startsWith(FONTS_PATH)) return serveFont(res, url.pathname);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end(); // browsers ask; nothing to show
    let parts: string[];
    try {
      parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return html(res, 400, renderMessage('Bad address', 'The address is not valid.'));
    }
    if (parts.some((p) => p === '..' || p === '.' || p.includes('\0') || p.includes('/') || p.includes('\\'))) {
      return html(res, 400, renderMessage('Bad address', 'The address leaves the output folder.'));
    }
    if (parts.length === 0 || (parts.length === 1 && parts[0] === 'index.html')) return serveIndex(res);
    const [slug, name] = parts;
    const preview = opts.source.preview(slug);
    if (parts.length === 1 && preview) return redirect(res, `/${encodeURIComponent(slug)}/guide.html`);
    if (parts.length === 2 && preview && isPreviewPage(name)) return servePreviewPage(res, preview, name);
    return serveFile(res, parts, preview);
  }

  async function serveIndex(res: ServerResponse): Promise<void> {
    const index = path.join(outDir, 'index.html');
    if (existsSync(index)) return html(res, 200, injectLiveReload(await readFile(index, 'utf8')));
    const decks: ListedDeck[] = await Promise.all(
      opts.source.previews().map(async (preview) => ({ preview, files: await listFiles(path.join(outDir, preview.slug)) })),
    );
    return html(res, 200, injectLiveReload(renderListing(decks)));
  }

  async function servePreviewPage(res: ServerResponse, preview: DeckPreview, name: PreviewPageName): Promise<void> {
    // A broken deck keeps showing its last good page, under the error; before that, an error page.
    // A page nobody had open is rendered now (preview-render.ts previewPages).
    const current = preview.pages?.[name];
    const failed = current === undefined ? lateError(preview) : undefined;
    if (failed) opts.source.failed?.(preview, failed);
    if (current) {
      // Versioned, so the page can take the next save's patch (watch/page-updates.ts).
      const served = servePage(current);
      html(res, 200, withPageState(served, { version: pageVersion(served), banner: preview.error }));
      return prepareDiff(served);
    }
    const written = await readFile(path.join(outDir, preview.slug, name), 'utf8').catch(() => undefined);
    return html(res, 200, injectLiveReload(written ?? renderErrorPage({ ...preview, error: preview.error ?? failed }), preview.error ?? failed));
  }

  async function serveFile(res: ServerResponse, parts: string[], preview: DeckPreview | undefined): Promise<void> {
    const file = path.resolve(outDir, ...parts);
    if (!file.startsWith(outDir + path.sep)) return html(res, 400, renderMessage('Bad address', 'The address leaves the output folder.'));
    // A symlink in out/ pointing elsewhere (a planted link to /etc/passwd) is not followed out.
    const real = await realpath(file).catch(() => undefined);
    const root = await realpath(outDir).catch(() => outDir);
    const info = real && real.startsWith(root + path.sep) ? await stat(real).catch(() => undefined) : undefined;
    if (!info?.isFile()) return html(res, 404, injectLiveReload(renderMessage('Not found', `${parts.join('/')} is not in ${outDir} (yet).`)));
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) return html(res, 200, injectLiveReload(await readFile(real!, 'utf8'), preview?.error));
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size, 'Cache-Control': 'no-store' });
    if (res.req.method === 'HEAD') return void res.end();
    createReadStream(real!)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(environmentError(`port ${opts.port} on 127.0.0.1 is in use`, 'pick another with --port N, or --port 0 for any free one'));
      else reject(environmentError(`cannot start the preview server: ${err.message}`, 'pick another port with --port N'));
    });
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        opts.hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function listFiles(dir: string): Promise<{ name: string; bytes: number }[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(
    names
      .filter((n) => !n.startsWith('.'))
      .sort()
      .map(async (name) => ({ name, info: await stat(path.join(dir, name)).catch(() => undefined) })),
  );
  return files.filter((f) => f.info?.isFile()).map((f) => ({ name: f.name, bytes: f.info!.size }));
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Pages ask for the bundled fonts at FONT_ORIGIN; the preview serves them itself, under FONTS_PATH. */
const html = (res: ServerResponse, status: number, body: string) => send(res, status, TYPES['.html'], body.replaceAll(FONT_ORIGIN, FONTS_PATH));

async function serveFont(res: ServerResponse, url: string): Promise<void> {
  const file = fontFileFor(FONT_ORIGIN + url.slice(FONTS_PATH.length));
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'no such font');
  const body = await readFontFile(file);
  // The files are named for their package version and never change within one: cache them.
  res.writeHead(200, { 'Content-Type': 'font/woff2', 'Content-Length': body.length, 'Cache-Control': 'max-age=86400' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

const isPreviewPage = (name: string): name is PreviewPageName => (PREVIEW_PAGES as readonly string[]).includes(name);
