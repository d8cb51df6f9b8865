import { useFormatters } from '../i18n/use-locale';
import './rank-change-mark.css';

/** The filled triangle of a rank that went up or down, drawn: no font the page loads has "▲" or "▼". */
export function RankArrow({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg
      className={`rank-change-mark rank-change-mark--${direction}`}
      viewBox="0 0 10 10"
      aria-hidden="true"
      focusable="false"
    >
      <path d={direction === 'up' ? 'M5 1 9.5 9h-9z' : 'M5 9 .5 1h9z'} fill="currentColor" />
    </svg>
  );
}

/**
 * A rank's change as `f.rankChange` writes it ("▲ 2", "▼ 1", "0", "–"), with the arrow drawn, as
 * the fallback font a machine would take it from is unknown. Goes where the words are said apart
 * (it is hidden from screen readers).
 */
export function RankChangeMark({ change }: { change: number | null }) {
  const { arrow, rest } = useFormatters().rankChangeParts(change);
  return (
    <span aria-hidden="true">
      {arrow !== null && <RankArrow direction={arrow} />}
      {rest}
    </span>
  );
}
