import type { TFunction } from 'i18next';
import { MISSING } from './describe-value';
import type { FeedStatus } from './feed-status';

type WrongFormat = Extract<FeedStatus, { kind: 'wrong-format' }>;

/**
 * "Wrong format: “format” must be “egov-kpi-feed/1” (found "egov-kpi-feed/2")": what the contract
 * wants, as the parser said it (the document's own format, or a feed's list of observations).
 * Any other field keeps the general words.
 */
function wrongFormatText(status: WrongFormat, t: TFunction): string {
  const { field, found, expected } = status;
  const key =
    field === 'document'
      ? 'document'
      : field === 'format' && expected !== undefined
        ? 'format'
        : field === 'observations'
          ? 'observations'
          : null;
  if (key === null || found === undefined) {
    return t('common:feedStatus.wrong-format', { detail: status.detail });
  }
  return t(`common:wrongFormat.${key}`, {
    expected,
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
      return wrongFormatText(status, t);
    case 'wrong-unit':
      return t('common:feedStatus.wrong-unit', {
        found: status.found,
        context: status.found === MISSING ? 'missing' : status.expected ? 'notText' : undefined,
      });
    case 'refused':
      return t(`common:feedStatus.${refusedKey(status)}`, { url: status.url });
    case 'too-many-invalid':
      return t('common:feedStatus.too-many-invalid', { count: status.count });
    case 'unexpected':
      return t('common:feedStatus.unexpected', { message: status.message });
    default:
      return t(`common:feedStatus.${status.kind}`);
  }
}

/**
 * A feed's status in a few words, for a projected slide: the kind of fault without its details
 * (the field, the address, the message), which Data health gives in full.
 */
export function briefFeedStatusText(status: FeedStatus, t: TFunction): string {
  switch (status.kind) {
    case 'wrong-format':
    case 'wrong-unit':
    case 'unexpected':
      return t(`common:feedStatusBrief.${status.kind}`);
    case 'refused':
      return t(`common:feedStatusBrief.${refusedKey(status)}`);
    default:
      return feedStatusText(status, t);
  }
}

/** A refused address, or a redirect refused (`at`), in both the full and the brief words. */
function refusedKey(
  status: Extract<FeedStatus, { kind: 'refused' }>,
): 'refused' | 'refusedRedirect' {
  return status.at === 'redirect' ? 'refusedRedirect' : 'refused';
}
