import { forgetSharedBuilds } from './shared-builds.js';

// A setup file of the e2e project, run before each test file: a file reads the shared builds
// only after waiting for them itself (test/shared-builds.ts), whatever ran before it in its worker.
forgetSharedBuilds();
