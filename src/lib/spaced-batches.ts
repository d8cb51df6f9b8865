/**
 * Collects items and hands them on in batches at least `gapMs` apart: the first item after a
 * quiet spell goes at the end of the current task, the next ones once `gapMs` has passed since the
 * last batch, or at once when `maxItems` are waiting. Each batch from the data worker is a message
 * to the page, and the page's answer one back: one per feed made 40,000 messages of 10,000 feeds.
 */
export function spacedBatches<T>(
  send: (items: T[]) => void,
  gapMs: number,
  maxItems: number,
): { add: (item: T) => void; flush: () => void } {
  let waiting: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSent = -Infinity;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const items = waiting;
    waiting = [];
    lastSent = performance.now();
    send(items);
  };

  return {
    add: (item) => {
      waiting.push(item);
      if (waiting.length >= maxItems) flush();
      else timer ??= setTimeout(flush, Math.max(0, lastSent + gapMs - performance.now()));
    },
    flush,
  };
}
