import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { formatCell, isNumericKind } from '../components/data-table/format-cell';
import { useFormatters, useLocale, useT } from '../i18n/use-locale';
import type { TableSpec } from '../lib/table-spec';
import type { ChartSize, ExportText } from './export-source';
import './export-layout.css';

export interface ExportLayoutProps {
  text: ExportText;
  /** CSS pixels; a null height lets the content decide (a whole table). */
  width: number;
  height: number | null;
  renderChart?: (size: ChartSize) => ReactNode;
  table: TableSpec;
  onReady: (element: HTMLElement) => void;
  onError: (error: unknown) => void;
}

const QUIET_MS = 150;
const STEP_MS = 50;
const MAX_WAIT_MS = 4000;

/**
 * Resolves once the fonts are loaded and the layout has stopped changing (charts measure their
 * box and draw on the next frames). Time-boxed: a chart that never settles is captured as it is.
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

/** The table as plain text cells, for the image of a table (no links, no controls). */
function ExportTable({ spec }: { spec: TableSpec }) {
  const t = useT();
  const f = useFormatters();
  return (
    <table className="export-layout__table">
      <thead>
        <tr>
          {spec.columns.map((c) => (
            <th key={c.key} scope="col" className={isNumericKind(c.kind) ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((row, i) => (
          <tr key={row.unitId ?? i}>
            {spec.columns.map((c) => (
              <td key={c.key} className={isNumericKind(c.kind) ? 'num' : undefined}>
                {formatCell(c.kind, row.cells[c.key] ?? null, t, f)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What an exported image shows, at its final size: title, subtitle, period and target, the chart
 * re-rendered for that size (or the table), the source line, coverage notes and a small mark of
 * the dashboard. Rendered off screen while an image export runs, then rasterised.
 */
export function ExportLayout({
  text,
  width,
  height,
  renderChart,
  table,
  onReady,
  onError,
}: ExportLayoutProps) {
  const locale = useLocale();
  const rootRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const [chartSize, setChartSize] = useState<ChartSize | null>(null);
  const showsChart = renderChart !== undefined;

  useLayoutEffect(() => {
    if (!showsChart || !chartRef.current) return;
    const box = chartRef.current.getBoundingClientRect();
    setChartSize({ width: Math.floor(box.width), height: Math.floor(box.height) });
  }, [showsChart]);

  const ready = !showsChart || chartSize !== null;
  useEffect(() => {
    if (!ready || !rootRef.current) return;
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
  }, [ready, onReady, onError]);

  return (
    <div className="export-stage" aria-hidden="true" inert>
      <div
        ref={rootRef}
        className={`export-layout${showsChart ? '' : ' export-layout--table'}`}
        style={{ width, height: height ?? undefined }}
        lang={locale}
      >
        <div className="export-layout__head">
          <p className="export-layout__title">{text.title}</p>
          {text.subtitle && <p className="export-layout__subtitle">{text.subtitle}</p>}
          <p className="export-layout__meta">
            <strong>{text.asOf}</strong>
            {text.target && (
              <>
                <span aria-hidden="true"> · </span>
                <span>{text.target}</span>
              </>
            )}
          </p>
        </div>
        {showsChart ? (
          <div ref={chartRef} className="export-layout__chart">
            {chartSize && renderChart(chartSize)}
          </div>
        ) : (
          <ExportTable spec={table} />
        )}
        <div className="export-layout__foot">
          <div className="export-layout__notes">
            <p className="export-layout__source">{text.source}</p>
            {text.notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
            {text.provisional && <p className="export-layout__provisional">{text.provisional}</p>}
          </div>
          <p className="export-layout__mark">
            <span className="export-layout__emblem">★</span>
            {text.mark}
          </p>
        </div>
      </div>
    </div>
  );
}
