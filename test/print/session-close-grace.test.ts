import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { BrowserSession } from '../../src/print/browser-session.js';

// A browser whose connection never completes must not hold dispose(): the command's result
// waits on it, and a wait that can never end lets Node leave with exit code 0.

let server: net.Server;
const sockets = new Set<net.Socket>();
let endpoint = '';
beforeAll(async () => {
  // Takes the connection and never answers the WebSocket handshake.
  server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `ws://127.0.0.1:${(server.address() as net.AddressInfo).port}/devtools/browser/x`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('closing a session whose browser is still connecting', () => {
  it('gives the connection its grace, then returns', async () => {
    const session = new BrowserSession({ browserWSEndpoint: endpoint, closeGraceMs: 300 });
    session.warm();
    // Under way once the server has the connection (loading puppeteer first takes a while on a busy machine).
    for (let waited = 0; sockets.size === 0 && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sockets.size).toBeGreaterThan(0);
    const started = Date.now();
    const outcome = await Promise.race([session.dispose().then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5000))]);
    expect(outcome).toBe('closed');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});
