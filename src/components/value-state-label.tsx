import type { TFunction } from 'i18next';
import type { FeedStatus } from '../data/feed-status';
import type { FeedFault } from '../domain/types';
import type { ValueState } from '../domain/value-state';
import { useT } from '../i18n/use-locale';
import { briefFeedStatusText, feedStatusText } from '../data/feed-status-text';

/**
 * Contract §6 ★ in words, wherever a unit's value is missing: "feed failed (HTTP error 500)",
 * "not reported", "no services", never one for another.
 */
export function valueStateText(
  state: ValueState,
  fault: FeedFault | null,
  t: TFunction,
  brief = false,
): string {
  if (state === 'feed-failed' && fault !== null) {
    // The data layer put its own FeedStatus here (data/to-dataset.ts).
    const status = fault as unknown as FeedStatus;
    return t('common:valueState.feed-failed-because', {
      fault: brief ? briefFeedStatusText(status, t) : feedStatusText(status, t),
    });
  }
  return t(`common:valueState.${state}`);
}

/** The one label for a unit's missing value, used by every screen and table. */
export function ValueStateLabel({ state, fault }: { state: ValueState; fault: FeedFault | null }) {
  const t = useT();
  return (
    <span className={`value-state value-state--${state}`}>{valueStateText(state, fault, t)}</span>
  );
}
