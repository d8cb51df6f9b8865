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
      percent: (v) => f.percent(v),
      axisPercent: (v) => f.target(v),
      status: (s) => t(`common:status.${s ?? 'none'}`),
      target: (value) => t('common:chart.target', { value }),
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
  return (
    <RankedBarsBox
      spec={spec}
      variant={variant}
      width={width}
      height={height ?? spec.bars.length * ROW + AXIS}
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
