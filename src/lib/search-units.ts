import type { Unit } from '../domain/types';
import { foldText } from './fold-text';

/**
 * Units whose name (in either language) or id contains `query`, ignoring case and diacritics;
 * names that start with the query first, then the registry's order. An empty query finds none.
 */
export function searchUnits<U extends Pick<Unit, 'id' | 'name'>>(
  units: readonly U[],
  query: string,
): U[] {
  const q = foldText(query);
  if (q === '') return [];
  const starts: U[] = [];
  const contains: U[] = [];
  for (const unit of units) {
    const texts = [unit.name.vi, unit.name.en].map(foldText);
    if (texts.some((text) => text.startsWith(q))) starts.push(unit);
    else if (texts.some((text) => text.includes(q)) || foldText(unit.id) === q) contains.push(unit);
  }
  return [...starts, ...contains];
}
