import { INDICATOR_INDEX as AT, INDICATORS, type IndicatorId } from './indicators';
import type { UnitIndicator } from './model-types';

const COUNT = INDICATORS.length;

/**
 * Every unit's record per indicator, each made the first time something reads it. The verdicts
 * that need them all (ranks, statuses, flags, the laggards' order) are computed without them; a
 * screen shows one or two indicators of 10,000 units at a time, so most are never made.
 */
export class UnitIndicatorStore {
  readonly #made: (UnitIndicator | undefined)[];
  readonly #make: (unitIndex: number, indicator: number) => UnitIndicator;

  constructor(unitCount: number, make: (unitIndex: number, indicator: number) => UnitIndicator) {
    this.#made = new Array<UnitIndicator | undefined>(unitCount * COUNT);
    this.#make = make;
  }

  /** The record of a unit (index in the dataset) for an indicator (index in INDICATORS). */
  at(unitIndex: number, indicator: number): UnitIndicator {
    const k = unitIndex * COUNT + indicator;
    return (this.#made[k] ??= this.#make(unitIndex, indicator));
  }
}

/** A unit's `indicators`: reads each record from the store on first use (the same one after). */
export class UnitIndicatorView implements Record<IndicatorId, UnitIndicator> {
  readonly #store: UnitIndicatorStore;
  readonly #unit: number;

  constructor(store: UnitIndicatorStore, unitIndex: number) {
    this.#store = store;
    this.#unit = unitIndex;
  }

  get level4Rate() {
    return this.#store.at(this.#unit, AT.level4Rate);
  }
  get level34Rate() {
    return this.#store.at(this.#unit, AT.level34Rate);
  }
  get onlineDossierRate() {
    return this.#store.at(this.#unit, AT.onlineDossierRate);
  }
  get lgspConnected() {
    return this.#store.at(this.#unit, AT.lgspConnected);
  }
  get socOperational() {
    return this.#store.at(this.#unit, AT.socOperational);
  }
  get vdxpConnected() {
    return this.#store.at(this.#unit, AT.vdxpConnected);
  }
  get portalConnected() {
    return this.#store.at(this.#unit, AT.portalConnected);
  }

  /** Every record made, as a plain object (what JSON, logs and deep equality see). */
  toJSON(): Record<IndicatorId, UnitIndicator> {
    return Object.fromEntries(INDICATORS.map((ind) => [ind, this[ind]])) as Record<
      IndicatorId,
      UnitIndicator
    >;
  }
}
