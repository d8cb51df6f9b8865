import { startTransition, useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** How near the viewport a chart's box must come before the chart is drawn. */
const DRAW_MARGIN = '300px';

/**
 * The width of a box, as a ResizeObserver reports it after layout (never read during a render or
 * commit), given to React as a transition once the box first comes near the viewport: a chart
 * below the fold costs nothing until the reader scrolls to it (its box keeps its size meanwhile).
 * `undefined` where there is no ResizeObserver (jsdom): the chart then sizes itself. `null` until
 * the box is both near the viewport and measured.
 */
export function useBoxWidth(
  active: boolean,
): [(node: HTMLDivElement | null) => void, number | null | undefined] {
  const observing = active && typeof ResizeObserver !== 'undefined';
  const [width, setWidth] = useState<number | null>(null);
  const observers = useRef<{
    size: ResizeObserver;
    near: IntersectionObserver | null;
    stop: () => void;
  } | null>(null);
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      observers.current?.size.disconnect();
      observers.current?.near?.disconnect();
      observers.current?.stop();
      observers.current = null;
      if (!node || !observing) return;
      let near = typeof IntersectionObserver === 'undefined';
      let measured = 0;
      const show = () => {
        if (near && measured > 0) startTransition(() => setWidth(measured));
      };
      // Printing the page prints every chart, scrolled to or not: drawn before the print layout.
      const onPrint = () => {
        near = true;
        // A box in a section the browser has not laid out yet (content-visibility) was never
        // measured: its width is read now, which lays it out.
        if (measured === 0) measured = Math.round(node.getBoundingClientRect().width);
        if (measured > 0) flushSync(() => setWidth(measured));
      };
      window.addEventListener('beforeprint', onPrint);
      const size = new ResizeObserver((entries) => {
        measured = Math.round(entries[0]?.contentRect.width ?? 0);
        show();
      });
      const nearViewport = near
        ? null
        : new IntersectionObserver(
            (entries) => {
              if (!entries.some((e) => e.isIntersecting)) return;
              near = true;
              nearViewport?.disconnect();
              window.removeEventListener('beforeprint', onPrint);
              show();
            },
            { rootMargin: DRAW_MARGIN },
          );
      size.observe(node);
      nearViewport?.observe(node);
      observers.current = {
        size,
        near: nearViewport,
        stop: () => window.removeEventListener('beforeprint', onPrint),
      };
    },
    [observing],
  );
  if (!active) return [ref, null];
  return [ref, observing ? width : undefined];
}
