import type { TrendFacts } from '../../domain/overview-summary';
import { useFormatters, useT } from '../../i18n/use-locale';

/**
 * The sentence that says what a trend chart shows ("… 5,3% vào 01/2019, 16,5% vào 08/2020; mục
 * tiêu 30% đến 12/2020, dự báo 20,4%"), from the engine's facts: for screen readers and as the
 * chart's visible summary.
 */
export function useTrendSummary(): (title: string, facts: TrendFacts) => string {
  const t = useT();
  const f = useFormatters();
  return (title, facts) => {
    if (facts.first === null || facts.last === null) {
      return t('chart.trendSummaryEmpty', { title });
    }
    const ends = {
      title,
      first: f.percent(facts.first.value),
      firstPeriod: f.month(facts.first.period),
      last: f.percent(facts.last.value),
      lastPeriod: f.month(facts.last.period),
    };
    if (facts.target === null || facts.deadline === null) {
      return t('chart.trendSummaryNoTarget', ends);
    }
    const goal = { ...ends, target: f.target(facts.target), deadline: f.month(facts.deadline) };
    return facts.projection === null
      ? t('chart.trendSummaryNoProjection', goal)
      : t('chart.trendSummary', { ...goal, projection: f.percent(facts.projection) });
  };
}
