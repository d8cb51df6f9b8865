import { useId, useState, type ReactNode } from 'react';
import type { MonthIndex } from '../domain/period';
import type { ChartSize } from '../export/export-source';
import { useFormatters, useT } from '../i18n/use-locale';
import {
  tableOf,
  type ExportFileName,
  type ExportTarget,
  type TableSource,
} from '../lib/table-spec';
import { DataTable } from './data-table/data-table';
import { ExportMenu } from './export-menu/export-menu';
import { targetText } from './export-menu/export-text';
import { BidiText } from './bidi-text';
import './chart-frame.css';

export interface ChartFrameProps {
  title: string;
  subtitle?: string;
  /** The period under review, printed as "Số liệu đến 08/2020". */
  period: MonthIndex;
  /** Coverage notes, target basis: printed under the chart and carried by exports. */
  notes?: readonly string[];
  /**
   * What "show as table" shows (and the CSV / Excel exports contain); a function when the table
   * is long to build (10,000 rows), called only when it is shown or exported.
   */
  table: TableSource;
  headingLevel?: 2 | 3;
  children: ReactNode;
  /** The target and its basis, printed under the chart and in every export. */
  target?: ExportTarget | null;
  /** What export file names say: indicator and scope (`ty-le-dvc-muc-do-4_tinh_2020-08.png`). */
  exportName?: ExportFileName;
  /**
   * The chart drawn at the export layout's size (e.g. a fixed height); by default the children
   * are drawn again inside the layout.
   */
  exportChart?: (size: ChartSize) => ReactNode;
  /** The exports' title when the screen's leaves out what the page around it says (the unit). */
  exportTitle?: string;
  /** The exports' subtitle when the screen's is a hint for the screen only (null: none). */
  exportSubtitle?: string | null;
  /** 'tall': the export figure takes the height it needs (the print map); see ExportSource. */
  exportShape?: 'wide' | 'tall';
  /** Set false where a frame must not offer downloads (embedded charts). */
  exportable?: boolean;
  /** The chart's embed route ("embed/trend"): the menu offers its <iframe> code. */
  embed?: string;
}

/**
 * Every chart sits in one of these: title, subtitle, the chart or its table, source line, period
 * and notes, so what is on screen (and what is exported) always says what it is and where from.
 * Each frame has the export menu: PNG, SVG, CSV, Excel and copy link.
 */
export function ChartFrame({
  title,
  subtitle,
  period,
  notes = [],
  table,
  headingLevel = 2,
  children,
  target = null,
  exportName,
  exportChart,
  exportTitle,
  exportSubtitle,
  exportShape,
  exportable = true,
  embed,
}: ChartFrameProps) {
  const t = useT();
  const f = useFormatters();
  const headingId = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-frame" aria-labelledby={headingId}>
      <div className="chart-frame__head">
        <div>
          <Heading id={headingId} className="chart-frame__title">
            <BidiText text={title} />
          </Heading>
          {subtitle && (
            <p className="chart-frame__subtitle">
              <BidiText text={subtitle} />
            </p>
          )}
        </div>
        <div className="chart-frame__actions">
          <div className="chart-frame__tools" role="group" aria-label={t('chart.viewAs')}>
            <button
              type="button"
              className="toggle"
              aria-pressed={view === 'chart'}
              onClick={() => setView('chart')}
            >
              {t('chart.showChart')}
            </button>
            <button
              type="button"
              className="toggle"
              aria-pressed={view === 'table'}
              onClick={() => setView('table')}
            >
              {t('chart.showTable')}
            </button>
          </div>
          {exportable && (
            <ExportMenu
              title={exportTitle ?? title}
              subtitle={exportSubtitle === undefined ? subtitle : (exportSubtitle ?? undefined)}
              imageShape={exportShape}
              period={period}
              notes={notes}
              target={target}
              table={table}
              fileName={exportName}
              renderChart={exportChart ?? (() => children)}
              // The table on screen can be exported as the picture it is, too.
              tableImages={view === 'table'}
              embed={embed}
            />
          )}
        </div>
      </div>
      <div className="chart-frame__body">
        {view === 'chart' ? children : <DataTable spec={tableOf(table)} />}
      </div>
      <figcaption className="chart-frame__foot">
        <span>{t('source.line')}</span>
        <span className="chart-frame__as-of">{t('period.asOf', { period: f.month(period) })}</span>
        {target && <span>{targetText(target, t, f)}</span>}
        {notes.map((note) => (
          <span key={note}>
            <BidiText text={note} />
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
