import { useDashboardData } from '../hooks/dashboard-data';
import { useSnapshotTakenAt } from '../hooks/use-snapshot-taken-at';
import { useFormatters, useT } from '../i18n/use-locale';
import './resilience.css';

/**
 * On every screen of a snapshot: when it was taken (contract §8). It arrives with the registry,
 * in the same render as the overview's frame, at the top of the main box (layout.tsx), so it
 * pushes nothing down.
 */
export function SnapshotBanner() {
  const t = useT('common');
  const f = useFormatters();
  const takenAt = useSnapshotTakenAt();
  const { state } = useDashboardData();
  if (takenAt === null || !state) return null;
  return (
    <div className="banner banner--info" role="note">
      <p className="banner__line">{t('snapshot.takenAt', { date: f.dateTime(takenAt) })}</p>
    </div>
  );
}
