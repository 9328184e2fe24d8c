import { afterAll } from 'vitest';
import { noteModules } from './module-registry.js';

// A setup file of the unit project, whose test files share a worker's modules (isolate: false). A
// file that calls vi.resetModules() (a module graph of its own: a parser that remembers, a mocked
// fs) wiped the worker's registry, so the files after it loaded src/ again and ran its parser
// cold, in each of 15 files: 5,640 module evaluations in a run of those files and 120 others
// where 386 are needed. The registry as the file found it (noted before its imports) is put back
// when it ends: the files after it get the worker's modules, none of its copies or mocks.
afterAll(noteModules());
