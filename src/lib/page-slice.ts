/** Rows of a long list shown at once (rejections, registry problems): never thousands of rows. */
export const LIST_PAGE_SIZE = 50;

export interface PageSlice<T> {
  visible: T[];
  /** The page shown, 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last visible rows (0 and 0 when empty). */
  from: number;
  to: number;
  total: number;
}

/** One page of `rows`. Pure. */
export function pageSlice<T>(
  rows: readonly T[],
  page: number,
  size: number = LIST_PAGE_SIZE,
): PageSlice<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = current * size;
  const visible = rows.slice(start, start + size);
  return {
    visible,
    page: current,
    pages,
    from: visible.length === 0 ? 0 : start + 1,
    to: start + visible.length,
    total: rows.length,
  };
}
