import { useT } from '../../i18n/use-locale';

/** Placeholder until this screen is built. */
export function LaggardsPage() {
  const t = useT();
  return <h1>{t('nav.laggards')}</h1>;
}
