import { get } from 'node:http';

/** GET a page of a local server (watch's preview); resolves its body. */
export const fetchText = (url: string): Promise<string> =>
  new Promise<string>((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
