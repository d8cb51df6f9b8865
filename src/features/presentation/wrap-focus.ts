import type { KeyboardEvent } from 'react';

const TABBABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * Tab from a modal's last control goes to its first, Shift+Tab from its first to its last: the
 * focus stays in the dialog instead of leaving for the browser's own controls.
 */
export function wrapFocus(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
  const tabbable = [...e.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.closest('[inert]') === null,
  );
  const first = tabbable[0];
  const last = tabbable.at(-1);
  if (!first || !last) return;
  const from = document.activeElement;
  const to = e.shiftKey ? (from === first ? last : null) : from === last ? first : null;
  if (to === null) return;
  e.preventDefault();
  to.focus();
}
