import type { PeriodModel } from '../../domain/model';
import type { Dataset } from '../../domain/types';

/** The data the deck shows, captured once every feed has settled and never updated after. */
export interface FrozenData {
  model: PeriodModel;
  dataset: Dataset;
}
