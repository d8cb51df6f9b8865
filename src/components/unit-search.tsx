import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Unit } from '../domain/types';
import { useViewLink } from '../hooks/use-view-link';
import { useLocale, useT } from '../i18n/use-locale';
import { searchUnits } from '../lib/search-units';
import './unit-search.css';

const SHOWN = 8;

/**
 * "Tìm đơn vị": type part of a name with or without diacritics ("ha tinh" finds Hà Tĩnh); the
 * matching units are listed as links under the box, and Enter opens the first.
 */
export function UnitSearch({ units }: { units: readonly Unit[] }) {
  const t = useT();
  const locale = useLocale();
  const link = useViewLink();
  const navigate = useNavigate();
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchUnits(units, query), [units, query]);
  const typed = query.trim() !== '';
  const hrefOf = (u: Unit) => ({ pathname: `/units/${encodeURIComponent(u.id)}`, search: link() });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const first = matches[0];
    if (!first) return;
    setQuery('');
    void navigate(hrefOf(first));
  };

  return (
    <form className="unit-search" role="search" onSubmit={onSubmit}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('find.label')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        className="unit-search__input"
        placeholder={t('find.placeholder')}
        value={query}
        autoComplete="off"
        aria-describedby={`${id}-count`}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <p id={`${id}-count`} className="visually-hidden" aria-live="polite">
        {typed ? t('find.count', { count: matches.length }) : ''}
      </p>
      {typed && (
        <div className="unit-search__results">
          {matches.length === 0 ? (
            <p className="unit-search__none">{t('find.none')}</p>
          ) : (
            <ul>
              {matches.slice(0, SHOWN).map((u) => (
                <li key={u.id}>
                  <Link to={hrefOf(u)} onClick={() => setQuery('')}>
                    {u.name[locale]}
                  </Link>
                </li>
              ))}
              {matches.length > SHOWN && (
                <li className="unit-search__more">
                  {t('find.more', { count: matches.length - SHOWN })}
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
