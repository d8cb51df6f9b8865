import { useTranslation } from 'react-i18next';
import en from '../../i18n/locales/en/present.json';
import vi from '../../i18n/locales/vi/present.json';

/**
 * The deck's messages, added to the app's i18next instance when the deck's code first runs: they
 * stay out of the JavaScript every other screen loads.
 */
export function usePresentMessages(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('vi', 'present')) i18n.addResourceBundle('vi', 'present', vi);
  if (!i18n.hasResourceBundle('en', 'present')) i18n.addResourceBundle('en', 'present', en);
}
