import { useT } from '../i18n/use-locale';
import { Star } from './star';
import './my-unit-mark.css';

/** "★ Đơn vị của tôi" beside a name in a list or table: the user's own unit stands out. */
export function MyUnitMark() {
  const t = useT();
  return (
    <span className="my-unit-mark">
      <Star className="my-unit-mark__star" /> {t('myUnit.badge')}
    </span>
  );
}
