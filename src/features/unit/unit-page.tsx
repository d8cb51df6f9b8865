import { useT } from '../../i18n/use-locale';

/** Placeholder until this screen is built. */
export function UnitPage() {
  const t = useT();
  return <h1>{t('nav.overview')}</h1>;
}
