import en from '../../i18n/locales/en/rankings.json';
import vi from '../../i18n/locales/vi/rankings.json';
import type { ScreenMessages } from '../../i18n/screen-messages';

/** The rankings namespace: see useScreenMessages. */
export const rankingsMessages: ScreenMessages = { ns: 'rankings', vi, en };
