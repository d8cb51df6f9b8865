/** The unit page's charts that other sites may frame. */
export type UnitEmbedChart = 'trend' | 'rank-history';

export const UNIT_EMBED_CHARTS: readonly UnitEmbedChart[] = ['trend', 'rank-history'];

/** The chrome-less route of one of a unit's charts: "embed/units/<id>/trend". */
export function unitEmbedPath(unitId: string, chart: UnitEmbedChart): string {
  return `embed/units/${encodeURIComponent(unitId)}/${chart}`;
}
