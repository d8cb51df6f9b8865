import type { Status } from '../domain/progress';
import { useT } from '../i18n/use-locale';
import { LineIcon } from './line-icon';
import { STATUS_PATHS } from './icon-paths';

/** A status in word and shape as well as colour, so it reads in grey print and for the colour-blind. */
export function StatusBadge({ status }: { status: Status | null }) {
  const t = useT();
  if (status === null) return <span className="badge badge--none">{t('status.none')}</span>;
  return (
    <span className={`badge badge--${status}`}>
      <LineIcon d={STATUS_PATHS[status]} size={14} />
      {t(`status.${status}`)}
    </span>
  );
}
