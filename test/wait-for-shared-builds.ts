import { sharedBuildsDone } from './shared-builds.js';

// The e2e project's setup file: each e2e file starts once the global setup's shared builds are done.
await sharedBuildsDone();
