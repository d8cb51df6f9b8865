import { isFailed, type FeedStatus } from '../data/feed-status';
import { useT } from '../i18n/use-locale';
import { feedStatusText } from '../data/feed-status-text';
import './resilience.css';
import { LineIcon } from './line-icon';

export type FeedTone = 'ok' | 'warning' | 'failed' | 'pending';

export function feedTone(status: FeedStatus): FeedTone {
  if (isFailed(status)) return 'failed';
  if (status.kind === 'partly-invalid') return 'warning';
  if (status.kind === 'ok') return 'ok';
  return 'pending';
}

const ICONS: Record<FeedTone, string> = {
  ok: 'M4 10.5l4 4 8-9',
  warning: 'M10 3l8 14H2L10 3zm0 5v4m0 2.5v.5',
  failed: 'M5 5l10 10M15 5L5 15',
  pending: 'M10 3a7 7 0 1 0 .01 0M10 6v4l3 2',
};

/** A status in word and shape as well as colour. */
export function ToneBadge({ tone, children }: { tone: FeedTone; children: string }) {
  return (
    <span className={`badge feed-badge feed-badge--${tone}`}>
      <LineIcon d={ICONS[tone]} size={14} />
      {children}
    </span>
  );
}

export function FeedStatusBadge({ status }: { status: FeedStatus }) {
  const t = useT();
  return <ToneBadge tone={feedTone(status)}>{feedStatusText(status, t)}</ToneBadge>;
}
