import { useMemo } from 'react';
import { PanelBoundary } from '../../components/error-boundary';
import { Loading } from '../../components/page-state';
import { feedHealthRows, staleNoteOf } from '../../data/feed-health';
import { useDashboardData } from '../../hooks/dashboard-data';
import { useFormatters, useT } from '../../i18n/use-locale';
import { DocumentsSection } from './documents-section';
import { FeedSummaryPanel } from './feed-summary-panel';
import { FeedTable } from './feed-table';
import { LaterSection } from './later-section';
import { useScreenMessages } from '../../i18n/screen-messages';
import { dataMessages } from './data-messages';
import './data-health.css';

/**
 * Data health (/data): every unit's feed with its status (contract §6), last update and newest
 * period, the rejected observations with their reasons, retry; the registry's own problems and the
 * shared documents. Each panel has its own error boundary.
 */
export function DataHealthPage() {
  useScreenMessages(dataMessages);
  const tc = useT();
  const t = useT('data');
  const f = useFormatters();
  const { state, model, period, later } = useDashboardData();
  const rows = useMemo(
    () => (state ? feedHealthRows(state.feeds, (id) => staleNoteOf(model?.byId.get(id))) : []),
    [state, model],
  );

  return (
    <div className="data-health">
      <h1>{tc('nav.data')}</h1>
      {period !== null && (
        <p className="as-of">{t('periodUnderReview', { period: f.month(period) })}</p>
      )}
      <p className="data-health__intro">{t('intro')}</p>
      {!state ? (
        <Loading />
      ) : (
        <>
          <PanelBoundary>
            <FeedSummaryPanel rows={rows} registry={state.registry} />
          </PanelBoundary>
          <PanelBoundary>
            <FeedTable rows={rows} model={model} registry={state.registry} />
          </PanelBoundary>
          {period !== null && (
            <PanelBoundary>
              <LaterSection later={later} period={period} registry={state.registry} />
            </PanelBoundary>
          )}
          <PanelBoundary>
            <DocumentsSection registry={state.registry} />
          </PanelBoundary>
        </>
      )}
    </div>
  );
}
