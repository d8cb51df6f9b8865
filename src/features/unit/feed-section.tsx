import { Link } from 'react-router';
import { Pager, usePage } from '../../components/pager';
import { shortText } from '../../data/contract-limits';
import { isFailed } from '../../data/feed-status';
import type { FeedEntry } from '../../data/to-dataset';
import type { UnitModel } from '../../domain/model';
import { parsePeriod, type MonthIndex } from '../../domain/period';
import { useViewLink } from '../../hooks/use-view-link';
import { useFormatters, useT } from '../../i18n/use-locale';
import { feedStatusText } from '../../data/feed-status-text';

function feedTone(entry: FeedEntry, stale: boolean): 'ok' | 'warning' | 'error' | 'loading' {
  if (entry.status.kind === 'loading' || entry.status.kind === 'slow') return 'loading';
  if (isFailed(entry.status)) return 'error';
  return stale || entry.status.kind === 'partly-invalid' ? 'warning' : 'ok';
}

/** The unit's feed: status, last update, newest period, and every rejected observation. */
export function FeedSection({
  entry,
  unit,
  asOf,
}: {
  entry: FeedEntry;
  unit: UnitModel;
  asOf: MonthIndex | null;
}) {
  const t = useT('unit');
  const f = useFormatters();
  const link = useViewLink();
  const result = entry.result;
  const stale = unit.flags.some((flag) => flag.rule === 'stale-feed' && flag.cause === 'old');
  const rejections = result?.rejections ?? [];
  const [slice, setPage] = usePage(rejections);
  const periodText = (raw: string | null) => {
    if (raw === null) return t('feed.noPeriod');
    const p = parsePeriod(raw);
    return p === null ? raw : f.month(p);
  };

  return (
    <section className="unit-section" aria-labelledby="unit-feed">
      <h2 id="unit-feed">{t('feed.title')}</h2>
      <dl className="facts facts--wide">
        <div>
          <dt>{t('feed.status')}</dt>
          <dd>
            <span className={`feed-status feed-status--${feedTone(entry, stale)}`}>
              {stale && entry.status.kind === 'ok'
                ? t('common:feedStatus.stale')
                : feedStatusText(entry.status, t)}
              {stale && entry.status.kind !== 'ok' && <>; {t('common:feedStatus.stale')}</>}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('feed.updatedAt')}</dt>
          <dd>
            {result === undefined
              ? '–'
              : result.updatedAt !== null
                ? f.dateTime(result.updatedAt)
                : result.updatedAtInvalid !== null
                  ? t('feed.updatedAtInvalid', { value: result.updatedAtInvalid })
                  : t('feed.updatedAtNone')}
          </dd>
        </div>
        <div>
          <dt>{t('feed.newest')}</dt>
          <dd>
            {unit.newestPeriod !== null
              ? f.month(unit.newestPeriod)
              : result
                ? t('feed.newestNone')
                : '–'}
          </dd>
        </div>
        <div>
          <dt>{t('feed.address')}</dt>
          <dd className="feed-address">{shortText(entry.unit.feed)}</dd>
        </div>
      </dl>
      {result &&
        (rejections.length === 0 ? (
          <p>{t('feed.rejectedNone')}</p>
        ) : (
          <>
            <h3>{t('feed.rejectedTitle')}</h3>
            <Pager slice={slice} onPage={setPage} what={t('feed.rejectedTitle')} />
            <div className="table-wrap">
              <table className="table">
                <caption>{t('feed.rejectedCaption', { count: rejections.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('feed.period')}</th>
                    <th scope="col">{t('feed.field')}</th>
                    <th scope="col">{t('feed.rule')}</th>
                    <th scope="col">{t('feed.found')}</th>
                  </tr>
                </thead>
                <tbody>
                  {slice.visible.map((r) =>
                    r.issues.map((issue, i) => (
                      <tr key={`${r.index}-${i}`}>
                        <th scope="row">{periodText(r.period)}</th>
                        <td>
                          {issue.field ? (
                            <>
                              {t(`common:field.${issue.field}`, { defaultValue: issue.field })}{' '}
                              <code>({issue.field})</code>
                            </>
                          ) : (
                            t('feed.noField')
                          )}
                        </td>
                        <td>{t(`common:rule.${issue.rule}`, { asOf: f.month(asOf) })}</td>
                        <td>
                          <code>{issue.found}</code>
                        </td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          </>
        ))}
      <p>
        <Link to={{ pathname: '/data', search: link() }}>{t('feed.link')}</Link>
      </p>
    </section>
  );
}
