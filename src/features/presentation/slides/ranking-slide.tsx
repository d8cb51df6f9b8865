import { rankingTable } from '../../../domain/ranking-rows';
import { DEFAULT_SORT, sortRankingRows } from '../../../domain/ranking-sort';
import type { UnitKind } from '../../../domain/types';
import { useFormatters, useLocale, useT } from '../../../i18n/use-locale';
import type { FrozenData } from '../frozen-data';
import { SlideFrame, type FrameProps } from '../slide-frame';
import { DECK_INDICATOR } from '../slide-title';
import { RankColumns, useCoverageText } from './slide-parts';
import { unitNames } from '../../../domain/unit-names';

/** Up to 24 units in two columns; a longer ranking shows its top and bottom. */
const CAPACITY = 24;
const PER_COLUMN = 12;

/** A kind's ranking on the level-4 rate, in the engine's rank order, with moves and status. */
export function RankingSlide({
  data,
  frame,
  kind,
}: {
  data: FrozenData;
  frame: FrameProps;
  kind: UnitKind;
}) {
  const t = useT('present');
  const f = useFormatters();
  const locale = useLocale();
  const coverageText = useCoverageText();
  const { model, dataset } = data;
  const table = rankingTable(model, kind, DECK_INDICATOR, dataset.regions);
  const rows = sortRankingRows(table.rows, DEFAULT_SORT, locale);
  const coverage = model.aggregate(kind, DECK_INDICATOR).coverage;
  const target = table.target;
  const note = [
    coverageText(coverage, unitNames(model.units, locale), kind),
    target === null
      ? null
      : t('common:target.label', {
          value: f.target(target.value),
          deadline: f.month(target.deadline),
        }),
  ]
    .filter((s) => s !== null)
    .join(' · ');
  return (
    <SlideFrame {...frame} note={note}>
      <RankColumns
        rows={rows}
        kind={kind}
        caption={frame.title}
        capacity={CAPACITY}
        perColumn={PER_COLUMN}
      />
    </SlideFrame>
  );
}
