import { afterEach, describe, expect, it } from 'vitest';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { ClientRequest } from 'node:http';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { defaultOptions } from '../../src/model/option-schema.js';
import type { PagePatch } from '../../src/watch/page-patch.js';
import { remembersParses } from '../../src/content/markdown.js';
import { parseLimits, ParseThread } from '../../src/parse-thread/parse-off-thread.js';
import { PREVIEW_PAGES, PreviewRenderer, type PreviewPageName } from '../../src/watch/preview-render.js';
import { servePage } from '../../src/watch/live-client.js';
import { watch, type WatchEvent, type WatchHandle } from '../../src/watch/watch.js';
import { eventStream } from '../event-stream.js';
import { tempDir } from '../helpers.js';
import { fetchText } from '../fetch-text.js';

// A run of saves, each patched into the open pages (or reloading them where the page's frame
// changed), must leave each page as a fresh render of the last save shows it: sections added and
// removed, questions renumbered, levels changed, the deck's title and its layout.
const SLUG = 'infrastructure-engineer';

let running: WatchHandle | undefined;
const streams: ClientRequest[] = [];
afterEach(async () => {
  for (const s of streams.splice(0)) s.destroy();
  await running?.close();
  running = undefined;
});

/**
 * The bundled deck cut to what the saves touch, the shape kept: its front matter and title, the
 * easy section's first four questions (the retitled, removed and renumbered ones, the load
 * balancer's card answer and tags), two medium and one hard question, a scenario and the closing
 * section. The whole deck (42 questions) rendered four times a save, for 11 saves, was the unit
 * project's costliest file (about 14 s of CPU); the saves patch the same kinds of parts in a short deck.
 */
async function excerpt(): Promise<string> {
  const lines = (await readFile(`content/${SLUG}.md`, 'utf8')).split('\n');
  const kept = (from: string, to: string) => {
    const start = lines.indexOf(from);
    const end = lines.indexOf(to, start + 1);
    expect(start, from).toBeGreaterThanOrEqual(0);
    expect(end, to).toBeGreaterThan(start);
    return lines.slice(start, end);
  };
  const closing = lines.indexOf('## What the industry actually asks');
  expect(closing).toBeGreaterThan(0);
  return [
    ...kept('---', '### Vertical vs horizontal scaling?'),
    ...kept('## Medium — applied', '### Walk through designing a VPC for a 3-tier app.'),
    ...kept('## Hard — senior & design', '### You inherit infra built by hand in the console — no IaC. How do you bring it under control?'),
    ...kept('## Scenario-based', "### One service's failure keeps cascading. Fix?"),
    ...lines.slice(closing),
  ].join('\n');
}

/**
 * A renderer of its own, which remembers nothing of the session's saves: the reference a patched
 * page is compared with. Its decks parse in place, in this process (which remembers no parse:
 * checked), not on a parser thread of its own: a thread's start loads the parser again, about
 * 0.8 s of CPU, eleven times, most of the file's cost. The session under test keeps its thread.
 */
function freshRenderer(build: ConstructorParameters<typeof PreviewRenderer>[0]): PreviewRenderer {
  expect(remembersParses(), 'this process remembers parses: the reference would not be fresh').toBe(false);
  const fresh = new PreviewRenderer(build);
  Object.assign(fresh, { parser: new ParseThread({ ...parseLimits(), inlineBytes: Number.MAX_SAFE_INTEGER }) });
  return fresh;
}

const elementsOf = (node: Root | Element): Element[] => (node.children as Root['children']).filter((c): c is Element => c.type === 'element');
const part = (tree: Root, name: string) => elementsOf(elementsOf(tree).find((e) => e.tagName === 'html')!).find((e) => e.tagName === name)!;

/** What a browser does with a patch (watch/live-client.ts), done on a parsed page. */
function applyPatch(tree: Root, patch: PagePatch): void {
  const body = part(tree, 'body');
  const head = part(tree, 'head');
  const targets = patch.parts.map(({ path: at, html }) => {
    let parent = body;
    for (const i of at.slice(0, -1)) parent = elementsOf(parent)[i];
    const child = elementsOf(parent)[at[at.length - 1]];
    expect(child, `path ${at.join('.')}`).toBeDefined();
    return { parent, index: parent.children.indexOf(child), html };
  });
  for (const t of targets) t.parent.children[t.index] = fromHtml(t.html, { fragment: true }).children[0] as Element;
  if (patch.styles) {
    const styles = elementsOf(head).filter((e) => e.tagName === 'style');
    styles.forEach((style, i) => (style.children = [{ type: 'text', value: patch.styles![i] }]));
  }
  if (patch.title !== undefined) elementsOf(head).find((e) => e.tagName === 'title')!.children = [{ type: 'text', value: patch.title }];
}

/** The page as a reader sees it: its body and styles, without what the live preview adds (its script, banner). */
function shown(tree: Root): string {
  const strip = (e: Element): Element => ({
    ...e,
    children: e.children
      .filter((c) => !(c.type === 'element' && (c.tagName === 'script' || 'dataSgLive' in c.properties)))
      .map((c) => (c.type === 'element' ? strip(c) : c)),
  });
  const styles = elementsOf(part(tree, 'head')).filter((e) => e.tagName === 'style');
  return `${toHtml(styles)}\n${toHtml(strip(part(tree, 'body')))}`;
}

/** An open page: its tree as patched, reloaded from the server when an event says so. */
interface Tab {
  name: PreviewPageName;
  tree?: Root;
  patches: number;
  reloads: number;
  /** Resolves on the next `reload` event, which follows a save's patches. */
  saved?: () => void;
}

describe('a run of saves patched into the open pages', () => {
  it('leaves each page as a fresh render of the last save', async () => {
    const dir = await tempDir('studyguide-watch-series-');
    const deck = path.join(dir, `${SLUG}.md`);
    // Where each save is written before it replaces the deck: a folder the watch does not see.
    const drafts = path.join(await tempDir('studyguide-watch-drafts-'), `${SLUG}.md`);
    const original = await excerpt();
    await writeFile(deck, original);
    const build = { ...defaultOptions(), paths: [deck], outDir: path.join(dir, 'out') };
    let previews = 0;
    running = await watch({ build, port: 0, pdf: false }, (e: WatchEvent) => {
      if (e.type === 'preview') {
        expect(e.preview.error).toBeUndefined();
        previews++;
      }
    });
    const base = running.url;
    const tabs: Tab[] = PREVIEW_PAGES.map((name) => ({ name, patches: 0, reloads: 0 }));
    const load = async (tab: Tab) => (tab.tree = fromHtml(await fetchText(`${base}${SLUG}/${tab.name}`)));
    for (const tab of tabs) {
      await load(tab);
      await new Promise<void>((resolve, reject) => {
        const stream = eventStream(`${base}__studyguide/events?page=${SLUG}/${tab.name}`, (type, text) => {
          const data = JSON.parse(text || '{}') as PagePatch & { page?: string; keep?: string[]; decks?: string[] | '*' };
          if (type === 'hello') resolve();
          if (type === 'patch' && data.page === tab.name) {
            applyPatch(tab.tree!, data);
            tab.patches++;
          }
          if (type === 'reload') {
            const reloads = !(data.keep ?? []).includes(`${SLUG}/${tab.name}`);
            void (reloads ? load(tab).then(() => tab.reloads++) : Promise.resolve()).then(() => tab.saved?.());
          }
        });
        stream.on('error', reject);
        streams.push(stream);
      });
    }

    const edits: [string, (text: string) => string][] = [
      ['a question retitled', (t) => t.replace('What does an infrastructure engineer actually own?', 'What does an infrastructure engineer own, day to day?')],
      ['a card answer changed', (t) => t.replace('> Spreads incoming traffic across several backends', '> Spreads incoming requests across several backends')],
      ['a level changed', (t) => t.replace('## Easy — fundamentals\n\nLevel: easy', '## Easy — fundamentals\n\nLevel: medium')],
      ['a question removed: the later ones renumbered', (t) => t.replace(/### Declarative vs imperative[\s\S]*?(?=### What is a load balancer)/, '')],
      [
        'a section added',
        (t) =>
          t.replace(
            '## Easy — fundamentals',
            '## Warm-up\n\nLevel: easy\n\n### What is a VPC?\n\n> A private network of your own inside the cloud.\n\nSubnets, routes and gateways you control.\n\n## Easy — fundamentals',
          ),
      ],
      ['a question given its own level', (t) => t.replace('Tags: load-balancing, networking', 'Level: hard · Tags: load-balancing, networking')],
      [
        "the deck's title",
        (t) =>
          t
            .replace('# Infrastructure Engineer — Interview Questions', '# Infrastructure Engineering — Interview Questions')
            .replace('title: Infrastructure Engineer — Interview Questions', 'title: Infrastructure Engineering — Interview Questions'),
      ],
      ['a section removed', (t) => t.replace(/## Warm-up[\s\S]*?(?=## Easy — fundamentals)/, '')],
      [
        'another layout: a Q/A bank',
        () =>
          '# Infrastructure Q&A\n\n**Q:** What is a VPC?\n\n**A:** A private network of your own inside the cloud.\n\n**Q:** What does a load balancer do?\n\n**A:** It spreads requests across backends.\n',
      ],
      ['the Q/A bank edited', (t) => t.replace('It spreads requests across backends.', 'It spreads requests across healthy backends.')],
      ['back to our layout', () => original.replace('What is a load balancer, and why use one?', 'What is a load balancer, and when?')],
    ];
    let text = original;
    for (const [what, edit] of edits) {
      text = edit(text);
      const saved = tabs.map((tab) => new Promise<void>((resolve) => (tab.saved = resolve)));
      const before = previews;
      // Saved whole, as an editor that writes a new file and renames it over the old: written in
      // place, the watcher could read a half-written deck (it renders that, then the whole one on
      // the write's next event), and the pages were compared after the first render, at a load of 29.
      await writeFile(drafts, text);
      await rename(drafts, deck);
      await Promise.all(saved);
      expect(previews, what).toBe(before + 1);
      // After each save, each page as a fresh render of the deck shows it (a renderer of its own,
      // which remembers nothing of the session's saves), and as a page opened now is served.
      const fresh = freshRenderer(build);
      try {
        const rendered = await fresh.render(deck);
        for (const tab of tabs) {
          // The patched page as a reader sees it, made once for both comparisons.
          const patched = shown(tab.tree!);
          expect(patched, `${tab.name} after ${what}`).toBe(shown(fromHtml(servePage(rendered.pages![tab.name]!))));
          expect(patched, `${tab.name} after ${what}`).toBe(shown(fromHtml(await fetchText(`${base}${SLUG}/${tab.name}`))));
        }
      } finally {
        await fresh.close();
      }
    }
    // Patched in place on most saves: the test follows the fast path, not reloads alone.
    for (const tab of tabs) expect(tab.patches, tab.name).toBeGreaterThan(tab.reloads);
    // At a load of 20 to 40 on 2 cores this outran the default 120 s (when each fresh renderer
    // started a parser thread: about 8 s of CPU), with or without the cut deck.
  }, 300_000);
});
