import { useId } from 'react';
import { RATE_INDICATORS, type RateIndicator } from '../../domain/indicators';
import { FLAG_RULES, type FlagRule } from '../../domain/laggards';
import type { RegionOption } from '../../domain/ranking-rows';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { isolate } from '../../lib/isolate';

export interface RankingsToolbarProps {
  indicator: RateIndicator;
  onIndicator: (indicator: RateIndicator) => void;
  /** Region choices; the region filter is left out when no unit of the kind has a region. */
  regions: readonly RegionOption[];
  region: string | null;
  onRegion: (region: string | null) => void;
  flagCounts: Record<FlagRule, number>;
  flag: FlagRule | null;
  onFlag: (flag: FlagRule | null) => void;
  /** The unit search as typed; rows whose name does not contain it are hidden. */
  query: string;
  onQuery: (query: string) => void;
  /** Units the filters keep. */
  shown: number;
  onClear: () => void;
}

const ALL = '';

/** Indicator, region and flag: each a select whose value lives in the URL. */
export function RankingsToolbar(props: RankingsToolbarProps) {
  const t = useT('rankings');
  const f = useFormatters();
  const locale = useLocale();
  const id = useId();
  const withRegions = props.regions.some((r) => r.region !== null);
  const filtered = props.region !== null || props.flag !== null || props.query !== '';
  return (
    <div className="rankings-toolbar" role="group" aria-label={t('filter.label')}>
      <div className="field rankings-toolbar__search">
        <label htmlFor={`${id}-q`}>{t('filter.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={props.query}
          placeholder={t('filter.searchHint')}
          autoComplete="off"
          onChange={(e) => props.onQuery(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-indicator`}>{t('filter.indicator')}</label>
        <select
          id={`${id}-indicator`}
          value={props.indicator}
          onChange={(e) => props.onIndicator(e.target.value as RateIndicator)}
        >
          {RATE_INDICATORS.map((ind) => (
            <option key={ind} value={ind}>
              {t(`common:indicator.${ind}`)}
            </option>
          ))}
        </select>
      </div>
      {withRegions && (
        <div className="field">
          <label htmlFor={`${id}-region`}>{t('filter.region')}</label>
          <select
            id={`${id}-region`}
            value={props.region ?? ALL}
            onChange={(e) => props.onRegion(e.target.value === ALL ? null : e.target.value)}
          >
            <option value={ALL}>{t('filter.regionAll')}</option>
            {props.regions.map((r) => (
              <option key={r.key} value={r.key}>
                {t('filter.option', {
                  label:
                    r.region === null ? t('filter.regionNone') : isolate(r.region.name[locale]),
                  n: f.count(r.count),
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-flag`}>{t('filter.flag')}</label>
        <select
          id={`${id}-flag`}
          value={props.flag ?? ALL}
          onChange={(e) =>
            props.onFlag(e.target.value === ALL ? null : (e.target.value as FlagRule))
          }
        >
          <option value={ALL}>{t('filter.flagAll')}</option>
          {FLAG_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t('filter.option', {
                label: t(`common:flag.${rule}`),
                n: f.count(props.flagCounts[rule]),
              })}
            </option>
          ))}
        </select>
      </div>
      <p className="rankings-toolbar__count" aria-live="polite">
        {t('shown', { count: props.shown, n: f.count(props.shown) })}
      </p>
      {filtered && (
        <button type="button" className="button button--secondary" onClick={props.onClear}>
          {t('filter.clear')}
        </button>
      )}
    </div>
  );
}
