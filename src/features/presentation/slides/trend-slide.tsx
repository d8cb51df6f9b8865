import { useTrendSummary } from '../../../components/charts/use-trend-summary';
import { CHART, DASH } from '../../../components/charts/chart-colors';
import { trendFacts } from '../../../domain/overview-summary';
import { trendChartRows, yCeiling } from '../../../domain/series';
import { cachedAggregateSeries } from '../../../hooks/cached-series';
import { useLocale, useT } from '../../../i18n/use-locale';
import type { FrozenData } from '../frozen-data';
import { SlideFrame, type FrameProps } from '../slide-frame';
import { DECK_INDICATOR } from '../slide-title';
import { useCoverageText } from './slide-parts';
import { TrendChart } from '../../../components/charts/trend-chart';
import { unitNames } from '../../../domain/unit-names';

const KEY = [
  { key: 'actual', color: CHART.actual, dash: undefined, width: 7 },
  { key: 'projection', color: CHART.projection, dash: DASH.projection, width: 6 },
  { key: 'required', color: CHART.required, dash: DASH.required, width: 5 },
  { key: 'target', color: CHART.target, dash: DASH.target, width: 5 },
] as const;

/** The nation's level-4 rate month by month, the target, the projection and the path needed. */
export function TrendSlide({ data, frame }: { data: FrozenData; frame: FrameProps }) {
  const t = useT('present');
  const trendSummary = useTrendSummary();
  const locale = useLocale();
  const coverageText = useCoverageText();
  const { model, dataset } = data;
  const aggregate = model.aggregate('all', DECK_INDICATOR);
  const { progress, target } = aggregate;
  const rows = trendChartRows(
    cachedAggregateSeries(dataset, 'all', DECK_INDICATOR, model.period),
    progress,
    model.period,
  );
  const yMax = yCeiling(rows);
  const facts = trendFacts(rows, progress);
  const title = t(`common:indicator.${DECK_INDICATOR}`);

  const summary = trendSummary(title, facts);

  return (
    <SlideFrame
      {...frame}
      note={coverageText(aggregate.coverage, unitNames(model.units, locale), null)}
    >
      <p className="trend__summary">{summary}</p>
      {facts.last === null ? (
        <p className="slide__message">{t('common:chart.noData')}</p>
      ) : (
        <TrendChart
          rows={rows}
          yMax={yMax}
          summary={summary}
          summaryShown
          variant="hall"
          width={1776}
          height={650}
        />
      )}
      <ul className="trend__key" aria-hidden="true">
        {KEY.filter((k) => k.key !== 'target' || target !== null).map((k) => (
          <li key={k.key}>
            <svg width="72" height="20" viewBox="0 0 72 20" focusable="false">
              <line
                x1="2"
                y1="10"
                x2="70"
                y2="10"
                stroke={k.color}
                strokeWidth={k.width}
                strokeDasharray={k.dash}
              />
            </svg>
            {k.key === 'target' ? t('trend.targetKey') : t(`common:chart.${k.key}`)}
          </li>
        ))}
      </ul>
    </SlideFrame>
  );
}
