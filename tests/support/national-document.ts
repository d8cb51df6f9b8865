/** A national.json of the given figures (contract §6). */
export const nationalDocument = (figures: unknown[]) => ({
  format: 'egov-kpi-national/1',
  figures,
});

/** A sound figure, the EGDI rank (88th of 193 in 2018), with the fields given changed. */
export const nationalFigure = (changes: Record<string, unknown>) => ({
  id: 'egdi',
  name: { vi: 'Xếp hạng EGDI', en: 'EGDI rank' },
  unit: 'rank',
  better: 'lower',
  of: 193,
  series: [{ period: '2018-07', value: 88 }],
  ...changes,
});
