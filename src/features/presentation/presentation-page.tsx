import { useT } from '../../i18n/use-locale';

/** Placeholder until this screen is built. */
export function PresentationPage() {
  const t = useT();
  return <h1>{t('nav.present')}</h1>;
}
