import type { IndicatorId } from './indicators';
import type { Flag } from './laggards';
import type { UnitIndicator, UnitModel } from './model-types';
import type { MonthIndex } from './period';
import type { FeedFault, FeedState, Unit } from './types';
import { UnitIndicatorView, type UnitIndicatorStore } from './unit-indicator-views';

/** Where a period model's unit records read what they make on first use. */
export interface UnitRecordSource {
  readonly indicators: UnitIndicatorStore;
  /** The flags of a unit (index in the dataset), described from the rules already decided. */
  flagsOf(unitIndex: number): Flag[];
}

/**
 * A unit in the period model. Its verdicts are decided when the model is built; its records per
 * indicator and its flags' reasons are made the first time a screen reads them, and kept.
 */
export class UnitRecord implements UnitModel {
  readonly unit: Unit;
  readonly feed: FeedState;
  readonly fault: FeedFault | null;
  readonly newestPeriod: MonthIndex | null;
  readonly flagRules: number;
  readonly #source: UnitRecordSource;
  readonly #index: number;
  #indicators: UnitIndicatorView | null = null;
  #flags: Flag[] | null = null;

  constructor(
    source: UnitRecordSource,
    index: number,
    unit: Unit,
    feed: FeedState,
    fault: FeedFault | null,
    newestPeriod: MonthIndex | null,
    flagRules: number,
  ) {
    this.unit = unit;
    this.feed = feed;
    this.fault = fault;
    this.newestPeriod = newestPeriod;
    this.flagRules = flagRules;
    this.#source = source;
    this.#index = index;
  }

  get indicators(): Record<IndicatorId, UnitIndicator> {
    return (this.#indicators ??= new UnitIndicatorView(this.#source.indicators, this.#index));
  }

  get flags(): Flag[] {
    return (this.#flags ??= this.#source.flagsOf(this.#index));
  }

  /** The whole record as a plain object (what JSON, logs and deep equality see). */
  toJSON() {
    const { unit, feed, fault, newestPeriod, flagRules, flags } = this;
    const indicators = (this.indicators as UnitIndicatorView).toJSON();
    return { unit, feed, fault, newestPeriod, indicators, flagRules, flags };
  }
}
