/** Contract §2: the `format` every feed declares. */
export const FEED_FORMAT = 'egov-kpi-feed/1';
