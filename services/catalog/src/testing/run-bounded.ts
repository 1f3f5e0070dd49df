/**
 * Runs `task(i)` for i in 0..count-1 with at most `inFlight` running at once; resolves with
 * every outcome in index order (rejections kept as `{ error }`, never thrown).
 */
export async function runBounded<T>(
  count: number,
  inFlight: number,
  task: (index: number) => Promise<T>,
): Promise<Array<{ value: T } | { error: unknown }>> {
  const outcomes: Array<{ value: T } | { error: unknown }> = new Array(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      outcomes[index] = await task(index).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
  return outcomes;
}
