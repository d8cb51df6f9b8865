import type { UseQueryResult } from '@tanstack/react-query';
import { BidiText } from '../../components/bidi-text';
import { FeedStatusBadge, ToneBadge } from '../../components/feed-status-badge';
import { Pager, usePage } from '../../components/pager';
import { shortText } from '../../data/contract-limits';
import { useAppConfig } from '../../data/app-config-context';
import { entryReasonsText } from '../../data/entry-reason-text';
import { failureStatus } from '../../data/feed-status';
import type { ExtrasResult } from '../../data/load-documents';
import type { EntryProblem } from '../../data/parse-extras';
import type { Registry } from '../../data/parse-registry';
import { useExtrasDocuments } from '../../data/use-extras-documents';
import { useDashboardData } from '../../hooks/dashboard-data';
import { useFormatters, useT } from '../../i18n/use-locale';
import { isolate } from '../../lib/isolate';
import { ColumnHeaders } from './column-headers';

function EntryProblems({ problems, asOf }: { problems: readonly EntryProblem[]; asOf: string }) {
  const t = useT('data');
  const [slice, setPage] = usePage(problems);
  if (problems.length === 0) return null;
  return (
    <>
      <Pager slice={slice} onPage={setPage} what={t('problems.heading')} />
      <ul className="dh-entry-problems">
        {slice.visible.map((p) => (
          <li key={p.index}>
            <BidiText
              text={t('documents.entryProblem', {
                position: p.index + 1,
                id: p.id === null ? '' : ` (${isolate(p.id)})`,
                detail: isolate(entryReasonsText(p.reasons, t, asOf)),
              })}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/** national.json or rankings.json: listed or not, loading, failed (why), or how many entries. */
function ExtrasRow<T>({
  label,
  path,
  query,
  asOf,
}: {
  label: string;
  path: string | null;
  query: UseQueryResult<ExtrasResult<T>>;
  /** The registry's period under review, written as the page writes months. */
  asOf: string;
}) {
  const t = useT('data');
  const tc = useT();
  const f = useFormatters();
  let status;
  if (path === null) status = <ToneBadge tone="pending">{t('documents.notProvided')}</ToneBadge>;
  else if (query.isError) status = <FeedStatusBadge status={failureStatus(query.error)} />;
  else if (!query.data) status = <ToneBadge tone="pending">{tc('feedStatus.loading')}</ToneBadge>;
  else if (query.data.problems.length > 0)
    status = (
      <ToneBadge tone="warning">
        {t('documents.rejectedEntries', { count: query.data.problems.length })}
      </ToneBadge>
    );
  else status = <FeedStatusBadge status={{ kind: 'ok' }} />;
  return (
    <tr role="row">
      <th scope="row" role="rowheader">
        {label}
        {path !== null && <span className="dh-row__kind">{shortText(path)}</span>}
      </th>
      <td role="cell" className="dh-documents__status" data-label={t('documents.status')}>
        {status}
      </td>
      <td role="cell" data-label={t('documents.detail')}>
        {query.data && (
          <>
            <p>{t('documents.items', { count: query.data.items.length })}</p>
            {query.isError && (
              <p>{t('feeds.savedCopy', { date: f.dateTime(query.dataUpdatedAt) })}</p>
            )}
            <EntryProblems problems={query.data.problems} asOf={asOf} />
          </>
        )}
      </td>
    </tr>
  );
}

function RegistryProblems({ registry, asOf }: { registry: Registry; asOf: string }) {
  const t = useT('data');
  const [slice, setPage] = usePage(registry.problems);
  if (registry.problems.length === 0) return <p>{t('problems.none')}</p>;
  return (
    <>
      <Pager slice={slice} onPage={setPage} what={t('problems.heading')} />
      <div className="table-wrap">
        <table role="table" className="table dh-table">
          <caption>{t('problems.caption')}</caption>
          <ColumnHeaders
            columns={[
              { label: t('problems.section') },
              { label: t('problems.position'), numeric: true },
              { label: t('problems.id') },
              { label: t('problems.problem') },
              { label: t('problems.detail') },
            ]}
          />
          <tbody role="rowgroup">
            {slice.visible.map((p) => (
              <tr role="row" key={`${p.section}-${p.index}-${p.problem}`}>
                <td role="cell" data-label={t('problems.section')}>
                  {t(`problems.sections.${p.section}`)}
                </td>
                <td role="cell" className="num" data-label={t('problems.position')}>
                  {p.index + 1}
                </td>
                <td role="cell" data-label={t('problems.id')}>
                  {p.id === null ? '–' : shortText(p.id, 64)}
                </td>
                <td role="cell" data-label={t('problems.problem')}>
                  {t(`problems.kinds.${p.problem}`)}
                </td>
                {p.problem === 'invalid' ? (
                  <td role="cell" data-label={t('problems.detail')}>
                    <BidiText text={isolate(entryReasonsText(p.reasons, t, asOf))} />
                  </td>
                ) : (
                  <td role="cell" className="dh-detail__address" data-label={t('problems.detail')}>
                    {shortText(p.detail)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The registry itself, national.json and rankings.json, and what the registry left out. */
export function DocumentsSection({ registry }: { registry: Registry }) {
  const t = useT('data');
  const f = useFormatters();
  const config = useAppConfig();
  const { registryQuery } = useDashboardData();
  // The registry's period under review, as the page writes months.
  const asOf = f.month(registry.asOf);
  const { national, rankings } = useExtrasDocuments(registry);
  return (
    <section className="data-health__documents" aria-labelledby="dh-documents">
      <h2 id="dh-documents">{t('documents.heading')}</h2>
      <div className="table-wrap">
        <table role="table" className="table dh-table">
          <caption>{t('documents.caption')}</caption>
          <ColumnHeaders
            columns={[
              { label: t('documents.document') },
              { label: t('documents.status') },
              { label: t('documents.detail') },
            ]}
          />
          <tbody role="rowgroup">
            <tr role="row">
              <th scope="row" role="rowheader">
                {t('documents.registry')}
                <span className="dh-row__kind">{shortText(config.registryUrl)}</span>
              </th>
              <td role="cell" className="dh-documents__status" data-label={t('documents.status')}>
                {registryQuery.isError ? (
                  <FeedStatusBadge status={failureStatus(registryQuery.error)} />
                ) : registry.problems.length > 0 ? (
                  <ToneBadge tone="warning">
                    {t('documents.rejectedEntries', { count: registry.problems.length })}
                  </ToneBadge>
                ) : (
                  <FeedStatusBadge status={{ kind: 'ok' }} />
                )}
              </td>
              <td role="cell" data-label={t('documents.detail')}>
                <p>
                  {t('documents.registryDetail', {
                    asOf,
                    units: t('documents.unitCount', { count: registry.units.length }),
                    targets: t('documents.targetCount', { count: registry.targets.length }),
                  })}
                </p>
                {registryQuery.isError && (
                  <p>{t('feeds.savedCopy', { date: f.dateTime(registryQuery.dataUpdatedAt) })}</p>
                )}
              </td>
            </tr>
            <ExtrasRow
              label={t('documents.national')}
              path={registry.national}
              query={national}
              asOf={asOf}
            />
            <ExtrasRow
              label={t('documents.rankings')}
              path={registry.rankings}
              query={rankings}
              asOf={asOf}
            />
          </tbody>
        </table>
      </div>
      <h3 id="dh-problems">{t('problems.heading')}</h3>
      <RegistryProblems registry={registry} asOf={asOf} />
    </section>
  );
}
