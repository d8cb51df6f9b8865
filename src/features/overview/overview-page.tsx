import { useMemo } from 'react';
import { Link } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { TrendChart } from '../../components/charts/trend-chart';
import { CoverageNote } from '../../components/coverage-note';
import { ExportMenu } from '../../components/export-menu/export-menu';
import { coverageNotes } from '../../components/export-menu/export-text';
import { aggregateSeries, trendChartRows, yCeiling } from '../../domain/series';
import { FlagChips } from '../../components/flag-chips';
import { Loading } from '../../components/page-state';
import { StatusBadge } from '../../components/status-badge';
import { useDashboardData } from '../../hooks/dashboard-data';
import { useViewLink } from '../../hooks/use-view-link';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';

export function OverviewPage() {
  const t = useT();
  const f = useFormatters();
  const locale = useLocale();
  const link = useViewLink();
  const { model, period, state } = useDashboardData();
  const trend = useMemo(() => {
    if (!state || !model || period === null) return null;
    const national = model.aggregate('all', 'level4Rate');
    const rows = trendChartRows(
      aggregateSeries(state.dataset, 'all', 'level4Rate', period),
      national.progress,
      period,
    );
    return { rows, yMax: yCeiling(rows) };
  }, [state, model, period]);

  const names = useMemo(
    () => new Map(model?.units.map((u) => [u.unit.id, u.unit.name[locale]]) ?? []),
    [model, locale],
  );

  if (!model || period === null) return <Loading />;

  const national = model.aggregate('all', 'level4Rate');
  const provinceCoverage = model.aggregate('province', 'level4Rate').coverage;
  const provinces = model.units
    .filter((u) => u.unit.kind === 'province')
    .sort((a, b) => {
      const ra = a.indicators.level4Rate.rank ?? Infinity;
      const rb = b.indicators.level4Rate.rank ?? Infinity;
      return ra - rb || a.unit.name[locale].localeCompare(b.unit.name[locale], locale);
    });

  return (
    <>
      <h1>{t('nav.overview')}</h1>
      <p className="as-of">{t('period.asOf', { period: f.month(period) })}</p>
      <section className="card headline" aria-labelledby="national-level4">
        <h2 id="national-level4">{t('indicator.level4Rate')}</h2>
        <p className="headline__value">{f.percentTenths(national.tenths)}</p>
        <p>
          {national.target &&
            t('target.label', {
              value: f.target(national.target.value),
              deadline: f.month(national.target.deadline),
            })}{' '}
          <StatusBadge status={national.progress?.status ?? null} />
        </p>
        <CoverageNote coverage={national.coverage} names={names} />
      </section>
      {trend && (
        <ChartFrame
          title={t('indicator.level4Rate')}
          subtitle={t('kind.all')}
          period={period}
          target={national.target}
          notes={coverageNotes(national.coverage, names, t)}
          exportName={{ subject: 'level4Rate', scope: 'all' }}
          exportChart={(size) => (
            <TrendChart
              rows={trend.rows}
              yMax={trend.yMax}
              summary={t('indicator.level4Rate')}
              height={size.height}
            />
          )}
          table={{
            caption: t('indicator.level4Rate'),
            columns: [
              { key: 'period', label: t('period.label'), kind: 'month' },
              { key: 'actual', label: t('chart.actual'), kind: 'percent' },
              { key: 'projection', label: t('chart.projection'), kind: 'percent' },
              { key: 'required', label: t('chart.required'), kind: 'percent' },
            ],
            rows: trend.rows.map((r) => ({
              cells: {
                period: r.period,
                actual: r.actual,
                projection: r.projection,
                required: r.required,
              },
            })),
          }}
        >
          <TrendChart rows={trend.rows} yMax={trend.yMax} summary={t('indicator.level4Rate')} />
        </ChartFrame>
      )}
      <section aria-labelledby="province-table">
        <div className="export-head">
          <h2 id="province-table">{t('nav.provinces')}</h2>
          <ExportMenu
            title={t('nav.provinces')}
            subtitle={t('indicator.level4Rate')}
            period={period}
            target={national.target}
            notes={coverageNotes(provinceCoverage, names, t)}
            fileName={{ subject: 'level4Rate', scope: 'province' }}
            table={{
              caption: t('indicator.level4Rate'),
              columns: [
                { key: 'rank', label: '#', kind: 'rank' },
                { key: 'unit', label: t('kind.province'), kind: 'unit' },
                { key: 'level4Rate', label: t('indicatorShort.level4Rate'), kind: 'percent' },
                { key: 'flags', label: t('nav.laggards'), kind: 'flags' },
              ],
              rows: provinces.map((u) => ({
                unitId: u.unit.id,
                cells: {
                  rank: u.indicators.level4Rate.rank,
                  unit: u.unit.name[locale],
                  level4Rate: u.indicators.level4Rate.value,
                  flags: u.flags.map((flag) => flag.rule),
                },
              })),
            }}
          />
        </div>
        <div className="table-wrap">
          <table className="table">
            <caption>
              {t('indicator.level4Rate')} — {t('period.asOf', { period: f.month(period) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('kind.province')}</th>
                <th scope="col" className="num">
                  {t('indicatorShort.level4Rate')}
                </th>
                <th scope="col">{t('nav.laggards')}</th>
              </tr>
            </thead>
            <tbody>
              {provinces.map((u) => (
                <tr key={u.unit.id}>
                  <td className="num">{u.indicators.level4Rate.rank ?? '–'}</td>
                  <th scope="row">
                    <Link
                      to={{ pathname: `/units/${encodeURIComponent(u.unit.id)}`, search: link() }}
                    >
                      {u.unit.name[locale]}
                    </Link>
                  </th>
                  <td className="num">
                    {u.indicators.level4Rate.value === null
                      ? t('state.notReported')
                      : f.percentTenths(u.indicators.level4Rate.tenths)}
                  </td>
                  <td>
                    <FlagChips flags={u.flags} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
