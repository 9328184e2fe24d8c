import { get } from 'node:http';

/**
 * GET a page of a local server (watch's preview); resolves its body. A connection of its own
 * each time: Node's shared agent keeps sockets alive, and one the server closes on its idle
 * timeout just as the next GET reuses it fails with ECONNRESET (seen on a loaded machine).
 */
export const fetchText = (url: string): Promise<string> =>
  new Promise<string>((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
