import { useSearchParams } from 'react-router';
import { withView, type ViewState } from '../lib/view-state';

/**
 * The query string for a link: keeps the language and period (what follows the user from screen
 * to screen) and applies `patch`; screen-specific state (sort, filters) is dropped unless patched.
 */
export function useViewLink() {
  const [search] = useSearchParams();
  return (patch: Partial<ViewState> = {}): string => {
    const kept = new URLSearchParams();
    for (const key of ['lang', 'period'] as const) {
      const value = search.get(key);
      if (value) kept.set(key, value);
    }
    const query = withView(kept, patch).toString();
    return query ? `?${query}` : '';
  };
}
