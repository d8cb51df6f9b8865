import { useSnapshotTakenAt } from '../hooks/use-snapshot-taken-at';
import { useFormatters, useT } from '../i18n/use-locale';
import './resilience.css';

/** On every screen of a snapshot: when it was taken (contract §8). */
export function SnapshotBanner() {
  const t = useT('common');
  const f = useFormatters();
  const takenAt = useSnapshotTakenAt();
  if (takenAt === null) return null;
  return (
    <div className="banner banner--info" role="note">
      <p className="banner__line">{t('snapshot.takenAt', { date: f.dateTime(takenAt) })}</p>
    </div>
  );
}
