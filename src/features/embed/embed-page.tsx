import { useCallback, useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/page-state';
import { isRateIndicator, type RateIndicator } from '../../domain/indicators';
import { filterRankingRows, rankingTable } from '../../domain/ranking-rows';
import type { ScopeId } from '../../domain/scope';
import type { UnitKind } from '../../domain/types';
import { useDashboardData } from '../../hooks/dashboard-data';
import { useViewState } from '../../hooks/use-view-state';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { TrendSection } from '../overview/trend-section';
import { RankedBarsSection, useBarWords } from '../rankings/ranked-bars-section';
import { RankHistorySection } from '../unit/rank-history-section';
import { TrendSection as UnitTrendSection } from '../unit/trend-section';
import { UNIT_EMBED_CHARTS, type UnitEmbedChart } from '../unit/unit-embed-path';
import { useScreenMessages } from '../../i18n/screen-messages';
import { rankingsMessages } from '../rankings/rankings-messages';
import { unitMessages } from '../unit/unit-messages';
import { unitNames } from '../../domain/unit-names';
import './embed.css';

const KIND_BY_PATH: Record<string, UnitKind> = { provinces: 'province', ministries: 'ministry' };

/** Title, period and source around an embedded chart, and the link back to the full view. */
function EmbedFrame({
  title,
  subtitle,
  backTo,
  children,
}: {
  title: string | null;
  subtitle: string | null;
  backTo: string;
  children: React.ReactNode;
}) {
  const t = useT();
  const f = useFormatters();
  const { period } = useDashboardData();
  const { search } = useLocation();
  const back = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${backTo}${search}`;
  return (
    <main className="embed">
      {title !== null && (
        <header className="embed__head">
          <h1 className="embed__title">{title}</h1>
          {subtitle && <p className="embed__subtitle">{subtitle}</p>}
        </header>
      )}
      {children}
      <footer className="embed__foot">
        <span>{t('source.line')}</span>
        {period !== null && <span>{t('period.asOf', { period: f.month(period) })}</span>}
        <a href={back} target="_blank" rel="noopener">
          {t('chart.openDashboard')}
        </a>
      </footer>
    </main>
  );
}

function EmbeddedTrend() {
  const t = useT('overview');
  const locale = useLocale();
  const [view] = useViewState();
  const { model, period, state } = useDashboardData();
  if (!model || period === null || !state) return <Loading />;
  const names = unitNames(state.registry.units, locale);
  const kind = view.kind !== null && model.scopes.includes(view.kind) ? view.kind : null;
  const scope: ScopeId = kind ?? 'all';
  const level4 = model.aggregate(scope, 'level4Rate');
  return (
    <EmbedFrame title={null} subtitle={null} backTo="/">
      <TrendSection
        dataset={state.dataset}
        aggregate={level4}
        scope={scope}
        scopeLabel={kind === null ? t('common:kind.all') : t(`common:kind.${kind}`)}
        period={period}
        coverageNote={t('common:coverage.basedOn', {
          reported: level4.coverage.reported,
          total: level4.coverage.total,
        })}
        names={names}
        embedded
      />
    </EmbedFrame>
  );
}

function EmbeddedRanking({ kind, path }: { kind: UnitKind; path: string }) {
  const t = useT('rankings');
  const [view] = useViewState();
  const { model, period, state } = useDashboardData();
  const indicator: RateIndicator =
    view.indicator !== null && isRateIndicator(view.indicator) ? view.indicator : 'level4Rate';
  const table = useMemo(
    () => (model && state ? rankingTable(model, kind, indicator, state.dataset.regions) : null),
    [model, state, kind, indicator],
  );
  const rows = useMemo(
    () => (table ? filterRankingRows(table.rows, { region: view.region, flag: view.flag }) : []),
    [table, view.region, view.flag],
  );
  const kindWords = t(`common:kind.${kind}_plural`);
  const words = useBarWords(indicator, kindWords, table?.ranked ?? 0);
  if (!model || period === null || !table) return <Loading />;
  return (
    <EmbedFrame
      title={t(`title.${kind}`)}
      subtitle={t(`common:indicator.${indicator}`)}
      backTo={`/rankings/${path}`}
    >
      <RankedBarsSection
        rows={rows}
        indicator={indicator}
        target={table.target?.value ?? null}
        myUnit={null}
        words={words}
      />
    </EmbedFrame>
  );
}

/** One of a unit page's charts: its level-4 trend or its rank history. */
function EmbeddedUnitChart({ id, chart }: { id: string; chart: UnitEmbedChart }) {
  const locale = useLocale();
  const { model, period, dataset } = useDashboardData();
  const nameOf = useCallback(
    (unitId: string) => model?.byId.get(unitId)?.unit.name[locale] ?? unitId,
    [model, locale],
  );
  if (!model || period === null || !dataset) return <Loading />;
  const unit = model.byId.get(id);
  const data = dataset.units.find((u) => u.unit.id === id);
  if (!unit || !data) return <UnknownChart name={id} />;
  return (
    <EmbedFrame
      title={unit.unit.name[locale]}
      subtitle={null}
      backTo={`/units/${encodeURIComponent(id)}`}
    >
      {chart === 'trend' ? (
        <UnitTrendSection unit={unit} data={data} dataset={dataset} period={period} embedded />
      ) : (
        <RankHistorySection
          unit={unit}
          dataset={dataset}
          period={period}
          nameOf={nameOf}
          embedded
        />
      )}
    </EmbedFrame>
  );
}

function UnknownChart({ name }: { name: string }) {
  const t = useT();
  return (
    <main className="embed">
      <ErrorState title={t('chart.noData')}>
        <p>{name}</p>
      </ErrorState>
    </main>
  );
}

const isUnitChart = (chart: string): chart is UnitEmbedChart =>
  (UNIT_EMBED_CHARTS as readonly string[]).includes(chart);

/**
 * A chart with no navigation, for other sites to frame (the only route the CSP lets them):
 * /embed/trend, /embed/rankings/provinces|ministries and /embed/units/<id>/trend|rank-history,
 * with the view's state in the query.
 */
export function EmbedPage() {
  useScreenMessages(rankingsMessages, unitMessages);
  const { chart = '', kind: path = '', id } = useParams();
  if (id !== undefined) {
    return isUnitChart(chart) ? (
      <EmbeddedUnitChart id={id} chart={chart} />
    ) : (
      <UnknownChart name={chart} />
    );
  }
  if (chart === 'trend') return <EmbeddedTrend />;
  if (chart === 'rankings' && Object.hasOwn(KIND_BY_PATH, path)) {
    return <EmbeddedRanking kind={KIND_BY_PATH[path]!} path={path} />;
  }
  return <UnknownChart name={chart} />;
}
