import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { defaultOptions } from '../../../src/model/option-schema.js';
import { watch, type WatchEvent, type WatchHandle } from '../../../src/watch/watch.js';
import { eventStream } from '../../event-stream.js';
import { pdfText, tempDir } from '../../helpers.js';

const FIXTURE = 'test/fixtures/watch/networking.md';
const SLUG = 'networking';

/** A temp copy of the fixture deck and an empty out folder. */
async function workspace() {
  const dir = await tempDir('studyguide-watch-');
  const deck = path.join(dir, `${SLUG}.md`);
  await copyFile(FIXTURE, deck);
  return { deck, out: path.join(dir, 'out'), text: await readFile(deck, 'utf8') };
}

/** GET with an optional Host header; resolves status and body. */
function fetchText(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The live-reload stream as a queue of events the test can wait for. */
function listen(base: string) {
  const seen: { type: string; data: string }[] = [];
  let wake = () => {};
  let response: IncomingMessage | undefined;
  eventStream(
    `${base}__studyguide/events`,
    (type, data) => {
      if (type) seen.push({ type, data });
      wake();
    },
    (res) => (response = res),
  );
  return {
    /** Waits for the next event of `type` (about `deck`, if given) after those already taken. */
    async next(type: string, deck?: string): Promise<{ type: string; data: string }> {
      // Reloads for every deck ("*") come from template and style edits; a deck's own name them.
      const wanted = (e: { type: string; data: string }) => e.type === type && (!deck || (JSON.parse(e.data) as { decks: unknown }).decks?.toString() === deck);
      for (;;) {
        const i = seen.findIndex(wanted);
        if (i >= 0) return seen.splice(0, i + 1)[i];
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    close: () => response?.destroy(),
  };
}

let running: WatchHandle | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('studyguide watch', () => {
  it('serves the guide, reloads it when the deck is saved, and shows a content error with file:line', async () => {
    const { deck, out, text } = await workspace();
    const events: WatchEvent[] = [];
    running = await watch({ build: { ...defaultOptions(), paths: [deck], outDir: out }, port: 0, pdf: false }, (e) => events.push(e));
    const base = running.url;
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const index = await fetchText(base);
    expect(index.body).toContain(`href="/${SLUG}/guide.html"`);
    expect(index.body).toContain('Networking Warm-up');

    const first = await fetchText(`${base}${SLUG}/guide.html`);
    expect(first.status).toBe(200);
    expect(first.body).toContain('What is DNS?');
    expect(first.body).toContain('__studyguide/events');

    const stream = listen(base);
    await stream.next('hello');
    await writeFile(deck, text.replace('What is DNS?', 'What is the Domain Name System?'));
    await stream.next('reload', SLUG);
    const edited = await fetchText(`${base}${SLUG}/guide.html`);
    expect(edited.body).toContain('What is the Domain Name System?');
    expect(edited.body).not.toContain('What is DNS?');
    // Cards and cheat sheet are rendered with the guide on each save: no browser, no build to wait for.
    for (const page of ['cards.html', 'cheatsheet.html']) {
      const served = await fetchText(`${base}${SLUG}/${page}`);
      expect(served.status, page).toBe(200);
      expect(served.body, page).toContain('What is the Domain Name System?');
      expect(served.body, page).toContain('__studyguide/events');
    }

    // A broken deck: the last good guide stays, under a banner naming the file and line.
    const broken = text.replace('Level: hard', 'Level: impossible');
    const line = broken.split('\n').findIndex((l) => l === 'Level: impossible') + 1;
    await writeFile(deck, broken);
    await stream.next('reload', SLUG);
    const failing = await fetchText(`${base}${SLUG}/guide.html`);
    expect(failing.body).toMatch(new RegExp(`class="sg-error-banner"[^>]*>[^<]*${SLUG}\\.md:${line}: unknown level &#34;impossible&#34;`));
    expect(failing.body).toContain('What is the Domain Name System?');
    const errorEvent = events.find((e) => e.type === 'preview' && e.preview.error);
    expect(errorEvent && errorEvent.type === 'preview' && errorEvent.preview.error).toContain(`${SLUG}.md:${line}:`);

    // Fixed again: the banner goes, the server kept running throughout.
    await writeFile(deck, text);
    await stream.next('reload', SLUG);
    const fixed = await fetchText(`${base}${SLUG}/guide.html`);
    // No banner (the live-reload script names its class, to show one later).
    expect(fixed.body).not.toContain('class="sg-error-banner"');
    expect(fixed.body).toContain('What is DNS?');
    stream.close();

    // HTML only: no browser, nothing printed.
    expect(existsSync(path.join(out, SLUG, 'guide.pdf'))).toBe(false);
  });

  it('re-renders every deck when a stylesheet of the theme is saved', async () => {
    const { deck, out } = await workspace();
    const styles = path.join(path.dirname(deck), 'styles');
    await mkdir(styles);
    await writeFile(path.join(styles, 'screen.css'), '/* house style v1 */');
    running = await watch({ build: { ...defaultOptions(), paths: [deck], outDir: out, styles }, port: 0, pdf: false });
    const base = running.url;
    expect((await fetchText(`${base}${SLUG}/guide.html`)).body).toContain('house style v1');
    const stream = listen(base);
    await stream.next('hello');
    await writeFile(path.join(styles, 'screen.css'), '/* house style v2 */');
    // Every "reload all" is a re-render; the one after this save brings v2 (others may edit styles too).
    let body = '';
    for (let i = 0; i < 5 && !body.includes('house style v2'); i++) {
      await stream.next('reload', '*');
      body = (await fetchText(`${base}${SLUG}/guide.html`)).body;
    }
    expect(body).toContain('house style v2');
    expect(body).not.toContain('house style v1');
    stream.close();
  });

  it('stays inside the output folder and answers only to localhost', async () => {
    const { deck, out } = await workspace();
    running = await watch({ build: { ...defaultOptions(), paths: [deck], outDir: out }, port: 0, pdf: false });
    const base = running.url;
    for (const p of ['%2e%2e/networking.md', '..%2fnetworking.md', `${SLUG}/%2e%2e/%2e%2e/networking.md`]) {
      const res = await fetchText(`${base}${p}`);
      expect(res.status, p).toBeGreaterThanOrEqual(400);
      expect(res.body, p).not.toContain('Maps names to addresses');
    }
    expect((await fetchText(`${base}nothing-here/guide.pdf`)).status).toBe(404);
    // A symlink planted in out/ that points elsewhere is not followed out of it.
    await mkdir(path.join(out, 'planted'), { recursive: true });
    await symlink('/etc/passwd', path.join(out, 'planted', 'passwd.txt'));
    await symlink('/etc', path.join(out, 'etc-link'));
    for (const p of ['planted/passwd.txt', 'etc-link/passwd']) {
      const res = await fetchText(`${base}${p}`);
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toContain('root:');
    }
    expect((await fetchText(base, 'attacker.example:80')).status).toBe(403);
    await running.close();
    running = undefined;
    await expect(fetchText(base)).rejects.toThrow();
  });

  it('prints the PDFs in the background after an edit, without the live-reload script in out/', async () => {
    const { deck, out, text } = await workspace();
    try {
      running = await watch({
        build: { ...defaultOptions(), paths: [deck], outDir: out, outputs: ['guide'] },
        port: 0,
        pdfDelayMs: 100,
        browserWSEndpoint: inject('wsEndpoint'),
      });
      await running.idle();
      expect(pdfText(path.join(out, SLUG, 'guide.pdf'))).toContain('What is DNS?');

      await writeFile(deck, text.replace('What does a CDN do?', 'What does an edge cache do?'));
      // The edit is seen, rendered, and after the pause printed: idle() waits for all of it.
      for (let i = 0; i < 100 && !(await fetchText(`${running.url}${SLUG}/guide.html`)).body.includes('edge cache'); i++)
        await new Promise((r) => setTimeout(r, 50));
      await running.idle();
      expect(pdfText(path.join(out, SLUG, 'guide.pdf'))).toContain('What does an edge cache do?');
      const written = await readFile(path.join(out, SLUG, 'guide.html'), 'utf8');
      expect(written).toContain('What does an edge cache do?');
      expect(written).not.toContain('__studyguide');
      // Once printed, the served guide carries the contents' real page numbers.
      const served = await fetchText(`${running.url}${SLUG}/guide.html`);
      expect(served.body).toMatch(/class="toc-page"[^>]*>\d+</);

      // The next save's preview, rendered before anything is printed, keeps the print's page
      // numbers (the facts kept with the outputs): open pages get a patch of the edit alone.
      await writeFile(deck, text.replace('What does a CDN do?', 'What does a content network do?'));
      let preview = '';
      for (let i = 0; i < 100 && !preview.includes('content network'); i++) {
        preview = (await fetchText(`${running.url}${SLUG}/guide.html`)).body;
        if (!preview.includes('content network')) await new Promise((r) => setTimeout(r, 20));
      }
      expect(preview).toContain('What does a content network do?');
      expect(preview).toMatch(/class="toc-page"[^>]*>\d+</);
      await running.idle();
    } finally {
      await running?.close();
      running = undefined;
    }
  });
});
