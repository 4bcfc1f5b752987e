/** Files read ahead of the one being extracted, so that extraction never waits for the disk. */
export const READ_AHEAD = 8;

/**
 * Runs `work` on every item with at most `width` at a time and hands each result to `take` in
 * item order: file reads overlap extraction, yet results come out in a fixed order.
 */
export async function inOrder<T, R>(items: T[], width: number, work: (item: T) => Promise<R>, take: (result: R, index: number) => void): Promise<void> {
  const pending = new Map<number, Promise<R>>();
  let next = 0;
  const start = () => {
    if (next >= items.length) return;
    const running = work(items[next] as T);
    // a failure is thrown in order, below; later ones must not go unhandled meanwhile
    running.catch(() => {});
    pending.set(next++, running);
  };
  for (let i = 0; i < width; i++) start();
  for (let i = 0; i < items.length; i++) {
    const result = await (pending.get(i) as Promise<R>);
    pending.delete(i);
    start();
    take(result, i);
  }
}
