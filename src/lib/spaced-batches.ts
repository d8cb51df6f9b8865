/**
 * Collects items and hands them on in batches at least `gapMs()` apart (asked as each batch
 * begins): the first item after a quiet spell goes at the end of the current task (`inTask`: as
 * the current task's microtasks end), the next ones once the gap has passed since the last batch,
 * or at once when `maxItems` are waiting.
 */
export function spacedBatches<T>(
  send: (items: T[]) => void,
  gapMs: () => number,
  maxItems: number,
  inTask = false,
): { add: (item: T) => void; flush: () => void } {
  let waiting: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let scheduled = false;
  let lastSent = -Infinity;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    scheduled = false;
    if (waiting.length === 0) return;
    const items = waiting;
    waiting = [];
    lastSent = performance.now();
    send(items);
  };

  return {
    add: (item) => {
      waiting.push(item);
      if (waiting.length >= maxItems) {
        flush();
        return;
      }
      if (scheduled) return;
      scheduled = true;
      const wait = lastSent + gapMs() - performance.now();
      if (wait <= 0 && inTask) queueMicrotask(flush);
      else timer = setTimeout(flush, Math.max(0, wait));
    },
    flush,
  };
}
