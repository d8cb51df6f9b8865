import type { RankMove } from '../../domain/ranking-rows';
import { useFormatters, useT } from '../../i18n/use-locale';
import { RankChangeMark } from '../../components/rank-change-mark';

/**
 * "▲ 2" / "▼ 1" / "0" / "–": an arrow and a number, never colour alone, with the words for
 * screen readers ("lên 2 bậc so với kỳ trước (hạng 5)") and as a tooltip.
 */
export function RankChange({ move, change }: { move: RankMove; change: number | null }) {
  const t = useT('rankings');
  const f = useFormatters();
  const words =
    move === null
      ? t('move.none')
      : move.direction === 'same'
        ? t('move.same')
        : t(`move.${move.direction}`, {
            places: f.count(move.places),
            previous: f.count(move.previousRank),
          });
  return (
    <span className={`rank-change rank-change--${move?.direction ?? 'none'}`}>
      <span aria-hidden="true" title={words}>
        <RankChangeMark change={change} />
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
