import { useMemo } from 'react';
import { Link } from 'react-router';
import { ExportMenu } from '../../components/export-menu/export-menu';
import { ProvisionalNotice } from '../../components/provisional-notice';
import { ErrorState, Loading } from '../../components/page-state';
import type { DatasetState } from '../../data/use-dataset';
import { filterLaggards, laggardFacets } from '../../domain/laggard-filter';
import type { PeriodModel } from '../../domain/model';
import type { MonthIndex } from '../../domain/period';
import { useDashboardData } from '../../hooks/dashboard-data';
import { useViewLink } from '../../hooks/use-view-link';
import { useViewState } from '../../hooks/use-view-state';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { LaggardsFilters } from './laggards-filters';
import {
  laggardsCaption,
  laggardsColumns,
  laggardsFileName,
  laggardsTableSpec,
  laggardsTitle,
  type LaggardsView,
} from './laggards-table-spec';
import { LaggardsTable } from './laggards-table';
import { useScreenMessages } from '../../i18n/screen-messages';
import { laggardsMessages } from './laggards-messages';
import './laggards.css';

function LaggardsBody({
  model,
  period,
  state,
}: {
  model: PeriodModel;
  period: MonthIndex;
  state: DatasetState;
}) {
  const t = useT('laggards');
  const tCommon = useT();
  const f = useFormatters();
  const locale = useLocale();
  const link = useViewLink();
  const [view, update] = useViewState();
  const rule = view.flag;
  const kind = view.kind;

  const units = useMemo(() => filterLaggards(model.laggards, { rule, kind }), [model, rule, kind]);
  const facets = useMemo(() => laggardFacets(model.laggards, { rule, kind }), [model, rule, kind]);
  const laggardsView = useMemo(
    (): LaggardsView => ({ period, rule, kind, locale, t, tCommon, f }),
    [period, rule, kind, locale, t, tCommon, f],
  );
  const columns = useMemo(() => laggardsColumns(laggardsView), [laggardsView]);

  const settled = state.settled === state.total;
  if (settled && model.units.length > 0 && model.units.every((u) => u.feed === 'failed')) {
    return (
      <ErrorState title={t('allFailed.title')}>
        <p>{t('allFailed.body')}</p>
        <p>
          <Link to={{ pathname: '/data', search: link() }}>{t('allFailed.link')}</Link>
        </p>
      </ErrorState>
    );
  }

  return (
    <>
      <p className="laggards-intro">{t('intro', { period: f.month(period) })}</p>
      <ProvisionalNotice
        ns="laggards"
        settled={state.settled}
        total={state.total}
        className="provisional"
      />
      {state.settled === 0 ? null : model.laggards.length === 0 ? (
        // Not before the first feed: "no unit flagged" would be said of no data at all.
        <div className="state state--empty">
          <p>{t('empty.none', { period: f.month(period) })}</p>
        </div>
      ) : (
        <>
          <LaggardsFilters facets={facets} rule={rule} kind={kind} />
          <div className="export-head">
            <p className="laggards-count" aria-live="polite">
              {t('shown', { count: units.length, n: f.count(units.length) })}
            </p>
            {units.length > 0 && (
              <ExportMenu
                title={laggardsTitle(laggardsView)}
                subtitle={t('shown', { count: units.length, n: f.count(units.length) })}
                period={period}
                table={(file) => laggardsTableSpec(laggardsView, units, file)}
                fileName={laggardsFileName(laggardsView)}
              />
            )}
          </div>
          {units.length === 0 ? (
            <div className="state state--empty">
              <p>{t('empty.filter')}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => update({ flag: null, kind: null })}
              >
                {t('filter.clear')}
              </button>
            </div>
          ) : (
            <LaggardsTable
              caption={laggardsCaption(laggardsView)}
              columns={columns}
              units={units}
              search={link()}
            />
          )}
        </>
      )}
    </>
  );
}

/** Every flagged unit with its reasons in numbers, filtered by rule and kind from the URL. */
export function LaggardsPage() {
  useScreenMessages(laggardsMessages);
  const t = useT('laggards');
  const { model, period, state } = useDashboardData();
  return (
    <>
      <h1>{t('title')}</h1>
      {model && period !== null && state ? (
        <LaggardsBody model={model} period={period} state={state} />
      ) : (
        <Loading />
      )}
    </>
  );
}
