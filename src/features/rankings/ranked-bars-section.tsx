import { useMemo, useSyncExternalStore } from 'react';
import { RankedBarsBox } from '../../components/charts/lazy-charts';
import { EDGE, rankedBars, type BarWords } from '../../components/charts/ranked-bars-shape';
import type { ChartVariant } from '../../components/charts/chart-spec';
import type { RateIndicator } from '../../domain/indicators';
import type { RankingRow } from '../../domain/ranking-rows';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';

/** Height of one bar's row on a screen, px. */
const ROW = 26;
const AXIS = 56;
/**
 * An exported chart's rows: 24 px gives the export's 16 px type (63 provinces make a figure of
 * about 1,600 px in a 1,200 px wide image); many bars shrink them to 16 px (12 px type) so the
 * image stays within twice its width with room for its head and foot.
 */
const EXPORT_ROW = { best: 24, least: 16 };
/** The export chart's top margin and x axis (CHART_SIZE.export.margin.top + 40). */
const EXPORT_AXIS = 72;
/** What an export's head, foot and side margins take, px: the room the bars must leave. */
const EXPORT_FRAME = { height: 560, sides: 88 };

/** The height of an exported bar chart whose image is at most twice as tall as it is wide. */
export function exportBarsHeight(bars: number, width: number): number {
  const most = 2 * (width + EXPORT_FRAME.sides) - EXPORT_FRAME.height - EXPORT_AXIS;
  const row = Math.max(
    EXPORT_ROW.least,
    Math.min(EXPORT_ROW.best, Math.floor(most / Math.max(1, bars))),
  );
  return Math.max(1, bars) * row + EXPORT_AXIS;
}
const NARROW = '(max-width: 640px)';

function subscribeNarrow(listener: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
const isNarrow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;

/** The words a ranked bar chart writes, in the view's language. */
export function useBarWords(indicator: RateIndicator, kindPlural: string, ranked: number) {
  const t = useT('rankings');
  const f = useFormatters();
  const locale = useLocale();
  return useMemo(
    (): BarWords => ({
      name: (row) => row.unit.name[locale],
      count: (n) => f.count(n),
      percent: (v) => f.percent(v),
      axisPercent: (v) => f.target(v),
      status: (s) => t(`common:status.${s ?? 'none'}`),
      target: (value) => t('common:chart.target', { value }),
      indicator: t(`common:indicator.${indicator}`),
      summary: t('bars.summary', {
        ranked: f.count(ranked),
        kind: kindPlural,
        indicator: t(`common:indicator.${indicator}`),
      }),
    }),
    [t, f, locale, indicator, kindPlural, ranked],
  );
}

export interface RankedBarsProps {
  rows: readonly RankingRow[];
  indicator: RateIndicator;
  target: number | null;
  myUnit: string | null;
  words: BarWords;
  variant?: ChartVariant;
  width?: number;
  height?: number;
}

/** The ranked bars at a fixed size (exports) or at the screen's width, one row per bar. */
export function RankedBars({
  rows,
  indicator,
  target,
  myUnit,
  words,
  variant = 'screen',
  width,
  height,
}: RankedBarsProps) {
  const t = useT();
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
  const { spec } = useMemo(
    () => rankedBars(rows, indicator, target, myUnit, words),
    [rows, indicator, target, myUnit, words],
  );
  const fixed = width !== undefined;
  // A tall export gives no height (0): the bars take what they need.
  const own =
    variant === 'export' && width !== undefined
      ? exportBarsHeight(spec.bars.length, width)
      : spec.bars.length * ROW + AXIS;
  return (
    <RankedBarsBox
      // The screen reader's summary is no part of an image.
      spec={variant === 'export' ? { ...spec, summary: '' } : spec}
      variant={variant}
      width={width}
      height={height || own}
      nameWidth={fixed ? Math.round(width * 0.26) : narrow ? 124 : 240}
      name={t('common:chart.name')}
    />
  );
}

/** The bar chart on the rankings screen, its note when cut, and the units without a bar. */
export function RankedBarsSection(props: RankedBarsProps) {
  const t = useT('rankings');
  const { missing, shown, ranked } = useMemo(
    () => rankedBars(props.rows, props.indicator, props.target, props.myUnit, props.words),
    [props.rows, props.indicator, props.target, props.myUnit, props.words],
  );
  return (
    <div className="ranked-bars">
      {shown < ranked && (
        <p className="ranked-bars__note">{t('bars.cut', { ranked, edge: EDGE })}</p>
      )}
      <p className="ranked-bars__key">
        {props.myUnit !== null && <span>{t('bars.mine')}</span>} <span>{t('bars.tie')}</span>
      </p>
      <RankedBars {...props} />
      {missing.length > 0 && (
        <section className="ranked-bars__missing" aria-labelledby="ranked-bars-missing">
          <h2 id="ranked-bars-missing">{t('bars.missingTitle', { count: missing.length })}</h2>
          <ul>
            {missing.map((m) => (
              <li key={m.id}>
                <bdi>{m.name}</bdi>: {t(`bars.reason.${m.reason}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/**
 * The ranked bars as an export's figure (a tall image, 'tall' in export-source.ts): the note when
 * the list is cut, the key to "=" and "my unit", and every bar at legible size.
 */
export function ExportBars(props: Omit<RankedBarsProps, 'variant' | 'height'> & { width: number }) {
  const t = useT('rankings');
  const { shown, ranked } = useMemo(
    () => rankedBars(props.rows, props.indicator, props.target, props.myUnit, props.words),
    [props.rows, props.indicator, props.target, props.myUnit, props.words],
  );
  return (
    <div className="ranked-bars ranked-bars--export">
      {shown < ranked && (
        <p className="ranked-bars__note">{t('bars.cut', { ranked, edge: EDGE })}</p>
      )}
      <p className="ranked-bars__key">
        {props.myUnit !== null && <span>{t('bars.mine')}</span>} <span>{t('bars.tie')}</span>
      </p>
      <RankedBars {...props} variant="export" />
    </div>
  );
}
