/**
 * Calls fn for every item, at most `limit` at a time. When one call throws, no new one starts,
 * the running ones finish (so nothing is left half-done when the caller cleans up), and the
 * first error is thrown.
 */
export async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        await fn(items[index], index);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  const error = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (error) throw error.reason;
}
