import { Link } from 'react-router';
import { Star } from '../../components/star';
import type { Unit } from '../../domain/types';
import { useViewLink } from '../../hooks/use-view-link';
import { useLocale, useT } from '../../i18n/use-locale';
import { useMyUnit } from './use-my-unit';

/** The header's way back to "my unit": a star and its name; nothing while none is chosen. */
export function MyUnitLink({ units }: { units: readonly Unit[] }) {
  const t = useT();
  const locale = useLocale();
  const link = useViewLink();
  const [mine] = useMyUnit();
  const unit = mine === null ? undefined : units.find((u) => u.id === mine);
  if (!unit) return null;
  return (
    <Link
      className="lang-switch my-unit-link"
      to={{ pathname: `/units/${encodeURIComponent(unit.id)}`, search: link() }}
    >
      <Star className="my-unit-link__star" />{' '}
      <span className="visually-hidden">{t('myUnit.label')}:</span> <bdi>{unit.name[locale]}</bdi>
    </Link>
  );
}
