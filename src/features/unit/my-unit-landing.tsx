import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../components/page-state';
import { useDashboardData } from '../../hooks/dashboard-data';
import { markSessionStarted, readMyUnit, sessionStarted, writeMyUnit } from './my-unit-storage';

/** `?lang=vi` says how to show the start page, not which view: it does not stop the landing. */
function onlyLanguage(search: string): boolean {
  const params = new URLSearchParams(search);
  return [...params.keys()].every((key) => key === 'lang');
}

/**
 * On the index route: when the app is opened at `/` with no query string (or only `?lang=`) as the first page of a
 * browser session, and the user marked a unit as theirs, go to that unit's page instead of the
 * overview. Any later visit to `/` in the session (the navigation, the brand link, a reload) shows
 * the overview. A stored id the registry no longer lists is forgotten, and the overview shows.
 */
export function MyUnitLanding({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { registryQuery } = useDashboardData();
  // Decided once, on the first render: the router's first entry has the key "default"; a click
  // on a link to "/" does not. Read only here; the session is marked by the effect below.
  const [candidate] = useState(() =>
    location.key === 'default' &&
    location.pathname === '/' &&
    onlyLanguage(location.search) &&
    !sessionStarted()
      ? readMyUnit()
      : null,
  );
  const registry = registryQuery.data;
  const known = candidate !== null && registry?.units.some((u) => u.id === candidate) === true;
  const forgotten = candidate !== null && registry !== undefined && !known;

  useEffect(() => {
    markSessionStarted();
  }, []);
  useEffect(() => {
    if (forgotten) writeMyUnit(null);
  }, [forgotten]);

  if (candidate === null) return children;
  if (registryQuery.isPending) return <Loading />;
  if (known) {
    return (
      <Navigate
        to={{ pathname: `/units/${encodeURIComponent(candidate)}`, search: location.search }}
        replace
      />
    );
  }
  return children;
}
