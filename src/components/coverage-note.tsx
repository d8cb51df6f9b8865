import { Link, useSearchParams } from 'react-router';
import type { Coverage } from '../domain/aggregate';
import { useLocale, useT } from '../i18n/use-locale';

const NAMED = 5;

/** "Based on 61 of 63 …" and which units are missing, linking to Data health. */
export function CoverageNote({
  coverage,
  names,
}: {
  coverage: Coverage;
  /** Unit names by id, in the view's language. */
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const locale = useLocale();
  const [search] = useSearchParams();
  const missing = coverage.missing.map((id) => names.get(id) ?? id);
  const shown = missing.slice(0, NAMED).join(', ');
  return (
    <p className="coverage">
      {t('coverage.basedOn', { reported: coverage.reported, total: coverage.total })}
      {missing.length > 0 && (
        <>
          {'. '}
          <Link to={{ pathname: '/data', search: search.toString() }} lang={locale}>
            {missing.length > NAMED
              ? t('coverage.missingMore', { names: shown, count: missing.length - NAMED })
              : t('coverage.missing', { names: shown })}
          </Link>
        </>
      )}
    </p>
  );
}
