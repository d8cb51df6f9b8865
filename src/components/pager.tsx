import { useState } from 'react';
import { useFormatters, useT } from '../i18n/use-locale';
import { LIST_PAGE_SIZE, pageSlice, type PageSlice } from '../lib/page-slice';
import './pager.css';

/** The page of a long list to render, and the setter the Pager's buttons use. */
export function usePage<T>(
  rows: readonly T[],
  size: number = LIST_PAGE_SIZE,
): [PageSlice<T>, (page: number) => void] {
  const [page, setPage] = useState(0);
  return [pageSlice(rows, page, size), setPage];
}

/** "51–100 of 1,000" with previous / next; nothing when one page holds the whole list. */
export function Pager<T>({
  slice,
  onPage,
  what,
}: {
  slice: PageSlice<T>;
  onPage: (page: number) => void;
  /** What is paged, for the navigation's accessible name. */
  what: string;
}) {
  const t = useT();
  const f = useFormatters();
  if (slice.pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pager.label', { what })}>
      <button
        type="button"
        className="button button--secondary"
        disabled={slice.page === 0}
        onClick={() => onPage(slice.page - 1)}
      >
        {t('pager.previous')}
      </button>
      <span className="pager__range" aria-live="polite">
        {t('pager.range', {
          from: f.count(slice.from),
          to: f.count(slice.to),
          total: f.count(slice.total),
        })}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={slice.page >= slice.pages - 1}
        onClick={() => onPage(slice.page + 1)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
