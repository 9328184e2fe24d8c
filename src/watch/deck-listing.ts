import { escapeHtml } from '../content/text.js';
import type { DeckPreview } from './preview-render.js';
import { formatSize } from '../model/format-size.js';

/** A deck as the listing shows it: its preview state and the files its last build wrote. */
export interface ListedDeck {
  preview: DeckPreview;
  /** File names present in out/<slug>/ (PDFs and the rest), with sizes in bytes. */
  files: { name: string; bytes: number }[];
}

const STYLE = `body{max-width:46em;margin:0 auto;padding:1.5rem 1rem;font:16px/1.5 "DejaVu Sans",system-ui,sans-serif;color:#1a1a1a}
h1{color:#1f4e79;font-size:1.6rem}ul{list-style:none;padding:0}li{margin:0 0 1.1rem}
.deck{font-weight:bold;font-size:1.1rem}.meta,.files{color:#555;font-size:.9rem}.files a{margin-right:.9em}
.error{margin:.3rem 0 0;padding:.5rem .7rem;background:#fdecea;color:#7f1d1d;border-left:4px solid #b71c1c;font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere}`;

/** The watch server's own `/` when the build wrote no out/index.html: every deck and its files. */
export function renderListing(decks: ListedDeck[]): string {
  const items = decks.map(({ preview: p, files }) => {
    const slug = encodeURIComponent(p.slug);
    const title = escapeHtml(p.title ?? p.slug);
    const others = files
      .filter((f) => f.name !== 'guide.html')
      .map((f) => `<a href="/${slug}/${encodeURIComponent(f.name)}">${escapeHtml(f.name)}</a> <span>${formatSize(f.bytes)}</span>`)
      .join(' · ');
    const meta = p.questions !== undefined ? `${p.questions} questions · ` : '';
    return `<li><a class="deck" href="/${slug}/guide.html">${title}</a>
  <div class="meta">${meta}${escapeHtml(p.file)}</div>
  ${others ? `<div class="files">${others}</div>` : '<div class="files">PDFs: building…</div>'}
  ${p.error ? `<pre class="error">${escapeHtml(p.error)}</pre>` : ''}</li>`;
  });
  return page('Decks', `<h1>Decks</h1>\n<ul>\n${items.join('\n')}\n</ul>\n<p class="meta">Saving a deck, template or style updates the open pages.</p>`);
}

/** Shown instead of a guide that has never rendered (the banner says why). */
export function renderErrorPage(preview: DeckPreview): string {
  return page(
    preview.slug,
    `<h1>${escapeHtml(preview.slug)}</h1>\n<p>This deck has not built yet. Fix the problem shown at the bottom of the page and save: the page updates by itself.</p>\n<p><a href="/">All decks</a></p>`,
  );
}

/** A plain page for messages such as "not found". */
export function renderMessage(title: string, text: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>\n<p><a href="/">All decks</a></p>`);
}

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)} — studyguide</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
