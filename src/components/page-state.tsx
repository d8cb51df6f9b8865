import type { ReactNode } from 'react';
import { useFormatters, useT } from '../i18n/use-locale';

/** Loading: says what is happening and how far it got. */
export function Loading({ settled, total }: { settled?: number; total?: number }) {
  const t = useT();
  const f = useFormatters();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>
        {t('state.loading')}
        {total !== undefined && total > 0 && (
          <>
            {' '}
            <span className="state__count">
              {t('state.loadingFeeds', {
                settled: f.countOf(settled ?? 0, total),
                total: f.count(total),
              })}
            </span>
          </>
        )}
      </span>
    </div>
  );
}

/** An error: never confused with "no data". */
export function ErrorState({
  title,
  children,
  onRetry,
}: {
  title: string;
  children?: ReactNode;
  onRetry?: () => void;
}) {
  const t = useT();
  return (
    <div className="state state--error" role="alert">
      <h2>{title}</h2>
      {children}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
