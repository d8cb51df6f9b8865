import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { ProvisionalNotice } from '../../components/provisional-notice';
import { ErrorState, Loading } from '../../components/page-state';
import { FeedProgressCounter } from '../../components/feed-progress';
import { FlagChips } from '../../components/flag-chips';
import { isFailed } from '../../data/feed-status';
import type { DatasetState } from '../../data/use-dataset';
import type { FeedEntry } from '../../data/to-dataset';
import { RATE_INDICATORS } from '../../domain/indicators';
import type { PeriodModel, UnitModel } from '../../domain/model';
import type { MonthIndex } from '../../domain/period';
import { lgspStageAt } from '../../domain/unit-facts';
import type { Dataset } from '../../domain/types';
import { useDashboardData } from '../../hooks/dashboard-data';
import { useViewLink } from '../../hooks/use-view-link';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { BinaryList } from './binary-list';
import { FeedSection } from './feed-section';
import { feedStatusText } from '../../data/feed-status-text';
import { RankHistorySection } from './rank-history-section';
import { RankSection } from './rank-section';
import { RateCard } from './rate-card';
import { TrendSection } from './trend-section';
import { UnitHeader } from './unit-header';
import { useScreenMessages } from '../../i18n/screen-messages';
import { unitMessages } from './unit-messages';
import './unit-page.css';

/**
 * `/units/:id`: one ministry or province. It opens with what a steering board asks first: the
 * status on each target with the pace needed, then the rank, its move and the units just above
 * and below; the trend, the rank's history, flags and the feed follow.
 */
export function UnitPage() {
  useScreenMessages(unitMessages);
  const { id = '' } = useParams();
  const { state, dataset, model, period } = useDashboardData();
  if (!state) return <Loading />;
  const entry = state.feeds.find((f) => f.unit.id === id);
  if (!entry) return <UnknownUnit id={id} />;
  const unit = model?.byId.get(id);
  if (!model || !unit || period === null || !dataset) {
    return <FeedProgressCounter progress={state.progress} total={state.total} />;
  }
  return (
    <UnitView
      entry={entry}
      unit={unit}
      model={model}
      period={period}
      state={state}
      dataset={dataset}
    />
  );
}

function UnknownUnit({ id }: { id: string }) {
  const t = useT('unit');
  const link = useViewLink();
  return (
    <div className="state unit-unknown">
      <h1>{t('unknown.title', { id })}</h1>
      <p>{t('unknown.body')}</p>
      <ul>
        <li>
          <Link to={{ pathname: '/rankings/provinces', search: link() }}>
            {t('common:nav.provinces')}
          </Link>
        </li>
        <li>
          <Link to={{ pathname: '/rankings/ministries', search: link() }}>
            {t('common:nav.ministries')}
          </Link>
        </li>
      </ul>
    </div>
  );
}

function FeedFailure({ entry }: { entry: FeedEntry }) {
  const t = useT('unit');
  const f = useFormatters();
  const link = useViewLink();
  const status = feedStatusText(entry.status, t);
  return (
    <ErrorState title={t('feedFailed.title')}>
      <p>
        {entry.result
          ? t('feedFailed.lastGood', { status, time: f.dateTime(entry.result.receivedAt) })
          : t('feedFailed.body', { status })}
      </p>
      <p>
        <Link to={{ pathname: '/data', search: link() }}>{t('feedFailed.link')}</Link>
      </p>
    </ErrorState>
  );
}

function UnitView({
  entry,
  unit,
  model,
  period,
  state,
  dataset,
}: {
  entry: FeedEntry;
  unit: UnitModel;
  model: PeriodModel;
  period: MonthIndex;
  state: DatasetState;
  dataset: Dataset;
}) {
  const t = useT('unit');
  const locale = useLocale();
  const f = useFormatters();
  const link = useViewLink();
  const id = unit.unit.id;
  const nameOf = useCallback(
    (unitId: string) => model.byId.get(unitId)?.unit.name[locale] ?? unitId,
    [model, locale],
  );
  const region = state.registry.regions.find((r) => r.id === entry.unit.region);
  const data = dataset.units.find((u) => u.unit.id === id);
  const loading = entry.status.kind === 'loading' || entry.status.kind === 'slow';
  const failed = isFailed(entry.status);
  const hasData = unit.newestPeriod !== null;

  return (
    <div className="unit-page">
      <UnitHeader
        unit={entry.unit}
        regionName={region ? region.name[locale] : entry.unit.region}
        period={period}
      />
      <ProvisionalNotice
        ns="unit"
        settled={state.settled}
        total={state.total}
        className="unit-notice"
      />
      {failed && <FeedFailure entry={entry} />}
      {loading ? (
        <div className="state state--loading" role="status">
          <span className="spinner" aria-hidden="true" />
          <span>{t('loadingUnit')}</span>
        </div>
      ) : (
        <>
          <section className="unit-section" aria-labelledby="unit-indicators">
            <h2 id="unit-indicators">{t('indicators.title')}</h2>
            <div className="rate-cards">
              {RATE_INDICATORS.map((ind) => (
                <RateCard
                  key={ind}
                  indicator={ind}
                  value={unit.indicators[ind]}
                  period={period}
                  fault={unit.fault}
                />
              ))}
            </div>
            <h3>{t('indicators.binaryTitle')}</h3>
            <BinaryList unit={unit} lgspStage={lgspStageAt(data, period)} />
          </section>
          <RankSection
            unit={unit}
            units={model.units}
            dataset={dataset}
            period={period}
            nameOf={nameOf}
          />
          {hasData && data && (
            <TrendSection unit={unit} data={data} dataset={dataset} period={period} />
          )}
          <RankHistorySection unit={unit} dataset={dataset} period={period} nameOf={nameOf} />
          <section className="unit-section" aria-labelledby="unit-flags">
            <h2 id="unit-flags">{t('flags.title')}</h2>
            {unit.flags.length > 0 ? (
              <FlagChips flags={unit.flags} withReasons />
            ) : (
              <p>{t('flags.none', { period: f.month(period) })}</p>
            )}
            <p>
              <Link to={{ pathname: '/laggards', search: link() }}>{t('flags.link')}</Link>
            </p>
          </section>
        </>
      )}
      <FeedSection entry={entry} unit={unit} asOf={state.registry.asOf} />
    </div>
  );
}
