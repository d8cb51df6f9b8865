import en from '../../i18n/locales/en/present.json';
import vi from '../../i18n/locales/vi/present.json';
import type { ScreenMessages } from '../../i18n/screen-messages';

/** The present namespace: see useScreenMessages. */
export const presentMessages: ScreenMessages = { ns: 'present', vi, en };
