import { Link } from 'react-router';
import { feedSummary } from '../data/feed-health';
import { useOnline } from '../data/use-online';
import { useDashboardData } from '../hooks/dashboard-data';
import { useViewLink } from '../hooks/use-view-link';
import { useFormatters, useT } from '../i18n/use-locale';
import { FeedProgressCounter } from './feed-progress';
import { WARNING_PATH } from './icon-paths';
import { LineIcon } from './line-icon';
import './resilience.css';

/** The custom property by which a floating notice stands above the progress banner. */
const PROGRESS_HEIGHT = '--progress-banner-height';

/**
 * Publishes the progress banner's height while it is shown: on a phone its line wraps, and a
 * notice floating above it at a fixed distance covered half of it.
 */
function publishHeight(node: HTMLDivElement | null) {
  if (node === null || typeof ResizeObserver === 'undefined') return;
  const root = document.documentElement.style;
  const observer = new ResizeObserver(() => {
    root.setProperty(PROGRESS_HEIGHT, `${node.offsetHeight}px`);
  });
  observer.observe(node);
  return () => {
    observer.disconnect();
    root.removeProperty(PROGRESS_HEIGHT);
  };
}

/**
 * On every screen, what the figures rest on: offline and how old the saved copy is; feeds still
 * arriving; saved copies being refreshed; feeds that failed and how many units the figures cover.
 */
export function FeedBanner() {
  const t = useT('common');
  const f = useFormatters();
  const link = useViewLink();
  const online = useOnline();
  const { state, registryQuery } = useDashboardData();
  if (!state) return null;
  const s = feedSummary(state.feeds);
  const toData = { pathname: '/data', search: link() };
  const missing = s.failed - s.failedWithCopy;

  if (!online) {
    // Saved copies after a reload, or the figures fetched before the network went.
    const from = s.shownFrom === null ? null : f.dateTime(s.shownFrom);
    const to = s.shownTo === null ? null : f.dateTime(s.shownTo);
    return (
      <div className="banner banner--offline" role="status">
        <p className="banner__line">
          <LineIcon className="banner__icon" d={WARNING_PATH} />
          <strong>
            {from === null
              ? t('resilience.offlineNoCopy')
              : // A snapshot's figures are as of when it was taken, which its note says.
                state.registry.snapshot !== undefined
                ? t('resilience.offlineSnapshot')
                : from === to
                  ? t('resilience.offline', { date: from })
                  : t('resilience.offlineRange', { from, to })}
          </strong>
          {missing > 0 && <> {t('resilience.offlineMissing', { count: missing })}</>}{' '}
          <Link to={toData}>{t('resilience.seeDataHealth')}</Link>
        </p>
      </div>
    );
  }

  const registryCopy = registryQuery.isError && registryQuery.data !== undefined;
  const refreshing = s.copies - s.failedWithCopy > 0;
  const loading = s.settled < s.total;
  if (!registryCopy && !loading && !refreshing && s.failed === 0) return null;

  return (
    <>
      {registryCopy && (
        <div className="banner banner--warning" role="status">
          <p className="banner__line">
            {t('resilience.registryCopy', { date: f.dateTime(registryQuery.dataUpdatedAt) })}{' '}
            <Link to={toData}>{t('resilience.seeDataHealth')}</Link>
          </p>
        </div>
      )}
      {loading && (
        <div className="banner banner--info banner--progress" ref={publishHeight}>
          <FeedProgressCounter progress={state.progress} total={s.total} />
        </div>
      )}
      {!loading && refreshing && s.copiesFrom !== null && (
        // Floating where the progress banner was: shown for a second or two after a reload, in
        // the page's flow it pushed every screen down and pulled it back.
        <div className="banner banner--info banner--progress" role="status" ref={publishHeight}>
          <p className="banner__line">
            {t('resilience.refreshing', { date: f.dateTime(s.copiesFrom) })}
          </p>
        </div>
      )}
      {!loading && s.failed > 0 && (
        <div className="banner banner--warning" role="status">
          <p className="banner__line">
            <Link to={toData}>
              {t('banner.feedsUnavailable', {
                count: s.failed,
                covered: s.covered,
                total: s.total,
              })}
            </Link>
            {s.failedWithCopy > 0 && (
              <> {t('resilience.keptCopies', { count: s.failedWithCopy })}</>
            )}
          </p>
        </div>
      )}
    </>
  );
}
