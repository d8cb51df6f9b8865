import { useT } from '../../i18n/use-locale';

/** Placeholder until this screen is built. */
export function DataHealthPage() {
  const t = useT();
  return <h1>{t('nav.data')}</h1>;
}
