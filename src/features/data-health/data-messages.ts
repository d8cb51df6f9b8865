import en from '../../i18n/locales/en/data.json';
import vi from '../../i18n/locales/vi/data.json';
import type { ScreenMessages } from '../../i18n/screen-messages';

/** The data namespace: see useScreenMessages. */
export const dataMessages: ScreenMessages = { ns: 'data', vi, en };
