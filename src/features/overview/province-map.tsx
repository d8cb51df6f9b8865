import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { coverageNotes } from '../../components/export-menu/export-text';
import {
  ABSENCE_MARK,
  TileMap,
  type LegendItem,
  type MapTile,
  type TileMapProps,
} from '../../components/tile-map/tile-map';
import { ARCHIPELAGOS, VIETNAM_TILES } from '../../components/tile-map/vietnam-tiles';
import { PrintTileMap, type PrintTileMapProps } from '../../components/tile-map/print-tile-map';
import { INDICATORS, isRateIndicator, type IndicatorId } from '../../domain/indicators';
import type { PeriodModel, UnitIndicator, UnitModel } from '../../domain/model';
import { firstAndRest } from '../../domain/overview-summary';
import { tenthsOfFraction } from '../../domain/precision';
import { placeTiles } from '../../domain/tile-grid';
import { classOf, classScale, type ClassScale } from '../../domain/value-classes';
import { useViewLink } from '../../hooks/use-view-link';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import type { UnitNames } from '../../domain/unit-names';
import type { TableSpec } from '../../lib/table-spec';
import { useMyUnit } from '../unit/use-my-unit';
import { valueStateText } from '../../components/value-state-label';
import { VALUE_STATE_KEY } from '../../export/table-rows';
import type { FeedFault } from '../../domain/types';
import { absenceOf } from '../../domain/value-state';
import { absenceLegend, absenceWords } from '../../components/tile-map/absence-legend';
import { isolate } from '../../lib/isolate';

const LISTED_UNPLACED = 40;

/** The value of one unit's indicator in words: "14,2%", "Có", or "Chưa báo cáo". */
function useValueText() {
  const t = useT('overview');
  const f = useFormatters();
  return (ui: UnitIndicator, scale: ClassScale, fault: FeedFault | null): string => {
    if (ui.tenths === null) return valueStateText(ui.state, fault, t);
    if (scale.kind === 'binary')
      return classOf(scale, ui.tenths) === 1 ? t('map.yes') : t('map.no');
    return f.percentTenths(ui.tenths);
  };
}

/**
 * The provinces as a tile map coloured by the chosen indicator (URL `indicator`), with its
 * legend, the provinces the layout has no place for, and the same numbers as a table.
 */
export function ProvinceMap({
  model,
  names,
  indicator,
  onIndicator,
}: {
  model: PeriodModel;
  /** Unit names by id in the page's language. */
  names: UnitNames;
  indicator: IndicatorId;
  onIndicator: (indicator: IndicatorId) => void;
}) {
  const t = useT('overview');
  const f = useFormatters();
  const locale = useLocale();
  const link = useViewLink();
  const selectId = useId();
  const valueText = useValueText();
  const rate = isRateIndicator(indicator);
  const [mine] = useMyUnit();
  const indicatorName = t(`common:indicator.${indicator}`);

  const provinces = useMemo(() => model.units.filter((u) => u.unit.kind === 'province'), [model]);
  const target = model.aggregate('province', indicator).target;
  const scale = useMemo(
    () =>
      classScale(() => provinces.map((u) => u.indicators[indicator].tenths), {
        binary: !rate,
        targetTenths: target === null ? null : tenthsOfFraction(target.value),
      }),
    [provinces, indicator, rate, target],
  );
  const placement = useMemo(
    () =>
      placeTiles(
        provinces.map((u) => u.unit.id),
        VIETNAM_TILES,
      ),
    [provinces],
  );

  const detailOf = (u: UnitModel): string | null => {
    const ui = u.indicators[indicator];
    const parts: string[] = [];
    if (ui.status !== null) parts.push(t(`common:status.${ui.status}`));
    if (ui.rank !== null) parts.push(t('map.rankDetail', { rank: ui.rank, of: ui.rankedOf }));
    return parts.length > 0 ? parts.join(' · ') : null;
  };

  const tiles: MapTile[] = placement.placed.map((p) => {
    const u = model.byId.get(p.id)!;
    const ui = u.indicators[indicator];
    const layout = VIETNAM_TILES.get(p.id)!;
    const value = valueText(ui, scale, u.fault);
    // The value state alone says why a tile is empty, on the screen and in print alike.
    const absence = absenceOf(ui.state);
    return {
      id: p.id,
      col: p.col,
      row: p.row,
      label: layout.label,
      city: layout.city === true,
      name: u.unit.name[locale],
      valueText: value,
      tileText: absence === null ? value : ABSENCE_MARK[absence],
      absence,
      accessibleName:
        p.id === mine
          ? `${t('map.tileName', { name: isolate(u.unit.name[locale]), value })} (${t('common:myUnit.label')})`
          : t('map.tileName', { name: isolate(u.unit.name[locale]), value }),
      mine: p.id === mine,
      detail: detailOf(u),
      classIndex: classOf(scale, ui.tenths),
      to: { pathname: `/units/${encodeURIComponent(p.id)}`, search: link() },
    };
  });

  const words = absenceWords(t);
  const legend: LegendItem[] = [
    ...scale.classes.map((c): LegendItem => {
      let label: string;
      if (scale.kind === 'binary') label = c.index === 1 ? t('map.yes') : t('map.no');
      else if (c.max === null)
        label = t(scale.kind === 'target' ? 'map.atLeastTarget' : 'map.atLeast', {
          min: f.percentTenths(c.min),
        });
      else label = t('map.range', { min: f.percentTenths(c.min), max: f.percentTenths(c.max) });
      return { classIndex: c.index, label };
    }),
    ...absenceLegend(
      tiles.map((tile) => tile.absence ?? null),
      words,
    ),
  ];

  const unplaced = firstAndRest(placement.unplaced, LISTED_UNPLACED);

  // One row per province: 10,022 rows for a commune registry, built only when shown or exported.
  const table = (): TableSpec => ({
    caption: t('map.caption', { indicator: indicatorName, period: f.month(model.period) }),
    columns: [
      { key: 'unit', label: t('common:kind.province'), kind: 'unit' },
      ...(rate ? [{ key: 'rank', label: t('map.rank'), kind: 'rank' as const }] : []),
      rate
        ? { key: 'value', label: t('map.value'), kind: 'percent' as const }
        : { key: 'value', label: t('map.value'), kind: 'text' as const },
      { key: 'status', label: t('map.status'), kind: 'status' },
      { key: VALUE_STATE_KEY, label: t('common:valueState.column'), kind: 'valueState' },
    ],
    rows: provinces.map((u) => {
      const ui = u.indicators[indicator];
      return {
        unitId: u.unit.id,
        cells: {
          unit: u.unit.name[locale],
          rank: ui.rank,
          value: rate ? ui.value : valueText(ui, scale, u.fault),
          status: ui.status,
          [VALUE_STATE_KEY]: { state: ui.state, fault: u.fault },
        },
      };
    }),
  });

  const mapProps: TileMapProps = {
    tiles,
    columns: placement.columns,
    rows: placement.rows,
    classCount: scale.classes.length,
    label: t('map.label', { indicator: indicatorName }),
    legendTitle: t('map.legend', { indicator: indicatorName }),
    legend,
    cityLabel: tiles.some((tile) => tile.city) ? t('map.city') : undefined,
    mineLabel: tiles.some((tile) => tile.mine) ? t('common:myUnit.label') : undefined,
    tapHint: t('map.tapHint'),
    aside: placement.unplaced.length > 0 && (
      <div className="unplaced">
        <h3 className="unplaced__title">{t('map.unplaced')}</h3>
        <ul>
          {unplaced.shown.map((id) => {
            const u = model.byId.get(id)!;
            return (
              <li key={id}>
                <Link to={{ pathname: `/units/${encodeURIComponent(id)}`, search: link() }}>
                  <bdi>{u.unit.name[locale]}</bdi>
                </Link>
                : {valueText(u.indicators[indicator], scale, u.fault)}
              </li>
            );
          })}
        </ul>
        {unplaced.rest > 0 && <p>{t('map.unplacedMore', { count: unplaced.rest })}</p>}
      </div>
    ),
  };
  const coverage = model.aggregate('province', indicator).coverage;

  const printProps: Omit<PrintTileMapProps, 'width'> = {
    tiles: tiles.map((tile) => ({ ...tile, absence: tile.absence ?? null })),
    columns: placement.columns,
    rows: placement.rows,
    classCount: scale.classes.length,
    legendTitle: mapProps.legendTitle,
    legend: legend.filter((item) => item.classIndex !== null),
    absence: words,
    cityLabel: mapProps.cityLabel,
    archipelagos: ARCHIPELAGOS.map((a) => ({
      ...a,
      name: t(`map.${a.id}`),
      unitName: t(`map.${a.id}Unit`),
    })),
    keyTitle: t('map.key'),
  };

  return (
    <ChartFrame
      title={`${t('map.title')}: ${indicatorName}`}
      subtitle={t('map.hint')}
      exportSubtitle={`${f.count(provinces.length)} ${t('common:kind.province_plural')}`}
      exportShape="tall"
      period={model.period}
      table={table}
      target={target}
      notes={coverageNotes(coverage, names, t)}
      // Its own subject: the provinces' ranking of the same indicator is `<indicator>_tinh_…`.
      exportName={{ subject: { vi: 'Bản đồ', en: 'Map' }, scope: 'province', indicator }}
      exportChart={
        provinces.length === 0
          ? undefined
          : (size) => <PrintTileMap {...printProps} width={size.width} />
      }
    >
      <div className="field field--inline map-indicator">
        <label htmlFor={selectId}>{t('map.indicator')}</label>
        <select
          id={selectId}
          value={indicator}
          onChange={(e) => onIndicator(e.target.value as IndicatorId)}
        >
          {INDICATORS.map((i) => (
            <option key={i} value={i}>
              {t(`common:indicator.${i}`)}
            </option>
          ))}
        </select>
      </div>
      {provinces.length === 0 ? <p>{t('map.noProvinces')}</p> : <TileMap {...mapProps} />}
    </ChartFrame>
  );
}
