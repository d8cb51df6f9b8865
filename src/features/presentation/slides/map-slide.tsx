import {
  ABSENCE_MARK,
  TileMap,
  type HallTile,
  type LegendItem,
} from '../../../components/tile-map/tile-map';
import { absenceOf } from '../../../domain/value-state';
import { absenceLegend, absenceWords } from '../../../components/tile-map/absence-legend';
import { VIETNAM_TILES } from '../../../components/tile-map/vietnam-tiles';
import { firstAndRest } from '../../../domain/overview-summary';
import type { UnitModel } from '../../../domain/model';
import { tenthsOfFraction } from '../../../domain/precision';
import { valueStateText } from '../../../components/value-state-label';
import { placeTiles } from '../../../domain/tile-grid';
import { classOf, classScale } from '../../../domain/value-classes';
import { useFormatters, useLocale, useT } from '../../../i18n/use-locale';
import type { FrozenData } from '../frozen-data';
import { SlideFrame, type FrameProps } from '../slide-frame';
import { DECK_INDICATOR } from '../slide-title';
import { useCoverageText } from './slide-parts';
import { isolate } from '../../../lib/isolate';
import { unitNames } from '../../../domain/unit-names';

const LISTED_UNPLACED = 8;

/**
 * The provinces on the tile grid, coloured by the level-4 rate in classes anchored to the target
 * (the same classes as the overview's map), each tile with its value written on it.
 */
export function MapSlide({ data, frame }: { data: FrozenData; frame: FrameProps }) {
  const t = useT('present');
  const f = useFormatters();
  const locale = useLocale();
  const coverageText = useCoverageText();
  const { model } = data;
  const provinces = model.units.filter((u) => u.unit.kind === 'province');
  const aggregate = model.aggregate('province', DECK_INDICATOR);
  const target = aggregate.target;
  const scale = classScale(() => provinces.map((u) => u.indicators[DECK_INDICATOR].tenths), {
    binary: false,
    targetTenths: target === null ? null : tenthsOfFraction(target.value),
  });
  const placement = placeTiles(
    provinces.map((u) => u.unit.id),
    VIETNAM_TILES,
  );
  const indicatorName = t(`common:indicatorShort.${DECK_INDICATOR}`);
  /** A value, or why a unit has none (feed failed, not reported, no services). */
  const valueText = (tenths: number | null, u?: UnitModel) => {
    if (tenths !== null) return f.percentTenths(tenths);
    return u
      ? valueStateText(u.indicators[DECK_INDICATOR].state, u.fault, t, true)
      : t('common:state.notReported');
  };

  const tiles: HallTile[] = placement.placed.map((p) => {
    const u = model.byId.get(p.id)!;
    const ui = u.indicators[DECK_INDICATOR];
    const layout = VIETNAM_TILES.get(p.id)!;
    // A failed feed, no report and no services each have their look (contract §6).
    const absence = absenceOf(ui.state);
    return {
      id: p.id,
      col: p.col,
      row: p.row,
      label: layout.label,
      city: layout.city === true,
      accessibleName: t('map.tile', {
        name: isolate(u.unit.name[locale]),
        value: valueText(ui.tenths, u),
      }),
      tileText:
        absence !== null || ui.tenths === null
          ? ABSENCE_MARK[absence ?? 'silent']
          : f.percentTenths(ui.tenths).replace(/\s?%$/, ''),
      classIndex: classOf(scale, ui.tenths),
      absence,
    };
  });

  const legend: LegendItem[] = [
    ...scale.classes.map((c): LegendItem => {
      const label =
        c.max === null
          ? t(scale.kind === 'target' ? 'map.atLeastTarget' : 'map.atLeast', {
              min: f.percentTenths(c.min),
            })
          : t('map.range', { min: f.percentTenths(c.min), max: f.percentTenths(c.max) });
      return { classIndex: c.index, label };
    }),
    ...absenceLegend(
      tiles.map((tile) => tile.absence ?? null),
      absenceWords(t),
    ),
  ];

  const unplaced = firstAndRest(placement.unplaced, LISTED_UNPLACED);
  const names = unitNames(model.units, locale);

  return (
    <SlideFrame {...frame} note={coverageText(aggregate.coverage, names, 'province')}>
      <TileMap
        variant="hall"
        tiles={tiles}
        columns={placement.columns}
        rows={placement.rows}
        classCount={scale.classes.length}
        label={t('map.label', { indicator: indicatorName })}
        legendTitle={t('map.legend', { indicator: indicatorName })}
        legend={legend}
        cityLabel={tiles.some((tile) => tile.city) ? t('map.city') : undefined}
        aside={
          <>
            <p className="slide-map__all">
              {t('map.all', { value: valueText(aggregate.tenths) })}
              {target !== null && (
                <>
                  <br />
                  {t('common:target.label', {
                    value: f.target(target.value),
                    deadline: f.month(target.deadline),
                  })}
                </>
              )}
            </p>
            {placement.unplaced.length > 0 && (
              <div className="slide-map__unplaced">
                <h2>{t('map.unplaced')}</h2>
                <ul>
                  {unplaced.shown.map((id) => (
                    <li key={id}>
                      <bdi>{names.get(id) ?? id}</bdi>:{' '}
                      {valueText(
                        model.byId.get(id)?.indicators[DECK_INDICATOR].tenths ?? null,
                        model.byId.get(id),
                      )}
                    </li>
                  ))}
                </ul>
                {unplaced.rest > 0 && <p>{t('map.unplacedMore', { count: unplaced.rest })}</p>}
              </div>
            )}
          </>
        }
      />
    </SlideFrame>
  );
}
