#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install` through the `prepare` script).
import { start } from '../dist/start.js';

start(process.argv).then((code) => {
  process.exitCode = code;
});
