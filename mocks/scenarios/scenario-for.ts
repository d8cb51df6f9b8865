import type { MockScenario } from '../../src/data/schemas/config-schema';
import { defaultScenario } from './default-scenario';
import { faultsScenario } from './faults-scenario';
import { scaleScenario } from './scale-scenario';
import type { Scenario } from './scenario';

export function scenarioFor(name: MockScenario): Scenario {
  switch (name) {
    case 'default':
      return defaultScenario();
    case 'faults':
      return faultsScenario();
    case 'scale':
      return scaleScenario();
  }
}
