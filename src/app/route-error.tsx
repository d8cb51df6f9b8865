import { useRouteError } from 'react-router';
import { useT } from '../i18n/use-locale';

/** A screen's code could not be loaded (offline, or a new release replaced it) or it threw. */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      error.message,
    )
  );
}

/**
 * The router's error element: what replaces a screen that failed to load or render. Never blank:
 * it says what happened and offers a reload (a fresh copy of the app).
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  return (
    <div className="state state--error unexpected-error unexpected-error--screen" role="alert">
      <h1>{t(chunk ? 'resilience.screenLoadError' : 'resilience.screenError')}</h1>
      <p>{t(chunk ? 'resilience.screenLoadHelp' : 'resilience.othersWork')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('resilience.reload')}
      </button>
    </div>
  );
}
