import { isFailed, type FeedStatus } from '../data/feed-status';
import { useT } from '../i18n/use-locale';
import { feedStatusText } from '../data/feed-status-text';
import './resilience.css';
import { LineIcon } from './line-icon';
import { FEED_STATE_PATHS } from './icon-paths';

export type FeedTone = 'ok' | 'warning' | 'failed' | 'pending';

export function feedTone(status: FeedStatus): FeedTone {
  if (isFailed(status)) return 'failed';
  if (status.kind === 'partly-invalid') return 'warning';
  if (status.kind === 'ok') return 'ok';
  return 'pending';
}

/** A status in word and shape as well as colour. */
export function ToneBadge({ tone, children }: { tone: FeedTone; children: string }) {
  return (
    <span className={`badge feed-badge feed-badge--${tone}`}>
      <LineIcon d={FEED_STATE_PATHS[tone]} size={14} />
      {children}
    </span>
  );
}

export function FeedStatusBadge({ status }: { status: FeedStatus }) {
  const t = useT();
  return <ToneBadge tone={feedTone(status)}>{feedStatusText(status, t)}</ToneBadge>;
}
