import { AfterFirstPaint } from '../../components/after-first-paint';
import { Loading } from '../../components/page-state';
import {
  countByRule,
  headlineFigures,
  indicatorsWithTarget,
  laggardsOfKind,
} from '../../domain/overview-summary';
import { scopesOf, type ScopeId } from '../../domain/scope';
import { UNIT_KINDS } from '../../domain/types';
import { unitChoicesByKind, unitNames } from '../../domain/unit-names';
import { awaitingFirstFeed, useDashboardData } from '../../hooks/dashboard-data';
import { useViewState } from '../../hooks/use-view-state';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { HeadlineCards } from './headline-cards';
import { KindFilter } from './kind-filter';
import { LaggardsSummary } from './laggards-summary';
import { NationalExtras } from './national-extras';
import { ProvinceMap } from './province-map';
import { TrendSection } from './trend-section';
import './overview.css';

const WORST = 5;

/**
 * The overview: national (or per-kind) headline cards against the targets, the level-4 trend,
 * the laggards in numbers, the provinces' tile map and the national extras. Every number comes
 * from the engine; while feeds still arrive the figures say they are provisional.
 */
export function OverviewPage() {
  const t = useT('overview');
  const f = useFormatters();
  const locale = useLocale();
  const [view, update] = useViewState();
  const { model, period, state, dataset, periodRejected } = useDashboardData();

  if (!state) return <Loading />;
  const names = unitNames(state.registry.units, locale);
  const scopes = model?.scopes ?? scopesOf(state.dataset);
  const kinds = UNIT_KINDS.filter((k) => scopes.includes(k));
  const kind = view.kind !== null && kinds.includes(view.kind) ? view.kind : null;
  // Keyed: the page's frame stays the same elements when the figures arrive.
  const head = (
    <div key="head" className="overview__head">
      <div>
        <h1>{t('common:nav.overview')}</h1>
        <p className="as-of">
          {period === null ? '\u00a0' : t('common:period.asOf', { period: f.month(period) })}
        </p>
      </div>
      {kinds.length > 1 && (
        <KindFilter kinds={kinds} value={kind} onChange={(k) => update({ kind: k })} />
      )}
    </div>
  );
  // Until the first feed is in the picture, the page shows its frame: heading, period line and
  // the cards' titles, where the figures will be. Cards of "no data" would be wrong, and figures
  // arriving into a bare page would move everything below them.
  if (!model || period === null || !dataset || awaitingFirstFeed(state))
    return (
      <div className="overview" aria-busy="true">
        {head}
        <HeadlineCards
          key="cards"
          figures={indicatorsWithTarget(state.dataset.targets)}
          kind={kind}
          names={names}
          provisional
        />
      </div>
    );

  const scope: ScopeId = kind ?? 'all';
  const scopeLabel = kind === null ? t('common:kind.all') : t(`common:kind.${kind}`);
  const provisional = state.settled < state.total;
  const figures = headlineFigures(model, scope, indicatorsWithTarget(dataset.targets));
  const level4 = model.aggregate(scope, 'level4Rate');
  const laggards = laggardsOfKind(model.laggards, kind);
  const nobodyReported = figures.length > 0 && figures.every((a) => a.coverage.reported === 0);
  const coverageText =
    kind === null
      ? t('common:coverage.basedOn', {
          reported: level4.coverage.reported,
          total: level4.coverage.total,
        })
      : t('common:coverage.basedOnKind', {
          reported: level4.coverage.reported,
          total: level4.coverage.total,
          kind: t(`common:kind.${kind}_plural`),
        });

  return (
    <div className="overview">
      {head}
      {provisional && (
        <p className="notice notice--provisional notice--floating">
          {t('provisional', { settled: f.count(state.settled), total: f.count(state.total) })}
        </p>
      )}
      {periodRejected && view.period !== null && (
        <p className="notice">
          {t('periodRejected', { requested: view.period, period: f.month(period) })}
        </p>
      )}
      {nobodyReported && !provisional && (
        <p className="notice">{t('noDataPeriod', { period: f.month(period) })}</p>
      )}
      <HeadlineCards
        key="cards"
        figures={figures}
        kind={kind}
        names={names}
        provisional={provisional}
      />
      <AfterFirstPaint>
        <div className="overview__main">
          <div className="overview__trend">
            <TrendSection
              dataset={dataset}
              aggregate={level4}
              scope={scope}
              scopeLabel={scopeLabel}
              period={period}
              coverageNote={
                provisional ? `${coverageText} (${t('coverage.provisional')})` : coverageText
              }
              names={names}
            />
          </div>
          <div className="overview__laggards">
            <LaggardsSummary
              counts={countByRule(laggards)}
              worst={laggards.slice(0, WORST)}
              total={laggards.length}
              kind={kind}
            />
          </div>
          <div className="overview__map">
            <ProvinceMap
              model={model}
              names={names}
              indicator={view.indicator ?? 'level4Rate'}
              onIndicator={(indicator) => update({ indicator })}
            />
          </div>
        </div>
        <AfterFirstPaint>
          <NationalExtras
            period={period}
            kind={kind}
            names={names}
            unitsByKind={unitChoicesByKind(state.registry.units, locale)}
          />
        </AfterFirstPaint>
      </AfterFirstPaint>
    </div>
  );
}
