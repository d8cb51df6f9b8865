import { Link } from 'react-router';
import { isFailed } from '../data/feed-status';
import { useDashboardData } from '../hooks/dashboard-data';
import { useViewLink } from '../hooks/use-view-link';
import { useT } from '../i18n/use-locale';
import { Loading } from './page-state';

/** On every screen: feeds still arriving, or feeds that failed and what the figures cover. */
export function FeedBanner() {
  const t = useT('common');
  const link = useViewLink();
  const { state } = useDashboardData();
  if (!state) return null;
  if (state.settled < state.total) {
    return (
      <div className="banner banner--info">
        <Loading settled={state.settled} total={state.total} />
      </div>
    );
  }
  const failed = state.feeds.filter((f) => isFailed(f.status)).length;
  if (failed === 0) return null;
  return (
    <div className="banner banner--warning" role="status">
      <Link to={{ pathname: '/data', search: link() }}>
        {t('banner.feedsUnavailable', {
          count: failed,
          covered: state.total - failed,
          total: state.total,
        })}
      </Link>
    </div>
  );
}
