import type { HTTPRequest } from 'puppeteer-core';

/** Each body's base64, made once per process. */
const encoded = new WeakMap<Buffer, string>();

/** Bytes in base64, as the DevTools protocol carries a response body, made once for each body (font-files.ts reads each face once). */
export function base64Body(body: Buffer): string {
  let text = encoded.get(body);
  if (text === undefined) encoded.set(body, (text = body.toString('base64')));
  return text;
}

/**
 * Answers an intercepted request with `body`, as request.respond does. request.respond encodes a
 * body anew for every answer, in an encoder a dozen times slower than Buffer's: each new renderer
 * asks for every face it uses (76 answers of 55 kB on average for the bundled decks), and the
 * diagrams' page for mermaid's modules, a tenth of a second and more of Node's time. Sent here
 * with Buffer's base64, made once for a body answered again. Falls back to request.respond where
 * the request carries no interception id (a protocol other than CDP).
 */
export async function respondBytes(request: HTTPRequest, body: Buffer, contentType: string, cors = false): Promise<void> {
  const requestId = (request as unknown as { _interceptionId?: string })._interceptionId;
  const headers: Record<string, string> = cors ? { 'access-control-allow-origin': '*' } : {};
  if (typeof requestId !== 'string') return request.respond({ status: 200, contentType, headers, body });
  const responseHeaders = [
    ...Object.entries(headers).map(([name, value]) => ({ name, value })),
    { name: 'content-type', value: contentType },
    { name: 'content-length', value: String(body.byteLength) },
  ];
  // A request the page dropped meanwhile (a closed page, a new load) is answered into nothing, as request.respond tolerates.
  await request.client
    .send('Fetch.fulfillRequest', { requestId, responseCode: 200, responsePhrase: 'OK', responseHeaders, body: base64Body(body) })
    .catch(() => undefined);
}

/** Answers an intercepted request for a bundled face with its bytes. */
export const respondFont = (request: HTTPRequest, body: Buffer): Promise<void> => respondBytes(request, body, 'font/woff2', true);
