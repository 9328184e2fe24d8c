import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { inject } from 'vitest';
import type { BuildEvent, BuildResult } from '../../../src/model/build-options.js';
import { StudyguideError } from '../../../src/errors.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { buildWith, pdfText, tempDir } from '../../helpers.js';
import { HOSTILE_DECKS, PWN, type HostileDeck } from '../../hostile/hostile-decks.js';
import { pdfLinkUris } from '../../hostile/pdf-links.js';

const SECRET = `STUDYGUIDE-SECRET-${process.pid}`;
// A real PNG signature, so only the folder check keeps it out.
const SECRET_PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(SECRET)]);

let root: string;
let deckDir: string;
let outDir: string;
let server: Server;
let serverUrl: string;
const hits: string[] = [];
/** TCP connections the server accepted: even a preconnect without a request would count. */
let connections = 0;
let built: { result: BuildResult; events: BuildEvent[] };
let before: string[];
let deckBytes: Map<string, Buffer>;

/** Every file under dir (relative paths), following no symlinks. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [path.relative(base, p)];
  });
}

const fileOf = (d: HostileDeck) => path.join(deckDir, d.name);
const slugOf = (d: HostileDeck) => d.name.replace(/\.md$/, '');
const outputsOf = (d: HostileDeck) => path.join(outDir, slugOf(d));
const htmlOf = (d: HostileDeck) => ['guide.html', 'cards.html'].map((n) => readFileSync(path.join(outputsOf(d), n), 'utf8'));

/** True when marker sits inside a tag (an attribute) or inside a script/style element. */
function executable(html: string, marker: string): boolean {
  return new RegExp(`<[^>]*${marker}`).test(html) || new RegExp(`<(script|style)[^>]*>[^<]*${marker}`, 'i').test(html);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('tracked');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  root = await tempDir('studyguide-hostile-');
  deckDir = path.join(root, 'decks');
  outDir = path.join(root, 'out');
  await mkdir(path.join(root, 'secret'), { recursive: true });
  await mkdir(deckDir);
  await writeFile(path.join(root, 'secret', 'secret.png'), SECRET_PNG);
  await symlink(path.join(root, 'secret', 'secret.png'), path.join(deckDir, 'escape.png'));
  await symlink(path.join(root, 'secret'), path.join(deckDir, 'linked-dir'));
  await writeFile(
    path.join(deckDir, 'evil.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" onload="fetch('${serverUrl}/svg-onload')"><script>fetch('${serverUrl}/svg-script')</script><image href="${serverUrl}/svg-image.png" width="10" height="10"/><rect width="40" height="20" fill="gray"/></svg>`,
  );
  for (const d of HOSTILE_DECKS) {
    await writeFile(fileOf(d), typeof d.body === 'string' ? d.body.replaceAll('{{SERVER}}', serverUrl) : d.body);
  }
  before = walk(root);
  deckBytes = new Map(HOSTILE_DECKS.map((d) => [d.name, readFileSync(fileOf(d))]));
  // Guide and cards are the outputs that print deck content; the others reuse the same HTML.
  built = await buildWith({ paths: [deckDir], outDir, outputs: ['guide', 'cards'] });
}, 240_000);

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('hostile decks', () => {
  it('has at least 25 documents', () => {
    expect(HOSTILE_DECKS.length).toBeGreaterThanOrEqual(25);
  });

  const failing = HOSTILE_DECKS.filter((d) => d.error);
  it.each(failing.map((d) => [d.name, d] as const))('%s fails with a clear file:line error', (_, d) => {
    const failure = built.result.failed.find((f) => f.file === fileOf(d));
    expect(failure, 'deck should fail').toBeDefined();
    const error = failure!.error;
    expect(error).toBeInstanceOf(StudyguideError);
    const e = error as StudyguideError;
    expect(e.kind).toBe('input');
    expect(e.message).toMatch(d.error!.message);
    if (d.error!.line) expect(e.line).toBe(d.error!.line);
    expect(e.format()).toMatch(new RegExp(`^${fileOf(d).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: .+ — .+`));
    expect(existsSync(outputsOf(d))).toBe(false);
  });

  const safe = HOSTILE_DECKS.filter((d) => !d.error);
  it.each(safe.map((d) => [d.name, d] as const))('%s prints a safe PDF', async (_, d) => {
    expect(built.result.built).toContain(slugOf(d));
    const guide = path.join(outputsOf(d), 'guide.pdf');
    const text = pdfText(guide);
    // Every deck but the ../ title one is built on the same two-question template.
    const expected = [...(d.printed ?? []), ...(d.name === 'dotdot-title.md' ? [] : ['Second question?', 'Safe text survives.'])];
    for (const s of expected) expect(text, s).toContain(s);
    for (const html of htmlOf(d)) {
      for (const marker of d.inert ?? []) expect(executable(html, marker), `${marker} inside a tag`).toBe(false);
      // Our own Content-Security-Policy comes first in the head; no other http-equiv may appear.
      const policy = /^[\s\S]*?<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/.exec(html);
      expect(policy, 'the page carries our Content-Security-Policy').not.toBeNull();
      expect(html.slice(policy![0].length)).not.toMatch(/<(iframe|object|embed|frame|applet|base|meta http-equiv)\b/i);
      expect(html).not.toMatch(/\s(href|src|xlink:href|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|file|data:text)/i);
    }
    for (const pdf of ['guide.pdf', 'cards.pdf']) {
      const uris = await pdfLinkUris(path.join(outputsOf(d), pdf));
      expect(
        uris.filter((u) => !/^(https?:|mailto:|#)/i.test(u) && /^[a-z][a-z0-9+.-]*:/i.test(u)),
        pdf,
      ).toEqual([]);
    }
  });

  it('reports each dropped image as a warning at its line', () => {
    const warnings = built.events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'image-blocked' ? [e.diagnostic] : []));
    for (const d of HOSTILE_DECKS.filter((x) => x.imageWarnings)) {
      const mine = warnings.filter((w) => w.file === fileOf(d));
      expect(mine.map((w) => w.line).sort(), d.name).toEqual(expect.arrayContaining(d.imageWarnings!));
      for (const w of mine) expect(w.message).toMatch(/left out: .+ — /);
    }
    const traversal = warnings
      .filter((w) => w.file.endsWith('traversal-image.md'))
      .map((w) => w.message)
      .join('\n');
    expect(traversal).toMatch(/"\.\.\/secret\/secret\.png" left out: it is outside the deck's folder/);
    expect(traversal).toMatch(/"\/etc\/passwd" left out/);
    const symlinked = warnings.filter((w) => w.file.endsWith('symlink-image.md'));
    expect(symlinked.length).toBe(2);
  });

  it('lets no request leave the page and logs none as blocked', () => {
    expect(hits).toEqual([]);
    expect(connections).toBe(0);
    const blocked = built.events.filter((e) => e.type === 'warning' && e.diagnostic.code === 'blocked-request');
    expect(blocked).toEqual([]);
  });

  it('reads no file outside the deck folder', () => {
    const needles = [SECRET, SECRET_PNG.toString('base64').slice(0, 24)];
    for (const file of walk(outDir)) {
      const content = readFileSync(path.join(outDir, file), 'latin1');
      for (const n of needles) expect(content.includes(n), `${file} holds the secret`).toBe(false);
    }
  });

  it('places the SVG next to the deck in the page as markup without its script, handler or link', () => {
    const d = HOSTILE_DECKS.find((x) => x.name === 'svg-image-file.md')!;
    const [guide] = htmlOf(d);
    const svg = /<svg\b[^>]*class="picture-svg"[\s\S]*?<\/svg>/.exec(guide)?.[0] ?? '';
    expect(svg).toMatch(/aria-label="a drawing"/);
    expect(svg).toContain('fill="gray"');
    expect(svg).not.toMatch(/<script|onload|svg-onload|svg-script|svg-image|127\.0\.0\.1/);
    expect(pdfText(path.join(outputsOf(d), 'guide.pdf'))).toContain('After the image.');
    expect(hits.filter((h) => h.startsWith('/svg'))).toEqual([]);
  });

  it('writes only into out/<file-name slug>/, whatever the title says', () => {
    const after = walk(root).filter((f) => !f.startsWith(`out${path.sep}`));
    expect(after.sort()).toEqual(before.sort());
    // Hidden folders are the build's own caches, named by us.
    const folders = readdirSync(outDir).filter((n) => !n.startsWith('.') && statSync(path.join(outDir, n)).isDirectory());
    const expected = HOSTILE_DECKS.filter((d) => !d.error).map(slugOf);
    expect(folders.sort()).toEqual(expected.sort());
    expect(walk(outDir).some((f) => f.includes(PWN) || f.includes('passwd'))).toBe(false);
  });

  it('builds every other deck when some fail, and only reads the deck files', () => {
    expect(built.result.failed.map((f) => path.basename(f.file)).sort()).toEqual(failing.map((d) => d.name).sort());
    expect(built.result.built.sort()).toEqual(safe.map(slugOf).sort());
    for (const d of HOSTILE_DECKS) expect(readFileSync(fileOf(d)).equals(deckBytes.get(d.name)!), d.name).toBe(true);
  });

  it('never leaves temporary files behind', () => {
    expect(walk(outDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the printing page', () => {
  it('blocks and logs every request that is not a data: URL', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    const urls = ['img.png', 'style.css', 'frame.html', 'script.js', 'font.woff2', 'bg.png'].map((n) => `${serverUrl}/direct-${n}`);
    const html = `<!doctype html><html><head><link rel="stylesheet" href="${urls[1]}"><script src="${urls[3]}"></script>
      <style>@font-face { font-family: X; src: url(${urls[4]}) } body { font-family: X; background: url(${urls[5]}) }</style></head>
      <body><p>page text</p><img src="${urls[0]}"><iframe src="${urls[2]}"></iframe><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>`;
    try {
      const result = await session.withPage((page) => printHtml(page, html));
      expect(result.pdf.byteLength).toBeGreaterThan(500);
      expect([...new Set(result.blocked)].sort()).toEqual(expect.arrayContaining(urls.filter((u) => !u.endsWith('script.js')).sort()));
      expect(result.blocked.some((u) => u.startsWith('data:'))).toBe(false);
      expect(hits).toEqual([]);
      expect(connections).toBe(0);
    } finally {
      await session.dispose();
    }
  });
});
