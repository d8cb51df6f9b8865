import type { MonthIndex } from './period';
import type { LocalizedText } from './types';

/** A national figure's point or a published ranking later than the period under review. */
export interface LaterExtra {
  document: 'national' | 'rankings';
  id: string;
  name: LocalizedText;
  period: MonthIndex;
}

interface FigurePoints {
  id: string;
  name: LocalizedText;
  series: readonly { period: MonthIndex }[];
}

interface Published {
  id: string;
  name: LocalizedText;
  period: MonthIndex;
}

/**
 * Contract §2 ★ for the optional documents: without `asOf` they cannot be checked against the
 * period under review when read, so what is later than it is set aside here, to be listed on Data
 * health and shown nowhere (a ranking dated 2099-12 is not the latest published one). In document
 * order; none while there is no period under review.
 */
export function laterExtras(
  figures: readonly FigurePoints[],
  rankings: readonly Published[],
  underReview: MonthIndex | null,
): LaterExtra[] {
  if (underReview === null) return [];
  const later: LaterExtra[] = [];
  for (const { id, name, series } of figures) {
    for (const { period } of series) {
      if (period > underReview) later.push({ document: 'national', id, name, period });
    }
  }
  for (const { id, name, period } of rankings) {
    if (period > underReview) later.push({ document: 'rankings', id, name, period });
  }
  return later;
}

/** The published rankings a screen shows: none later than the period under review. */
export function publishedUpTo<R extends Published>(
  rankings: readonly R[],
  underReview: MonthIndex | null,
): R[] {
  return underReview === null ? [...rankings] : rankings.filter((r) => r.period <= underReview);
}
