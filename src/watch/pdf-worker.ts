// The watch mode's printing thread: full builds and diagram drawing with one browser kept warm,
// off the thread that serves previews, so a save is rendered while a PDF build is under way.
import { parentPort, workerData } from 'node:worker_threads';
import { build } from '../build.js';
import { BrowserSession } from '../print/browser-session.js';
import { DiagramDrawer } from '../print/draw-diagrams.js';
import { runInBackground } from './background-priority.js';
import { eventToWire, toWire, type WorkerReply, type WorkerRequest } from './pdf-worker-protocol.js';

runInBackground();
const port = parentPort!;
const { browserWSEndpoint: endpoint, browserPath } = (workerData as { browserWSEndpoint?: string; browserPath?: string } | undefined) ?? {};
// Kept for every save: the diagram page keeps mermaid loaded from one build to the next.
const session = new BrowserSession({ ...(endpoint ? { browserWSEndpoint: endpoint } : { browserPath }), keepLoaded: true });
const drawer = new DiagramDrawer(session);
const post = (reply: WorkerReply) => port.postMessage(reply);

port.on('message', (request: WorkerRequest) => {
  void answer(request);
});

async function answer(request: WorkerRequest): Promise<void> {
  const { id } = request;
  try {
    if (request.type === 'build') {
      const result = await build(request.opts, (event) => post({ type: 'event', id, event: eventToWire(event) }), { session });
      post({ type: 'done', id, value: { built: result.built, failed: result.failed.map((f) => ({ file: f.file, error: toWire(f.error) })) } });
    } else if (request.type === 'draw') {
      post({ type: 'done', id, value: [...(await drawer.draw(request.sources))] });
    } else {
      await session.dispose();
      post({ type: 'done', id, value: null });
      port.close();
    }
  } catch (error) {
    post({ type: 'failed', id, error: toWire(error) });
  } finally {
    runInBackground(); // the browser the first request started, and its new processes
  }
}
