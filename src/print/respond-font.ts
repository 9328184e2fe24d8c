import type { HTTPRequest } from 'puppeteer-core';

/** Each font body's base64, made once per process. */
const encoded = new WeakMap<Buffer, string>();

/** A font file's bytes in base64, as the DevTools protocol carries a response body, made once for each body (font-files.ts reads each file once). */
export function base64Body(body: Buffer): string {
  let text = encoded.get(body);
  if (text === undefined) encoded.set(body, (text = body.toString('base64')));
  return text;
}

/**
 * Answers an intercepted font request with `body`. request.respond encodes the body again for
 * every page that asks (each new renderer asks for every face it uses: 76 answers of 55 kB on
 * average for the bundled decks, a tenth of a second of Node's time in its encoder), so the
 * answer is sent as request.respond sends it, with the base64 made once. Falls back to
 * request.respond where the request carries no interception id (a protocol other than CDP).
 */
export async function respondFont(request: HTTPRequest, body: Buffer): Promise<void> {
  const requestId = (request as unknown as { _interceptionId?: string })._interceptionId;
  const headers = { 'access-control-allow-origin': '*' };
  if (typeof requestId !== 'string') return request.respond({ status: 200, contentType: 'font/woff2', headers, body });
  const responseHeaders = [
    { name: 'access-control-allow-origin', value: '*' },
    { name: 'content-type', value: 'font/woff2' },
    { name: 'content-length', value: String(body.byteLength) },
  ];
  // A request the page dropped meanwhile (a closed page, a new load) is answered into nothing, as request.respond tolerates.
  await request.client
    .send('Fetch.fulfillRequest', { requestId, responseCode: 200, responsePhrase: 'OK', responseHeaders, body: base64Body(body) })
    .catch(() => undefined);
}
