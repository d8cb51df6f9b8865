import { useT } from '../i18n/use-locale';
import './my-unit-mark.css';

/** "★ Đơn vị của tôi" beside a name in a list or table: the user's own unit stands out. */
export function MyUnitMark() {
  const t = useT();
  return (
    <span className="my-unit-mark">
      <span aria-hidden="true">★</span> {t('myUnit.badge')}
    </span>
  );
}
