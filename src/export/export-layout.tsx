import { useEffect, useRef, type ReactNode } from 'react';
import { useLocale } from '../i18n/use-locale';
import type { ChartSize } from './export-source';
import './export-layout.css';

export interface ExportLayoutProps {
  /** The figure's box in CSS pixels; a null height lets the figure take what it needs (a map). */
  width: number;
  height: number | null;
  renderChart: (size: ChartSize) => ReactNode;
  onReady: (element: HTMLElement) => void;
  onError: (error: unknown) => void;
}

const QUIET_MS = 150;
const STEP_MS = 50;
const MAX_WAIT_MS = 4000;

/**
 * Resolves once the fonts are loaded and the figure has stopped changing (charts measure their
 * box and draw on the next frames). Time-boxed: a chart that never settles is taken as it is.
 */
async function settled(element: HTMLElement): Promise<void> {
  // Not every environment has the Font Loading API (jsdom); there is nothing to wait for then.
  if ('fonts' in document) await document.fonts.ready;
  let last = Date.now();
  const observer = new MutationObserver(() => {
    last = Date.now();
  });
  observer.observe(element, { subtree: true, childList: true, attributes: true });
  const started = Date.now();
  try {
    while (Date.now() - last < QUIET_MS && Date.now() - started < MAX_WAIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, STEP_MS));
    }
  } finally {
    observer.disconnect();
  }
}

/**
 * The figure of an export (the chart, its legend, or the print map) drawn off screen at the
 * export's size, so that its SVG and texts can be copied into the file (dom-to-svg.ts).
 */
export function ExportLayout({ width, height, renderChart, onReady, onError }: ExportLayoutProps) {
  const locale = useLocale();
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!rootRef.current) return;
    const element = rootRef.current;
    let cancelled = false;
    settled(element).then(
      () => {
        if (!cancelled) onReady(element);
      },
      (error: unknown) => {
        if (!cancelled) onError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [onReady, onError]);

  return (
    <div className="export-stage" aria-hidden="true" inert>
      <div
        ref={rootRef}
        className="export-figure"
        style={{ width, height: height ?? undefined }}
        lang={locale}
      >
        {renderChart({ width, height: height ?? 0 })}
      </div>
    </div>
  );
}
