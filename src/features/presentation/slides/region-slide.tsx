import { useId } from 'react';
import { StatusBadge } from '../../../components/status-badge';
import {
  headlineFigures,
  indicatorsWithTarget,
  type HeadlineFigure,
} from '../../../domain/overview-summary';
import { filterRankingRows, rankingTable } from '../../../domain/ranking-rows';
import { DEFAULT_SORT, sortRankingRows } from '../../../domain/ranking-sort';
import { regionScope } from '../../../domain/scope';
import { UNIT_KINDS, type Region } from '../../../domain/types';
import { useFormatters, useLocale, useT } from '../../../i18n/use-locale';
import type { FrozenData } from '../frozen-data';
import { SlideFrame, type FrameProps } from '../slide-frame';
import { DECK_INDICATOR } from '../slide-title';
import { RankColumns, useCoverageText } from './slide-parts';
import { isolate } from '../../../lib/isolate';
import { unitNames } from '../../../domain/unit-names';

function RegionFigure({ figure }: { figure: HeadlineFigure }) {
  const t = useT('present');
  const f = useFormatters();
  const id = useId();
  return (
    <article className="region-figure" aria-labelledby={id}>
      <h2 id={id} className="region-figure__name">
        {t(`common:indicatorShort.${figure.indicator}`)}
      </h2>
      <p className="region-figure__value">
        {figure.value === null ? (
          <span className="figure__none">{t('headline.noValue')}</span>
        ) : (
          f.percentTenths(figure.tenths)
        )}
      </p>
      {figure.target && <StatusBadge status={figure.progress?.status ?? null} />}
      <p className="region-figure__coverage">
        {t('region.coverage', {
          reported: figure.coverage.reported,
          total: figure.coverage.total,
        })}
      </p>
    </article>
  );
}

/**
 * One region: its aggregates against the targets (ratio of sums over its units, with coverage),
 * then its units in the national level-4 ranking.
 */
export function RegionSlide({
  data,
  frame,
  region,
}: {
  data: FrozenData;
  frame: FrameProps;
  region: Region;
}) {
  const t = useT('present');
  const locale = useLocale();
  const coverageText = useCoverageText();
  const { model, dataset } = data;
  const scope = regionScope(region.id);
  const figures = headlineFigures(model, scope, indicatorsWithTarget(dataset.targets));
  const kinds = UNIT_KINDS.filter((kind) =>
    model.units.some((u) => u.unit.kind === kind && u.unit.region === region.id),
  );
  const perKind = kinds.map((kind) => ({
    kind,
    rows: sortRankingRows(
      filterRankingRows(rankingTable(model, kind, DECK_INDICATOR, dataset.regions).rows, {
        region: region.id,
        flag: null,
      }),
      DEFAULT_SORT,
      locale,
    ),
  }));
  const note = coverageText(
    model.aggregate(scope, DECK_INDICATOR).coverage,
    unitNames(model.units, locale),
    null,
  );
  return (
    <SlideFrame {...frame} note={note} className="region-slide">
      {figures.length > 0 && (
        <div className="region__figures">
          {figures.map((figure) => (
            <RegionFigure key={figure.indicator} figure={figure} />
          ))}
        </div>
      )}
      {perKind.map(({ kind, rows }) => {
        // The line naming the units without a rank, and why, takes the room of a row per column.
        const perColumn =
          (perKind.length > 1 ? 3 : 7) - (rows.some((r) => r.rank === null) ? 1 : 0);
        return (
          <RankColumns
            key={kind}
            rows={rows}
            kind={kind}
            caption={t('region.caption', {
              name: isolate(region.name[locale]),
              kind: t(`common:kind.${kind}_plural`),
            })}
            capacity={2 * perColumn}
            perColumn={perColumn}
            rankLabel={t('region.rank')}
          />
        );
      })}
    </SlideFrame>
  );
}
