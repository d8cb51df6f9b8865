import en from '../../i18n/locales/en/unit.json';
import vi from '../../i18n/locales/vi/unit.json';
import type { ScreenMessages } from '../../i18n/screen-messages';

/** The unit namespace: see useScreenMessages. */
export const unitMessages: ScreenMessages = { ns: 'unit', vi, en };
