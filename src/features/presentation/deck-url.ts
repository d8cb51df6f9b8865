/**
 * The deck's own URL state, beside the shared `lang` and `period`: the slide shown (`slide`,
 * 1-based) and the units the presenter picked for a slide of their own (`pick`, repeated:
 * `?pick=42&pick=MOF`). Pure parse and patch; every step replaces the history entry.
 */
export interface DeckUrl {
  /** The slide asked for; null when absent or not a positive whole number. */
  slide: number | null;
  pick: string[];
  period: string | null;
}

const SLIDE = /^[1-9][0-9]{0,5}$/;

export function parseDeckUrl(search: URLSearchParams): DeckUrl {
  const slide = search.get('slide');
  const seen = new Set<string>();
  const pick: string[] = [];
  for (const raw of search.getAll('pick')) {
    const id = raw.trim();
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    pick.push(id);
  }
  const period = search.get('period');
  return {
    slide: slide !== null && SLIDE.test(slide) ? Number(slide) : null,
    pick,
    period: period === null || period === '' ? null : period,
  };
}

/** The search with the given parts replaced; everything else (lang, …) kept as it was. */
export function patchDeckUrl(search: URLSearchParams, patch: Partial<DeckUrl>): URLSearchParams {
  const next = new URLSearchParams(search);
  if (patch.period !== undefined) {
    if (patch.period === null) next.delete('period');
    else next.set('period', patch.period);
  }
  if (patch.slide !== undefined) {
    if (patch.slide === null) next.delete('slide');
    else next.set('slide', String(patch.slide));
  }
  if (patch.pick !== undefined) {
    next.delete('pick');
    for (const id of patch.pick) next.append('pick', id);
  }
  return next;
}
