#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/entry.js) and its three worker threads (the parser's, the
// guide's PDF finisher, watch mode's PDF printer) into dist/bundle/, which bin/studyguide.js
// runs: a build loaded about 1,200 modules one by one (480 of ours, the rest of 60 packages),
// each resolved, read and compiled apart; the bundle is a few dozen files. Run by `npm run compile` after tsc, and by
// scripts/compile-if-stale.mjs. Code split: what a command imports late (printing, the markdown
// stack) stays in chunks of its own, loaded as late.
import { build } from 'esbuild';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle's folder: two levels under the package, as each compiled module is, so paths made from a module's own URL hold. */
export const BUNDLE_DIR = 'dist/bundle';

/**
 * Packages left to Node at run time: they read files beside their own code (sql.js its
 * WebAssembly, @puppeteer/browsers' proxy agent a WebAssembly JavaScript engine), are optional
 * (ws's native helpers), or are changed in place by our code: src/print/pdf-deflate.ts points
 * pdf-lib's pako at Node's zlib, in the pako Node loads; bundled, pdf-lib kept a copy of its own
 * that still deflated every PDF we write in JavaScript (a tenth of a second and more of a cold build).
 */
const EXTERNAL = ['sql.js', '@puppeteer/browsers', 'bufferutil', 'utf-8-validate', 'pako'];

/** Writes dist/bundle/ from dist/ (compile it first), in a new folder put in place when complete. */
export async function bundle() {
  const target = path.join(root, BUNDLE_DIR);
  const fresh = `${target}.${process.pid}.tmp`;
  rmSync(fresh, { recursive: true, force: true });
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: {
      studyguide: 'dist/cli/entry.js',
      'parse-worker': 'dist/parse-thread/parse-worker.js',
      'pdf-worker': 'dist/watch/pdf-worker.js',
      'guide-pdf-worker': 'dist/print/guide-pdf-worker.js',
    },
    outdir: fresh,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunk-[hash]',
    external: EXTERNAL,
    // The packages in CommonJS call require(); in an ES module it comes from createRequire.
    banner: { js: "import { createRequire as __studyguideRequire } from 'node:module'; const require = __studyguideRequire(import.meta.url);" },
    // No minifying and no kept names: functions sent to the page as their source text (page-functions.ts) stay as written.
    logLevel: 'warning',
    metafile: true,
  }).catch((err) => {
    rmSync(fresh, { recursive: true, force: true });
    throw err;
  });
  // Which modules each file holds, for the tests that read what a command loaded (test/cli/start-up-modules.test.ts).
  const inputs = Object.fromEntries(
    Object.entries(metafile.outputs).map(([file, { inputs }]) => [path.relative(fresh, path.join(root, file)), Object.keys(inputs)]),
  );
  writeFileSync(path.join(fresh, 'inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
  // Our templates compiled ahead, read beside the bundle by render/handlebars-env.ts (a build no longer compiles them).
  const { precompileTemplates, PRECOMPILED } = await import(pathToFileURL(path.join(root, 'dist/render/handlebars-env.js')).href);
  const { assetDirs } = await import(pathToFileURL(path.join(root, 'dist/render/assets.js')).href);
  writeFileSync(path.join(fresh, PRECOMPILED), JSON.stringify(precompileTemplates(assetDirs())));
  rmSync(target, { recursive: true, force: true });
  renameSync(fresh, target);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();
