import { defaultDataset } from '../generate/default-dataset';
import { ownEntry, type Scenario } from './scenario';

/** The default dataset (mocks/generate/default-dataset.ts), every feed answering at once. */
export function defaultScenario(): Scenario {
  const data = defaultDataset();
  return {
    registry: () => data.registry,
    national: () => data.national,
    rankings: () => data.rankings,
    feed(unitId) {
      const body = ownEntry(data.feeds, unitId);
      return body ? { kind: 'json', body } : null;
    },
  };
}
