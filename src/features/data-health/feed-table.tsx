import { useId, useState } from 'react';
import { Link } from 'react-router';
import { FeedStatusBadge, ToneBadge } from '../../components/feed-status-badge';
import {
  FEED_FILTERS,
  countByFilter,
  filterRows,
  pageOfRows,
  type FeedHealthRow,
} from '../../data/feed-health';
import { canRetry, isFailed } from '../../data/feed-status';
import type { Registry } from '../../data/parse-registry';
import { useFeedActions } from '../../data/use-feed-actions';
import type { PeriodModel } from '../../domain/model';
import type { UnitKind } from '../../domain/types';
import { useViewLink } from '../../hooks/use-view-link';
import { useViewState } from '../../hooks/use-view-state';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { FeedDetail } from './feed-detail';
import { isolate } from '../../lib/isolate';
import { ColumnHeaders } from './column-headers';

/** Rows rendered at first; thousands of feeds (communes) are shown a page at a time. */
const PAGE = 200;

function Filters({ rows }: { rows: readonly FeedHealthRow[] }) {
  const t = useT('data');
  const tc = useT();
  const [view, update] = useViewState();
  const statusId = useId();
  const kindId = useId();
  const counts = countByFilter(rows);
  return (
    <div className="dh-filters">
      <div className="field">
        <label htmlFor={statusId}>{t('filter.status')}</label>
        <select
          id={statusId}
          value={view.feed ?? ''}
          onChange={(e) => update({ feed: FEED_FILTERS.find((x) => x === e.target.value) ?? null })}
        >
          <option value="">
            {t('filter.option', { label: t('filter.all'), count: rows.length })}
          </option>
          {FEED_FILTERS.map((filter) => (
            <option key={filter} value={filter}>
              {t('filter.option', { label: t(`filter.${filter}`), count: counts[filter] })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={kindId}>{t('filter.kind')}</label>
        <select
          id={kindId}
          value={view.kind ?? ''}
          onChange={(e) => {
            const kind = e.target.value;
            update({ kind: kind === 'ministry' || kind === 'province' ? kind : null });
          }}
        >
          <option value="">{t('filter.all')}</option>
          {(['ministry', 'province'] as const satisfies readonly UnitKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {tc(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function FeedRow({
  row,
  model,
  registry,
}: {
  row: FeedHealthRow;
  model: PeriodModel | null;
  registry: Registry;
}) {
  const t = useT('data');
  const tc = useT();
  const f = useFormatters();
  const locale = useLocale();
  const link = useViewLink();
  const { retryFeed } = useFeedActions();
  const { entry, stale } = row;
  const { unit, status, result } = entry;
  const name = unit.name[locale];
  const newest = model?.byId.get(unit.id)?.newestPeriod ?? null;
  return (
    <tr role="row" className={`dh-row dh-row--${status.kind}`}>
      <th scope="row" role="rowheader">
        <Link to={{ pathname: `/units/${encodeURIComponent(unit.id)}`, search: link() }}>
          <bdi>{name}</bdi>
        </Link>
        <span className="dh-row__kind">{t(`unitKind.${unit.kind}`)}</span>
      </th>
      <td role="cell" data-label={t('feeds.status')}>
        <span className="dh-badges">
          {/* One state per feed: a failure first, then "stale", then how it arrived. */}
          {stale && !isFailed(status) ? (
            <ToneBadge tone="warning">{tc('feedStatus.stale')}</ToneBadge>
          ) : (
            <FeedStatusBadge status={status} />
          )}
        </span>
        {entry.retrying && <span className="dh-row__retrying">{t('feeds.retrying')}</span>}
      </td>
      <td role="cell" data-label={t('feeds.detail')}>
        <FeedDetail entry={entry} stale={stale} registry={registry} />
      </td>
      <td role="cell" className="num" data-label={t('feeds.updatedAt')}>
        {result ? f.dateTime(result.updatedAt) : '–'}
      </td>
      <td role="cell" className="num" data-label={t('feeds.newest')}>
        {result ? (newest === null ? t('feeds.newestNone') : f.month(newest)) : '–'}
      </td>
      <td role="cell" className="dh-action">
        {canRetry(status, registry) && (
          <button
            type="button"
            className="button button--secondary dh-retry"
            onClick={() => retryFeed(unit.id)}
            aria-label={t('feeds.retryLabel', { unit: isolate(name) })}
          >
            {t('feeds.retry')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** Every unit's feed, filterable by status and kind (both in the URL). */
export function FeedTable({
  rows,
  model,
  registry,
}: {
  rows: readonly FeedHealthRow[];
  model: PeriodModel | null;
  registry: Registry;
}) {
  const t = useT('data');
  const f = useFormatters();
  const [view] = useViewState();
  const [limit, setLimit] = useState(PAGE);
  const shown = filterRows(rows, view.feed, view.kind);
  const { visible, more } = pageOfRows(shown, limit, PAGE);
  return (
    <section className="data-health__feeds" aria-labelledby="dh-feeds">
      <h2 id="dh-feeds">{t('feeds.heading')}</h2>
      <Filters rows={rows} />
      <div className="table-wrap">
        {/* Explicit roles: phones stack each row (CSS display), which drops table semantics. */}
        <table role="table" className="table dh-table">
          <caption>
            {t('feeds.caption', { shown: f.count(shown.length), total: f.count(rows.length) })}
          </caption>
          <ColumnHeaders
            columns={[
              { label: t('feeds.unit') },
              { label: t('feeds.status') },
              { label: t('feeds.detail') },
              { label: t('feeds.updatedAt'), numeric: true },
              { label: t('feeds.newest'), numeric: true },
              { label: t('feeds.action') },
            ]}
          />
          <tbody role="rowgroup">
            {visible.map((row) => (
              <FeedRow key={row.entry.unit.id} row={row} model={model} registry={registry} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="dh-none">{t('feeds.none')}</p>}
      {more > 0 && (
        <button
          type="button"
          className="button button--secondary dh-more"
          onClick={() => setLimit((l) => l + PAGE)}
        >
          {t('feeds.showMore', { count: more })}
        </button>
      )}
    </section>
  );
}
