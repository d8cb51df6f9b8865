import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { PanelBoundary, ScreenBoundary } from '../components/error-boundary';
import { ErrorState } from '../components/page-state';
import { PeriodSelect } from '../components/period-select';
import { describeFailure } from '../data/describe-failure';
import { FeedBanner } from '../components/feed-banner';
import { SnapshotBanner } from '../components/snapshot-banner';
import { useDashboardData } from '../hooks/dashboard-data';
import { useViewLink } from '../hooks/use-view-link';
import { useViewState } from '../hooks/use-view-state';
import { useLocale, useT } from '../i18n/use-locale';
import { withView } from '../lib/view-state';

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

export function Layout() {
  const t = useT();
  const locale = useLocale();
  const link = useViewLink();
  const [, update] = useViewState();
  const { periods, period, registryQuery } = useDashboardData();
  const { pathname, search } = useLocation();
  // A saved registry keeps the dashboard up when the live one fails; only with none is it an error.
  const noRegistry = registryQuery.data === undefined;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="masthead">
        <div className="masthead__inner">
          <Link to={{ pathname: '/', search: link() }} className="brand">
            <span className="brand__emblem" aria-hidden="true" />
            <span>
              <span className="brand__title">{t('app.title')}</span>
              <span className="brand__subtitle">{t('app.subtitle')}</span>
            </span>
          </Link>
          <div className="masthead__tools">
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
        <SnapshotBanner />
        <FeedBanner />
      </PanelBoundary>
      <main id="main" className="main" tabIndex={-1}>
        {noRegistry && registryQuery.isError ? (
          <ErrorState title={t('state.error')} onRetry={() => void registryQuery.refetch()}>
            <p>{t('startup.registry', { detail: describeFailure(registryQuery.error) })}</p>
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
