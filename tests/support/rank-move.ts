/**
 * The rank change a reader sees in `scope`, its drawn arrow written as "▲"/"▼" and its number
 * ("▲ 2"), as `f.rankChange` writes it for the exports; null when there is none.
 */
export function moveOf(scope: HTMLElement): string | null {
  const mark = scope.querySelector('.rank-change-mark');
  const shown = mark?.parentElement;
  if (!mark || !shown) return null;
  const arrow = mark.classList.contains('rank-change-mark--up') ? '▲' : '▼';
  return `${arrow} ${shown.textContent?.trim()}`;
}
