import type { Status } from '../domain/progress';
import { useT } from '../i18n/use-locale';
import { LineIcon } from './line-icon';

const ICON_PATHS: Record<Status, string> = {
  met: 'M4 10.5l4 4 8-9',
  'on-track': 'M4 14l5-5 3 3 5-6M13 6h4v4',
  'off-track': 'M10 3l8 14H2L10 3zm0 5v4m0 2.5v.5',
  'not-met': 'M5 5l10 10M15 5L5 15',
  unknown: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M10 15v.5',
};

/** A status in word and shape as well as colour, so it reads in grey print and for the colour-blind. */
export function StatusBadge({ status }: { status: Status | null }) {
  const t = useT();
  if (status === null) return <span className="badge badge--none">{t('status.none')}</span>;
  return (
    <span className={`badge badge--${status}`}>
      <LineIcon d={ICON_PATHS[status]} size={14} />
      {t(`status.${status}`)}
    </span>
  );
}
