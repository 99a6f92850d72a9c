// Bounded concurrency: one limiter for every place that runs many uploads, hashes or checks at once.

/**
 * Run `task` over `items` with at most `limit` in flight, keeping the input order in the result.
 * After the first failure no new item starts; the ones in flight finish, then that first error is
 * thrown, so a caller never sees a half-started batch keep going behind its back.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed: unknown;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && failed === undefined) {
      const index = next++;
      try {
        results[index] = await task(items[index], index);
      } catch (error) {
        failed ??= error;
      }
    }
  });
  await Promise.all(workers);
  if (failed !== undefined) throw failed;
  return results;
}
