import type { TFunction } from 'i18next';
import { MISSING } from './describe-value';
import { FEED_FORMAT } from './feed-format';
import type { FeedStatus } from './feed-status';

/** The parts of a feed whose wrong format is said with what the contract expects there (§2). */
const FORMAT_FIELDS: ReadonlySet<string> = new Set(['document', 'format', 'observations']);

/**
 * "Wrong format: “format” must be “egov-kpi-feed/1” (found "egov-kpi-feed/2")". The detail is
 * `field: found` as the parser wrote it (load-documents.ts, scripts/lib/check-feed.ts).
 */
function wrongFormatText(detail: string, t: TFunction): string {
  const at = detail.indexOf(': ');
  const field = at < 0 ? '' : detail.slice(0, at);
  if (!FORMAT_FIELDS.has(field)) return t('common:feedStatus.wrong-format', { detail });
  const found = detail.slice(at + 2);
  return t(`common:wrongFormat.${field}`, {
    expected: FEED_FORMAT,
    found,
    context: found === MISSING ? 'missing' : undefined,
  });
}

/** A feed's status in words (contract §6), from the shared `feedStatus.*` texts. */
export function feedStatusText(status: FeedStatus, t: TFunction): string {
  switch (status.kind) {
    case 'partly-invalid':
      return t('common:feedStatus.partly-invalid', { count: status.rejected });
    case 'http-error':
      // A code, not a count: written as it is ("HTTP 503"), never grouped.
      return t('common:feedStatus.http-error', { status: String(status.status) });
    case 'wrong-format':
      return wrongFormatText(status.detail, t);
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
