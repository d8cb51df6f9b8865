import type { MonthIndex } from '../domain/period';
import { loadFeed, loadNational, loadRankings, loadRegistry } from './load-documents';
import { settle } from './outcome';
import type { RegistryUnit } from './parse-registry';

/**
 * Fetching and validating every document: what the data worker runs (pipeline.worker.ts), and what
 * runs in the page itself where there is no Worker (jsdom). The signal only works in the page:
 * an AbortSignal does not cross to the worker.
 */
export const pipeline = {
  loadRegistry: (url: string, signal?: AbortSignal, pageOrigin?: string) =>
    settle(loadRegistry(url, signal, pageOrigin)),
  loadFeed: (
    unit: RegistryUnit,
    registryUrl: string,
    asOf: MonthIndex | null,
    pageOrigin: string,
    fromSnapshot: boolean,
    signal?: AbortSignal,
  ) => settle(loadFeed(unit, registryUrl, asOf, pageOrigin, fromSnapshot, signal)),
  loadNational: (
    path: string,
    registryUrl: string,
    pageOrigin: string,
    fromSnapshot: boolean,
    signal?: AbortSignal,
    asOf: MonthIndex | null = null,
  ) => settle(loadNational(path, registryUrl, pageOrigin, fromSnapshot, signal, asOf)),
  loadRankings: (
    path: string,
    registryUrl: string,
    pageOrigin: string,
    fromSnapshot: boolean,
    signal?: AbortSignal,
    asOf: MonthIndex | null = null,
  ) => settle(loadRankings(path, registryUrl, pageOrigin, fromSnapshot, signal, asOf)),
};

export type Pipeline = typeof pipeline;
