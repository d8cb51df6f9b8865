import { Link } from 'react-router';
import { ToneBadge, type FeedTone } from '../../components/feed-status-badge';
import { countByFilter, type FeedFilter, type FeedHealthRow } from '../../data/feed-health';
import type { Registry } from '../../data/parse-registry';
import { canRetry } from '../../data/feed-status';
import { useFeedActions } from '../../data/use-feed-actions';
import { useViewLink } from '../../hooks/use-view-link';
import { useFormatters, useT } from '../../i18n/use-locale';

const SHOWN: { filter: FeedFilter; tone: FeedTone }[] = [
  { filter: 'ok', tone: 'ok' },
  { filter: 'failed', tone: 'failed' },
  { filter: 'partly-invalid', tone: 'warning' },
  { filter: 'stale', tone: 'warning' },
  { filter: 'loading', tone: 'pending' },
];

/** How many feeds are in each state, each a link to the list filtered to it; retry all failed. */
export function FeedSummaryPanel({
  rows,
  registry,
}: {
  rows: readonly FeedHealthRow[];
  registry: Registry;
}) {
  const t = useT('data');
  const f = useFormatters();
  const link = useViewLink();
  const { retryFailed } = useFeedActions();
  const counts = countByFilter(rows);
  const retryable = rows.filter((row) => canRetry(row.entry.status, registry)).length;
  return (
    <section className="card data-health__summary" aria-labelledby="dh-summary">
      <h2 id="dh-summary">{t('summary.heading')}</h2>
      <ul className="dh-counts" aria-label={t('summary.label')}>
        <li className="dh-count">
          <span className="dh-count__value">{f.count(rows.length)}</span>
          <span>{t('summary.total')}</span>
        </li>
        {SHOWN.map(({ filter, tone }) => (
          <li key={filter} className="dh-count">
            <span className="dh-count__value">{f.count(counts[filter])}</span>
            <Link to={{ pathname: '/data', search: link({ feed: filter }) }}>
              <ToneBadge tone={tone}>{t(`filter.${filter}`)}</ToneBadge>
            </Link>
          </li>
        ))}
        <li className="dh-count">
          <span className="dh-count__value">{f.count(registry.problems.length)}</span>
          <a href="#dh-problems">{t('summary.registryProblems')}</a>
        </li>
      </ul>
      {retryable > 0 && (
        <button type="button" className="button" onClick={retryFailed}>
          {t('feeds.retryFailed', { count: retryable })}
        </button>
      )}
    </section>
  );
}
