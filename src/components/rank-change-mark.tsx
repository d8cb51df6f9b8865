import { useFormatters } from '../i18n/use-locale';
import './rank-change-mark.css';

/**
 * A rank's change as `f.rankChange` writes it ("▲ 2", "▼ 1", "=", "–"), with the arrow drawn: no
 * font the page loads has "▲" or "▼", which a machine then takes from whatever font it has. Goes
 * where the words are said apart (it is hidden from screen readers).
 */
export function RankChangeMark({ change }: { change: number | null }) {
  const { arrow, rest } = useFormatters().rankChangeParts(change);
  return (
    <span aria-hidden="true">
      {arrow !== null && (
        <svg
          className={`rank-change-mark rank-change-mark--${arrow}`}
          viewBox="0 0 10 10"
          focusable="false"
        >
          <path d={arrow === 'up' ? 'M5 1 9.5 9h-9z' : 'M5 9 .5 1h9z'} fill="currentColor" />
        </svg>
      )}
      {rest}
    </span>
  );
}
