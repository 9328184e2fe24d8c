import { createHash } from 'node:crypto';
import { bundledFamilyOf, FONT_ORIGIN } from './fonts.js';

// Every HTML file we write says, in its own head, that it may load nothing from anywhere: its
// styles, pictures and fonts are inline or data: URLs, and the only script allowed is ours,
// named by its hash. Even a deck that slipped something past the sanitizers could not make the
// opened page call a server.

/** The policy: nothing from the network; inline styles, data: images and fonts; listed scripts only. */
export function contentSecurityPolicy(scriptHashes: string[] = [], connectSelf = false): string {
  const scripts = scriptHashes.length ? scriptHashes.map((h) => `'sha256-${h}'`).join(' ') : "'none'";
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    `font-src data:${connectSelf ? " 'self'" : ''}`,
    `script-src ${scripts}`,
    `connect-src ${connectSelf ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">\n?/;

/**
 * Puts the policy meta first in the page's head. `ownScripts` are the texts of our own inline
 * scripts: each <script> block in the page holding exactly one of them is allowed by its hash.
 */
export function withCsp(html: string, ownScripts: string[] = []): string {
  const own = new Set(ownScripts.map((s) => s.trim()));
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].filter((m) => own.has(m[1].trim())).map((m) => hashOf(m[1]));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([...new Set(hashes)])}">\n`;
  const page = parkFontLoads(html);
  const head = /<head\b[^>]*>\n?/i.exec(page);
  return head ? page.slice(0, head.index + head[0].length) + meta + page.slice(head.index + head[0].length) : meta + page;
}

/**
 * The page without its policy, for printing: there the browser's request interception refuses
 * every load and reports it as a warning at the deck's line, which a policy would pre-empt silently.
 */
export function withoutCsp(html: string): string {
  return unparkFontLoads(html.replace(META, ''));
}

/** The bundled faces' sources back (the print page and the live preview, which serve them). */
const unparkFontLoads = (html: string): string =>
  html.replace(PARKED_FONT, (_, file: string) => `src: url("${FONT_ORIGIN}${file}") format("${file.endsWith('.ttf') ? 'truetype' : 'woff2'}");`);

/** A bundled face's source as the print page loads it (answered from node_modules, render/fonts.ts). */
const FONT_SOURCE = new RegExp(`src: url\\("${FONT_ORIGIN.replace(/[.]/g, '\\.')}([^"]+)"\\) format\\("(?:woff2|truetype)"\\);`, 'g');
/** The same source in a page opened from disk: an installed copy of the face if any, no load to refuse. */
const PARKED_FONT = /src: local\("[^"]*"\); \/\* studyguide font: ([^ ]+) \*\//g;

/**
 * A written page cannot load the bundled faces (the policy refuses every URL and the browser
 * would log each refusal): it names them as installed faces, and the print page gets its
 * sources back from withoutCsp().
 */
function parkFontLoads(html: string): string {
  return html.replace(FONT_SOURCE, (_, file: string) => `src: local("${bundledFamilyOf(file) ?? ''}"); /* studyguide font: ${file} */`);
}

/** For pages served live by watch mode: also allow this script and calls back to the server. */
export function allowLiveScript(html: string, script: string): string {
  const m = META.exec(html);
  if (!m) return html;
  const hashes = [...m[1].matchAll(/'sha256-([^']+)'/g)].map((h) => h[1]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([...hashes, hashOf(script)], true)}">\n`;
  return unparkFontLoads(html.slice(0, m.index) + meta + html.slice(m.index + m[0].length));
}

/**
 * A script's hash, worked out once per text: every render of a page hashes the same few scripts
 * (its own screen script, watch mode's live client), and a watch session renders on every save.
 */
function hashOf(text: string): string {
  const known = hashes.get(text);
  if (known) return known;
  const hash = createHash('sha256').update(text, 'utf8').digest('base64');
  if (hashes.size >= HASHES_KEPT) hashes.clear();
  hashes.set(text, hash);
  return hash;
}
const hashes = new Map<string, string>();
/** Script texts whose hashes are kept (a page has one or two; templates edited in a session add more). */
const HASHES_KEPT = 64;
