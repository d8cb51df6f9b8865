import { useId, useMemo, useState } from 'react';
import {
  MAX_COMPARED_UNITS,
  withUnitAdded,
  withUnitRemoved,
  type CompareSelection,
} from '../../domain/compared-series';
import type { Region, Unit } from '../../domain/types';
import { useLocale, useT } from '../../i18n/use-locale';
import { searchUnits } from '../../lib/search-units';
import './compare-picker.css';
import { isolate } from '../../lib/isolate';
import { BidiText } from '../../components/bidi-text';

const SHOWN = 6;

/**
 * "So sánh với": the nation and the region as checkboxes, up to five units found by name (with or
 * without diacritics) and listed with a button to take each off the chart.
 */
export function ComparePicker({
  selection,
  onChange,
  units,
  nationalOffered,
  region,
  exclude,
}: {
  selection: CompareSelection;
  /** Given a change to apply to the latest selection: a second click may come before a re-render. */
  onChange: (change: (latest: CompareSelection) => CompareSelection) => void;
  units: readonly Unit[];
  /** Whether the nation can be added (not when the chart already shows it). */
  nationalOffered: boolean;
  /** The unit's region, offered as a checkbox; null when there is none to offer. */
  region: Region | null;
  /** The unit the chart is about: never offered again. */
  exclude?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [query, setQuery] = useState('');
  const full = selection.units.length >= MAX_COMPARED_UNITS;
  const matches = useMemo(
    () =>
      searchUnits(units, query).filter((u) => u.id !== exclude && !selection.units.includes(u.id)),
    [units, query, exclude, selection.units],
  );
  const nameOf = (unitId: string) => units.find((u) => u.id === unitId)?.name[locale] ?? unitId;
  const add = (unitId: string) => {
    if (full) return;
    onChange((latest) => withUnitAdded(latest, unitId));
    setQuery('');
  };

  return (
    <fieldset className="compare-picker">
      <legend>{t('compare.legend')}</legend>
      <div className="compare-picker__row">
        {nationalOffered && (
          <label className="compare-picker__check">
            <input
              type="checkbox"
              checked={selection.national}
              onChange={(e) => {
                const national = e.target.checked;
                onChange((latest) => ({ ...latest, national }));
              }}
            />
            {t('compare.national')}
          </label>
        )}
        {region !== null && (
          <label className="compare-picker__check">
            <input
              type="checkbox"
              checked={selection.region === region.id}
              onChange={(e) => {
                const chosen = e.target.checked ? region.id : null;
                onChange((latest) => ({ ...latest, region: chosen }));
              }}
            />
            <BidiText text={t('compare.region', { name: isolate(region.name[locale]) })} />
          </label>
        )}
      </div>
      {selection.units.length > 0 && (
        <ul className="compare-picker__chosen" aria-label={t('compare.chosen')}>
          {selection.units.map((u) => (
            <li key={u}>
              <bdi>{nameOf(u)}</bdi>
              <button
                type="button"
                aria-label={t('compare.remove', { name: isolate(nameOf(u)) })}
                onClick={() => onChange((latest) => withUnitRemoved(latest, u))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="compare-picker__search">
        <label htmlFor={`${id}-q`}>{t('compare.addUnit')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          disabled={full}
          autoComplete="off"
          placeholder={t('find.placeholder')}
          aria-describedby={`${id}-note`}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQuery('');
            if (e.key === 'Enter') {
              e.preventDefault();
              const first = matches[0];
              if (first) add(first.id);
            }
          }}
        />
        <p id={`${id}-note`} className="compare-picker__note" aria-live="polite">
          {full
            ? t('compare.full', { count: MAX_COMPARED_UNITS })
            : query.trim() !== ''
              ? t('find.count', { count: matches.length })
              : t('compare.upTo', { count: MAX_COMPARED_UNITS })}
        </p>
        {query.trim() !== '' && !full && matches.length > 0 && (
          <ul className="compare-picker__matches">
            {matches.slice(0, SHOWN).map((u) => (
              <li key={u.id}>
                <button type="button" onClick={() => add(u.id)}>
                  <BidiText text={t('compare.add', { name: isolate(u.name[locale]) })} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
