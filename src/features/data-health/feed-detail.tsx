import { BidiText } from '../../components/bidi-text';
import { Pager, usePage } from '../../components/pager';
import { shortText } from '../../data/contract-limits';
import type { StaleNote } from '../../data/feed-health';
import { isFailed } from '../../data/feed-status';
import type { Registry } from '../../data/parse-registry';
import type { Rejection } from '../../data/parse-feed';
import type { FeedEntry } from '../../data/to-dataset';
import { useFormatters, useT } from '../../i18n/use-locale';
import { isolate } from '../../lib/isolate';

function RejectionList({ rejections, registry }: { rejections: Rejection[]; registry: Registry }) {
  const t = useT('data');
  const tc = useT();
  const f = useFormatters();
  const [slice, setPage] = usePage(rejections);
  return (
    <details className="dh-rejections">
      <summary>{t('feeds.rejections', { count: rejections.length })}</summary>
      <Pager
        slice={slice}
        onPage={setPage}
        what={t('feeds.rejections', { count: rejections.length })}
      />
      <ul>
        {slice.visible.map((r) => (
          <li key={r.index}>
            {r.period === null
              ? t('feeds.rejectionNoPeriod', { position: r.index + 1 })
              : t('feeds.rejection', { period: r.period, position: r.index + 1 })}
            <ul>
              {r.issues.map((issue, i) => {
                const rule = tc(`rule.${issue.rule}`, { asOf: f.month(registry.asOf) });
                return (
                  <li key={i}>
                    <BidiText
                      text={
                        issue.field
                          ? t('feeds.issue', {
                              label: tc(`field.${issue.field}`, { defaultValue: issue.field }),
                              field: issue.field,
                              rule,
                              found: isolate(issue.found),
                            })
                          : t('feeds.issueNoField', { rule, found: isolate(issue.found) })
                      }
                    />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Why a feed has the status it has: its address, the copy shown, staleness, rejections. */
export function FeedDetail({
  entry,
  stale,
  registry,
}: {
  entry: FeedEntry;
  stale: StaleNote | null;
  registry: Registry;
}) {
  const t = useT('data');
  const tc = useT();
  const f = useFormatters();
  const { status, result, unit } = entry;
  const failed = isFailed(status);
  return (
    <div className="dh-detail">
      {failed && status.kind !== 'refused' && (
        <p>
          {t('feeds.address')} <code className="dh-detail__address">{shortText(unit.feed)}</code>
        </p>
      )}
      {entry.savedCopy && result && (
        <p>{t('feeds.savedCopy', { date: f.dateTime(result.receivedAt) })}</p>
      )}
      {stale?.cause === 'old' && (
        <p>
          {tc('reason.stale-feed-old', {
            newest: f.month(stale.newestPeriod),
            months: stale.monthsBehind,
          })}
        </p>
      )}
      {stale?.cause === 'empty' && <p>{tc('reason.stale-feed-empty')}</p>}
      {result?.updatedAtInvalid && (
        <p>
          <BidiText
            text={t('feeds.updatedAtInvalid', { found: isolate(result.updatedAtInvalid) })}
          />
        </p>
      )}
      {result && result.rejections.length > 0 && (
        <RejectionList rejections={result.rejections} registry={registry} />
      )}
    </div>
  );
}
