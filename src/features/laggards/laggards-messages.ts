import en from '../../i18n/locales/en/laggards.json';
import vi from '../../i18n/locales/vi/laggards.json';
import type { ScreenMessages } from '../../i18n/screen-messages';

/** The laggards namespace: see useScreenMessages. */
export const laggardsMessages: ScreenMessages = { ns: 'laggards', vi, en };
