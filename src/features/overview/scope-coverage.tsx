import { Link } from 'react-router';
import type { Coverage } from '../../domain/aggregate';
import { firstAndRest } from '../../domain/overview-summary';
import type { UnitKind } from '../../domain/types';
import { useViewLink } from '../../hooks/use-view-link';
import { useT } from '../../i18n/use-locale';
import { isolate } from '../../lib/isolate';
import { BidiText } from '../../components/bidi-text';

const NAMED = 5;

/**
 * "Tính trên 61/63 tỉnh, thành phố" and which units are missing, linking to Data health. While
 * feeds still load, the missing units are not named: they may only be late.
 */
export function ScopeCoverage({
  coverage,
  kind,
  names,
  provisional,
}: {
  coverage: Coverage;
  kind: UnitKind | null;
  names: ReadonlyMap<string, string>;
  provisional: boolean;
}) {
  const t = useT('overview');
  const link = useViewLink();
  const based =
    kind === null
      ? t('common:coverage.basedOn', { reported: coverage.reported, total: coverage.total })
      : t('common:coverage.basedOnKind', {
          reported: coverage.reported,
          total: coverage.total,
          kind: t(`common:kind.${kind}_plural`),
        });
  const { shown, rest } = firstAndRest(coverage.missing, NAMED);
  const missing = shown.map((id) => isolate(names.get(id) ?? id)).join(', ');
  return (
    <p className="coverage">
      {based}
      {provisional && ` (${t('coverage.provisional')})`}
      {!provisional && coverage.missing.length > 0 && (
        <>
          {'. '}
          <Link to={{ pathname: '/data', search: link() }}>
            <BidiText
              text={
                rest > 0
                  ? t('common:coverage.missingMore', { names: missing, count: rest })
                  : t('common:coverage.missing', { names: missing })
              }
            />
          </Link>
        </>
      )}
    </p>
  );
}
