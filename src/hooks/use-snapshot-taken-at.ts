import { useDashboardData } from './dashboard-data';

/** When the snapshot the screens show was taken (contract §8), or null for live feeds. */
export function useSnapshotTakenAt(): string | null {
  return useDashboardData().registryQuery.data?.snapshot?.takenAt ?? null;
}
