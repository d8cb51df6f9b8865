import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, followed as it resizes, so a chart draws at its real pixel size (text
 * stays the same size on a phone and on a hall screen). A fixed width (exports) skips measuring.
 */
export function useWidth<T extends HTMLElement>(fixed: number | undefined, fallback = 800) {
  const ref = useRef<T>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (fixed !== undefined || !element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width) setMeasured(Math.floor(width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  return { ref, width: fixed ?? measured ?? fallback };
}
