import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { coverageNotes } from '../../components/export-menu/export-text';
import { ExportMenu } from '../../components/export-menu/export-menu';
import { ProvisionalNotice } from '../../components/provisional-notice';
import { ErrorState, Loading } from '../../components/page-state';
import type { DatasetState } from '../../data/use-dataset';
import { isRateIndicator, type IndicatorId, type RateIndicator } from '../../domain/indicators';
import type { PeriodModel } from '../../domain/model';
import type { MonthIndex } from '../../domain/period';
import {
  filterRankingRows,
  flagCounts,
  NO_REGION,
  prepareRankingTable,
  rankingTable,
  regionOptions,
} from '../../domain/ranking-rows';
import {
  DEFAULT_SORT,
  nextSort,
  prepareNameOrder,
  resolveSort,
  sortRankingRows,
  type RankingSortKey,
} from '../../domain/ranking-sort';
import type { UnitKind } from '../../domain/types';
import { useDashboardData } from '../../hooks/dashboard-data';
import { usePreparedInTasks } from '../../hooks/use-prepared-in-tasks';
import { useViewLink } from '../../hooks/use-view-link';
import { useViewState } from '../../hooks/use-view-state';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { matchesFolded } from '../../lib/fold-text';
import type { ViewState } from '../../lib/view-state';
import { useMyUnit } from '../unit/use-my-unit';
import {
  rankingCaption,
  rankingFilters,
  rankingColumns,
  rankingsTableSpec,
  type RankingView,
} from './rankings-table-spec';
import { RankingsTable } from './rankings-table';
import { RankingsToolbar } from './rankings-toolbar';
import { ExportBars, RankedBarsSection, useBarWords } from './ranked-bars-section';
import { ViewToggle } from './view-toggle';
import { PREPARED_FROM, ROWS_PER_TASK, useTablesPrepared } from './use-tables-prepared';
import { useScreenMessages } from '../../i18n/screen-messages';
import { rankingsMessages } from './rankings-messages';
import './rankings.css';
import { unitNames } from '../../domain/unit-names';

/** The route's `:kind`, in the plural the URLs use. */
const KIND_BY_PATH: Record<string, UnitKind> = { provinces: 'province', ministries: 'ministry' };
const PATH_BY_KIND: Record<UnitKind, string> = { province: 'provinces', ministry: 'ministries' };

function NoSuchRanking({ path }: { path: string }) {
  const t = useT('rankings');
  const link = useViewLink();
  return (
    <div className="state">
      <h1>{t('unknownKind.title')}</h1>
      <p>{t('unknownKind.body', { kind: path })}</p>
      <ul>
        {(['province', 'ministry'] as const).map((kind) => (
          <li key={kind}>
            <Link to={{ pathname: `/rankings/${PATH_BY_KIND[kind]}`, search: link() }}>
              {t(`title.${kind}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The indicator the URL asks to rank on; level 4 by default. */
function rankedIndicator(asked: IndicatorId | null): RateIndicator {
  return asked !== null && isRateIndicator(asked) ? asked : 'level4Rate';
}

function RankingsBody({
  kind,
  model,
  period,
  state,
}: {
  kind: UnitKind;
  model: PeriodModel;
  period: MonthIndex;
  state: DatasetState;
}) {
  const t = useT('rankings');
  const f = useFormatters();
  const locale = useLocale();
  const link = useViewLink();
  const [view, update] = useViewState();

  const indicator = rankedIndicator(view.indicator);
  const regions = state.registry.regions;
  const table = useMemo(
    () => rankingTable(model, kind, indicator, regions),
    [model, kind, indicator, regions],
  );
  const regionChoices = useMemo(
    () => regionOptions(table.rows, regions, view.flag),
    [table, regions, view.flag],
  );
  const chosenRegion = regionChoices.find((o) => o.key === view.region) ?? null;
  const region = chosenRegion?.key ?? null;
  const query = view.q ?? '';
  const rows = useMemo(() => {
    const kept = filterRankingRows(table.rows, { region, flag: view.flag });
    return query.trim() === ''
      ? kept
      : kept.filter((row) => matchesFolded(query, [row.unit.name.vi, row.unit.name.en]));
  }, [table, region, view.flag, query]);
  const [mine] = useMyUnit();
  // Typing replaces the history entry: one Back leaves the search, not one letter.
  const onQuery = useCallback(
    (q: string) => update({ q: q === '' ? null : q }, { replace: true }),
    [update],
  );
  const counts = useMemo(() => flagCounts(table.rows, region), [table, region]);
  const names = unitNames(state.registry.units, locale);

  const regionName = chosenRegion?.region?.name[locale] ?? null;
  const rankingView = useMemo(
    (): RankingView => ({
      table,
      period,
      regionName,
      noRegion: region === NO_REGION,
      flag: view.flag,
      query,
      locale,
      t,
      f,
    }),
    [table, period, regionName, region, view.flag, query, locale, t, f],
  );
  const filters = rankingFilters(rankingView);
  const columns = useMemo(() => rankingColumns(rankingView), [rankingView]);
  const sortOf = useCallback(
    (v: Pick<ViewState, 'sort' | 'dir'>) => {
      const wanted = resolveSort(v.sort, v.dir);
      return columns.some((c) => c.key === wanted.key) ? wanted : DEFAULT_SORT;
    },
    [columns],
  );
  const sort = useMemo(
    () => sortOf({ sort: view.sort, dir: view.dir }),
    [sortOf, view.sort, view.dir],
  );

  // Kept by sortRankingRows itself: the same rows, sort and language give the same array.
  const sorted = sortRankingRows(rows, sort, locale);
  useTablesPrepared(model, kind, regions, sort, locale);

  const onSort = useCallback(
    (key: RankingSortKey) =>
      // From the latest sort in the URL: a quick second click on a header turns it back.
      update((latest) => {
        const next = nextSort(sortOf(latest), key);
        return { sort: next.key, dir: next.dir };
      }),
    [sortOf, update],
  );
  const clear = () => update({ region: null, flag: null, q: null });

  const kindWords = t(`common:kind.${kind}_plural`);
  const settled = state.settled === state.total;
  const [myUnit] = useMyUnit();
  const showChart = view.show === 'chart';
  const target = table.target?.value ?? null;
  const barWords = useBarWords(indicator, kindWords, table.ranked);
  const barProps = { indicator, target, myUnit, words: barWords };

  if (table.total === 0) {
    return <p className="state">{t('empty.kind', { kind: kindWords })}</p>;
  }
  if (settled && table.rows.every((r) => r.feed === 'failed')) {
    return (
      <ErrorState title={t('allFailed.title', { kind: kindWords })}>
        <p>{t('allFailed.body', { kind: kindWords })}</p>
        <p>
          <Link to={{ pathname: '/data', search: link() }}>{t('allFailed.link')}</Link>
        </p>
      </ErrorState>
    );
  }

  return (
    <>
      <ProvisionalNotice
        ns="rankings"
        settled={state.settled}
        total={state.total}
        className="provisional"
      />
      <RankingsToolbar
        indicator={indicator}
        onIndicator={(ind) => update({ indicator: ind })}
        regions={regionChoices}
        region={region}
        onRegion={(r) => update({ region: r })}
        flagCounts={counts}
        flag={view.flag}
        onFlag={(flag) => update({ flag })}
        query={query}
        onQuery={onQuery}
        shown={rows.length}
        onClear={clear}
      />
      {table.target === null && <p className="rankings-basis">{t('noTarget')}</p>}
      <div className="export-head">
        <p className="rankings-basis">
          {t('basis', {
            ranked: f.count(table.ranked),
            total: f.count(table.total),
            kind: kindWords,
          })}
        </p>
        <ViewToggle show={showChart ? 'chart' : 'table'} onShow={(show) => update({ show })} />
        <ExportMenu
          title={`${t(`title.${kind}`)}: ${t(`common:indicator.${indicator}`)}${
            filters === null ? '' : t('captionFilters', { filters })
          }`}
          subtitle={t('basis', {
            ranked: f.count(table.ranked),
            total: f.count(table.total),
            kind: kindWords,
          })}
          period={period}
          target={model.aggregate(kind, indicator).target}
          notes={coverageNotes(model.aggregate(kind, indicator).coverage, names, t)}
          table={() => rankingsTableSpec(rankingView, sorted)}
          fileName={{
            subject: indicator,
            scope: kind,
            ...(filters !== null && { filter: filters }),
          }}
          embed={`embed/rankings/${PATH_BY_KIND[kind]}`}
          // The bar chart is a ranking's first picture in both views; its table pages beside it.
          renderChart={
            rows.length > 0 && table.ranked > 0
              ? (size) => <ExportBars rows={rows} {...barProps} width={size.width} />
              : undefined
          }
          imageShape="tall"
          tableImages
        />
      </div>
      {rows.length === 0 ? (
        <div className="state state--empty">
          <p>{t('empty.filter')}</p>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('filter.clear')}
          </button>
        </div>
      ) : showChart ? (
        <RankedBarsSection
          rows={rows}
          indicator={indicator}
          target={target}
          myUnit={myUnit}
          words={barWords}
        />
      ) : (
        <RankingsTable
          caption={rankingCaption(rankingView)}
          columns={columns}
          rows={sorted}
          chosen={indicator}
          sort={sort}
          onSort={onSort}
          search={link()}
          mine={mine}
        />
      )}
    </>
  );
}

function Rankings({ kind }: { kind: UnitKind }) {
  const t = useT('rankings');
  const locale = useLocale();
  const [view] = useViewState();
  const { model, period, state } = useDashboardData();
  const ready = useMemo(
    () => (model && period !== null && state ? { model, period, state } : null),
    [model, period, state],
  );
  const indicator = rankedIndicator(view.indicator);
  const tableOf = (r: NonNullable<typeof ready>) =>
    rankingTable(r.model, kind, indicator, r.state.registry.regions);
  const shown = usePreparedInTasks(ready, (ready?.model.units.length ?? 0) >= PREPARED_FROM, [
    (r) =>
      r !== null &&
      prepareRankingTable(r.model, kind, indicator, r.state.registry.regions, ROWS_PER_TASK),
    (r) => r !== null && prepareNameOrder(tableOf(r).rows, locale, ROWS_PER_TASK),
    (r) => {
      if (r !== null) sortRankingRows(tableOf(r).rows, resolveSort(view.sort, view.dir), locale);
    },
  ]);
  return (
    <>
      <h1>{t(`title.${kind}`)}</h1>
      {shown ? <RankingsBody kind={kind} {...shown} /> : <Loading />}
    </>
  );
}

/** /rankings/provinces and /rankings/ministries; any other kind says so, with links. */
export function RankingsPage() {
  useScreenMessages(rankingsMessages);
  const { kind: path = '' } = useParams();
  const kind = Object.hasOwn(KIND_BY_PATH, path) ? KIND_BY_PATH[path] : undefined;
  if (kind === undefined) return <NoSuchRanking path={path} />;
  return <Rankings key={kind} kind={kind} />;
}
