import { MINISTRIES } from '../data/ministries';
import { REGIONS } from '../data/regions';
import { defaultDataset } from '../generate/default-dataset';
import type { FeedDocument, RegistryDocument, RankingsDocument } from '../generate/documents';
import { COMMUNE_SIZE, genericPlan } from '../generate/generic-plan';
import { hashString } from '../generate/prng';
import { rankingsDocument } from '../generate/rankings';
import { feedPath, registryDocument } from '../generate/registry';
import { feedOf } from '../generate/unit-feed';
import { ownEntry, type Scenario } from './scenario';

/** Thousands of units for performance work: 10,000 communes (kind province) and the 22 ministries. */
export const SCALE_COMMUNES = 10_000;

// prettier-ignore
const NAME_PARTS = [
  'An', 'Bình', 'Hòa', 'Phú', 'Tân', 'Thạnh', 'Long', 'Hưng', 'Phước', 'Thuận',
  'Mỹ', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Vĩnh', 'Quang', 'Thành', 'Lộc',
];

function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export function communeId(n: number): string {
  return `C${String(n).padStart(5, '0')}`;
}

function communeNumber(id: string): number | null {
  const match = /^C(\d{5})$/.exec(id);
  const n = match ? Number(match[1]) : 0;
  return n >= 1 && n <= SCALE_COMMUNES ? n : null;
}

let registryCache: RegistryDocument | null = null;

export function scaleRegistry(): RegistryDocument {
  if (registryCache) return registryCache;
  const units: RegistryDocument['units'] = [];
  for (let n = 1; n <= SCALE_COMMUNES; n++) {
    const id = communeId(n);
    const hash = hashString(id);
    const name = `${NAME_PARTS[hash % 20]} ${NAME_PARTS[(hash >>> 5) % 20]} ${n}`;
    units.push({
      id,
      kind: 'province',
      name: { vi: `Xã ${name}`, en: `${withoutDiacritics(name)} Commune` },
      region: REGIONS[(hash >>> 10) % REGIONS.length]?.id ?? REGIONS[0].id,
      feed: feedPath(id),
    });
  }
  for (const m of MINISTRIES) {
    units.push({ id: m.id, kind: 'ministry', name: { ...m.name }, feed: feedPath(m.id) });
  }
  registryCache = registryDocument(units);
  return registryCache;
}

/** A commune's feed, generated from its id when asked for (not cached: 10,000 would be large). */
export function communeFeed(id: string): FeedDocument | null {
  return communeNumber(id) === null ? null : feedOf(genericPlan(id, 'province', COMMUNE_SIZE));
}

let rankingsCache: RankingsDocument | null = null;

export function scaleScenario(): Scenario {
  return {
    registry: scaleRegistry,
    national: () => defaultDataset().national,
    // The provinces' published ranking names units this registry does not have.
    rankings: () => (rankingsCache ??= rankingsDocument(['ministry'])),
    feed(unitId) {
      const commune = communeFeed(unitId);
      if (commune) return { kind: 'json', body: commune };
      const isMinistry = MINISTRIES.some((m) => m.id === unitId);
      const ministry = isMinistry ? ownEntry(defaultDataset().feeds, unitId) : undefined;
      return ministry ? { kind: 'json', body: ministry } : null;
    },
  };
}
