import { get, type ClientRequest, type IncomingMessage } from 'node:http';

/**
 * Opens the watch server's live-reload stream (server-sent events) at `url`: `onEvent` gets each
 * event's name and its data line as sent ('' for a part that is missing), `onResponse` the response
 * once it starts. Errors come from the returned request.
 */
export function eventStream(url: string, onEvent: (type: string, data: string) => void, onResponse?: (res: IncomingMessage) => void): ClientRequest {
  return get(url, { agent: false }, (res) => {
    onResponse?.(res);
    res.setEncoding('utf8');
    let buffer = '';
    res.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        onEvent(/^event: (.*)$/m.exec(block)?.[1] ?? '', /^data: (.*)$/m.exec(block)?.[1] ?? '');
      }
    });
  });
}
