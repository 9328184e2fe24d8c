import { createHash } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { environmentError } from '../errors.js';

/** Where the page keeps the functions installed in it (installPageFunction), by key. */
const STORE = '__studyguideFns';

/** What a call by key answers when its function is not in the page yet (a new page, a document replaced). */
const MISSING = 'studyguide: page function not installed';

/** A function's source and the key it is installed under. */
interface Named {
  key: string;
  source: string;
}

const byFunction = new WeakMap<(...args: never[]) => unknown, Named>();
const bySource = new Map<string, Named>();

/**
 * A page function's key: a digest of its source, so that two functions of one name (every module
 * has its `setRules`) never share a slot, and a function written inline (a new object on every
 * call) finds the one its source was installed as.
 */
function named(fn: (...args: never[]) => unknown): Named {
  let found = byFunction.get(fn);
  if (found) return found;
  const source = fn.toString();
  found = bySource.get(source);
  if (!found) {
    found = { key: createHash('sha1').update(source).digest('hex').slice(0, 16), source };
    bySource.set(source, found);
  }
  byFunction.set(fn, found);
  return found;
}

/**
 * An expression calling `fn` in the page by its key with `args` (which must survive JSON), for a
 * caller building its own expression around the call (print-media.ts): it answers
 * isMissingFunction's marker until installPageFunction has put `fn` in the page.
 */
export function pageCall<A extends unknown[]>(fn: (...args: A) => unknown, args: A): string {
  const { key } = named(fn as (...args: never[]) => unknown);
  return `(globalThis.${STORE}?.[${JSON.stringify(key)}] ?? (() => ${JSON.stringify(MISSING)}))(...${JSON.stringify(args)})`;
}

/** Whether a call by key found its function missing in the page (pageCall, callInPage). */
export function isMissingFunction(result: unknown): boolean {
  return result === MISSING;
}

/** Puts `fn` in the page, under its key, for calls by key (pageCall). Runs as our code, as page.evaluate does. */
export async function installPageFunction(page: Page, fn: (...args: never[]) => unknown): Promise<void> {
  const { key, source } = named(fn);
  await page.evaluate(`(globalThis.${STORE} ??= {})[${JSON.stringify(key)}] = (${source}); 0`);
}

/**
 * page.evaluate(fn, ...args), with fn's source sent to the page once: its measuring functions
 * run dozens of times a load and are tens of kilobytes each (the DevTools pipe carried 0.7 MB of
 * the same source a build, which the renderer parsed again each time). Called by key, and
 * installed first where the page has it not. `args` travel as page.evaluate's do.
 */
export async function callInPage<A extends unknown[], R>(page: Page, fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
  const { key } = named(fn as (...args: never[]) => unknown);
  for (let installed = false; ; installed = true) {
    const result: unknown = await page.evaluate(callByKey, STORE, key, MISSING, ...args);
    if (!isMissingFunction(result)) return result as Awaited<R>;
    if (installed) throw environmentError('a measuring function put in the page was not there when called', 'run the build again');
    await installPageFunction(page, fn as (...args: never[]) => unknown);
  }
}

/** Runs in the page: the installed function of `key` called with `args`, or the marker when there is none. */
function callByKey(store: string, key: string, missing: string, ...args: unknown[]): unknown {
  const fn = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown> | undefined>)[store]?.[key];
  return fn ? fn(...args) : missing;
}
