import { Star } from '../components/star';
import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import type { Locale } from '../data/schemas/config-schema';
import type { Unit } from '../domain/types';
import { Link, NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { PanelBoundary, ScreenBoundary } from '../components/error-boundary';
import { ErrorState } from '../components/page-state';
import { PeriodSelect } from '../components/period-select';
import { failureStatus } from '../data/feed-status';
import { feedStatusText } from '../data/feed-status-text';
import { FeedBanner } from '../components/feed-banner';
import { SnapshotBanner } from '../components/snapshot-banner';
import { useDashboardData } from '../hooks/dashboard-data';
import { useViewLink } from '../hooks/use-view-link';
import { useViewState } from '../hooks/use-view-state';
import { useFormatters, useLocale, useT } from '../i18n/use-locale';
import { targetsLine } from '../components/targets-line';
import { withView } from '../lib/view-state';
import { UnitSearch } from '../components/unit-search';
import { MyUnitLink } from '../features/unit/my-unit-link';
import './masthead.css';
import { isolate } from '../lib/isolate';

const NAV = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/rankings/provinces', key: 'nav.provinces', end: false },
  { to: '/rankings/ministries', key: 'nav.ministries', end: false },
  { to: '/laggards', key: 'nav.laggards', end: false },
  { to: '/data', key: 'nav.data', end: false },
] as const;

function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const { pathname } = useLocation();
  const [search] = useSearchParams();
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <Link
      className="lang-switch"
      to={{ pathname, search: withView(search, { lang: other }).toString() }}
      lang={other}
      hrefLang={other}
    >
      {t('language.switchTo')}
    </Link>
  );
}

const NO_UNITS: readonly Unit[] = [];

/** What the page title names: the screen, or the unit on a unit's page. */
function screenName(
  pathname: string,
  units: readonly Unit[],
  locale: Locale,
  t: TFunction,
): string | null {
  const unit = /^\/units\/([^/]+)$/.exec(pathname);
  if (unit) {
    const id = decodeURIComponent(unit[1]!);
    return isolate(units.find((u) => u.id === id)?.name[locale] ?? id);
  }
  const item = NAV.find((n) => (n.end ? pathname === n.to : pathname.startsWith(n.to)));
  return item ? t(item.key) : null;
}

export function Layout() {
  const t = useT();
  const locale = useLocale();
  const link = useViewLink();
  const [, update] = useViewState();
  const { periods, period, registryQuery } = useDashboardData();
  const { pathname, search } = useLocation();
  // A saved registry keeps the dashboard up when the live one fails; only with none is it an error.
  const noRegistry = registryQuery.data === undefined;
  const f = useFormatters();
  const targets =
    registryQuery.data && period !== null
      ? targetsLine(registryQuery.data.targets, period, t, f)
      : null;

  const units = registryQuery.data?.units ?? NO_UNITS;
  const screen = screenName(pathname, units, locale, t);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = screen === null ? t('app.title') : `${screen} — ${t('app.title')}`;
  }, [locale, t, screen]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="masthead">
        <div className="masthead__inner">
          <Link to={{ pathname: '/', search: link() }} className="brand">
            <span className="brand__emblem" aria-hidden="true">
              <Star className="brand__star" />
            </span>
            <span>
              <span className="brand__title">{t('app.title')}</span>
              <span className="brand__subtitle">{targets ?? t('app.subtitle')}</span>
            </span>
          </Link>
          <div className="masthead__tools">
            <MyUnitLink units={units} />
            <UnitSearch units={units} />
            <PeriodSelect
              periods={periods}
              value={period}
              onChange={(p) => update({ period: p })}
            />
            <LanguageSwitch />
            <Link
              className="lang-switch"
              to={{ pathname: '/present', search: link() }}
              state={{ from: `${pathname}${search}` }}
            >
              {t('nav.present')}
            </Link>
          </div>
        </div>
        <nav className="nav" aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={{ pathname: item.to, search: link() }} end={item.end}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <PanelBoundary>
        <FeedBanner />
      </PanelBoundary>
      <main id="main" className="main" tabIndex={-1}>
        {/* Inside the main box, not above it: the box is there from the first frame (its
            loading line), and a banner above it would push it down when a snapshot arrives. */}
        <PanelBoundary>
          <SnapshotBanner />
        </PanelBoundary>
        {noRegistry && registryQuery.isError ? (
          <ErrorState title={t('state.error')} onRetry={() => void registryQuery.refetch()}>
            <p>
              {t('startup.registry', {
                detail: feedStatusText(failureStatus(registryQuery.error), t),
              })}
            </p>
          </ErrorState>
        ) : noRegistry && registryQuery.isPaused ? (
          <ErrorState title={t('resilience.offlineTitle')}>
            <p>{t('resilience.offlineNoRegistry')}</p>
          </ErrorState>
        ) : (
          <ScreenBoundary resetKey={pathname}>
            <Outlet />
          </ScreenBoundary>
        )}
      </main>
    </div>
  );
}
