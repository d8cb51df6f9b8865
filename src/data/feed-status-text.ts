import type { TFunction } from 'i18next';
import type { FeedStatus } from './feed-status';

/** A feed's status in words (contract §6), from the shared `feedStatus.*` texts. */
export function feedStatusText(status: FeedStatus, t: TFunction): string {
  switch (status.kind) {
    case 'partly-invalid':
      return t('common:feedStatus.partly-invalid', { count: status.rejected });
    case 'http-error':
      // A code, not a count: written as it is ("HTTP 503"), never grouped.
      return t('common:feedStatus.http-error', { status: String(status.status) });
    case 'wrong-format':
      return t('common:feedStatus.wrong-format', { detail: status.detail });
    case 'wrong-unit':
      return t('common:feedStatus.wrong-unit', { found: status.found });
    case 'refused':
      return t('common:feedStatus.refused', { url: status.url });
    case 'too-many-invalid':
      return t('common:feedStatus.too-many-invalid', { count: status.count });
    case 'unexpected':
      return t('common:feedStatus.unexpected', { message: status.message });
    default:
      return t(`common:feedStatus.${status.kind}`);
  }
}
