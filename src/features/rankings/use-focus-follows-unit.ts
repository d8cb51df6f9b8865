import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { RankingRow } from '../../domain/ranking-rows';

/**
 * A virtualised body keys its rows by place: when the order changes (a new sort, the settled
 * picture after the provisional one), the row holding keyboard focus shows another unit, and
 * Enter would open that one. This keeps focus on the unit: the row it went to is scrolled into
 * view (`scrollTo`, the virtualiser's) and its link focused once drawn. A unit no longer listed
 * (a new registry without it) hands focus to the table itself, not to another unit. Typing in the
 * search cannot get here: focus is then in the search box.
 */
export function useFocusFollowsUnit(
  body: RefObject<HTMLTableSectionElement | null>,
  rows: readonly RankingRow[],
  scrollTo: (index: number) => void,
) {
  // The unit whose link has focus, kept by focusin/focusout on the body.
  const focused = useRef<string | null>(null);
  // The unit whose link is to take focus back once its row is drawn.
  const pending = useRef<string | null>(null);

  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const onFocusIn = (event: FocusEvent) => {
      focused.current = unitOf(event.target);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!element.contains(event.relatedTarget as Node | null)) focused.current = null;
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [body]);

  useLayoutEffect(() => {
    const id = focused.current;
    const active = document.activeElement;
    if (id === null || !body.current?.contains(active) || unitOf(active) === id) return;
    const index = rows.findIndex((row) => row.id === id);
    if (index < 0) {
      focused.current = null;
      body.current.closest<HTMLElement>('table')?.focus();
      return;
    }
    pending.current = id;
    scrollTo(index);
  }, [rows, body, scrollTo]);

  // Once the unit's row is drawn where it went (this commit, or the one the scroll brings), its
  // link takes focus back.
  useLayoutEffect(() => {
    const id = pending.current;
    if (id === null) return;
    const link = body.current?.querySelector<HTMLElement>(`tr[data-unit="${CSS.escape(id)}"] a`);
    if (!link) return;
    pending.current = null;
    link.focus({ preventScroll: true });
  });
}

function unitOf(target: EventTarget | null): string | null {
  return target instanceof Element
    ? (target.closest('tr[data-unit]')?.getAttribute('data-unit') ?? null)
    : null;
}
