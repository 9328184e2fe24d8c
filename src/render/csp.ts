import { createHash } from 'node:crypto';

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
    'font-src data:',
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
  const head = /<head\b[^>]*>\n?/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length) : meta + html;
}

/**
 * The page without its policy, for printing: there the browser's request interception refuses
 * every load and reports it as a warning at the deck's line, which a policy would pre-empt silently.
 */
export function withoutCsp(html: string): string {
  return html.replace(META, '');
}

/** For pages served live by watch mode: also allow this script and calls back to the server. */
export function allowLiveScript(html: string, script: string): string {
  const m = META.exec(html);
  if (!m) return html;
  const hashes = [...m[1].matchAll(/'sha256-([^']+)'/g)].map((h) => h[1]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([...hashes, hashOf(script)], true)}">\n`;
  return html.slice(0, m.index) + meta + html.slice(m.index + m[0].length);
}

const hashOf = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');
