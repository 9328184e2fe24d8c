// What bin/studyguide.js runs, as one module: the entry of the CLI's bundle (scripts/bundle.mjs),
// and what bin imports from dist/ when there is no current bundle.
export { start } from './start.js';
export { handleSignals } from '../interrupt.js';
export { keepGoingWhenPipesClose } from './closed-pipes.js';
