import type { Browser } from 'puppeteer-core';

/**
 * Closes the blank tab Chromium opens at launch. We never print in it (every job opens a page of
 * its own), yet its renderer lived to the end of a build: 30–80 MiB PSS of a 5,000-question
 * build's tree, beside the largest prints. A tab that will not close is left as it was (it only
 * costs that memory), and a browser slower than `ms` to list its tabs is not waited for; its
 * late list is then ignored, as it could hold a page a job has opened since.
 */
export async function closeStartPages(browser: Pick<Browser, 'pages'>, ms = 5000): Promise<void> {
  let late = false;
  let timer: NodeJS.Timeout | undefined;
  const listed = browser.pages().then(
    (pages) => (late ? [] : pages),
    () => [],
  );
  const deadline = new Promise<[]>((resolve) => (timer = setTimeout(() => ((late = true), resolve([])), ms)));
  const pages = await Promise.race([listed, deadline]);
  clearTimeout(timer);
  await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
}
