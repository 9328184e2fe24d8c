import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

// A setup file of both projects: it runs before each test file, so this hook ends each file by
// removing the temporary folders it made (test/temp-dir.ts).
afterAll(removeTempDirs);
