import type { LaterObservation } from '../../domain/periods';
import type { MonthIndex } from '../../domain/period';
import type { Registry } from '../../data/parse-registry';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { isolate } from '../../lib/isolate';
import { BidiText } from '../../components/bidi-text';
import { unitNames } from '../../domain/unit-names';
import { laterExtras } from '../../domain/later-extras';
import { useExtrasDocuments } from '../../data/use-extras-documents';
import { useDashboardData } from '../../hooks/dashboard-data';

/** At most this many are listed; the rest are counted (10,000 early feeds must not stall the page). */
const SHOWN = 100;

/**
 * Contract §2 ★: observations later than the period under review, set aside from every figure
 * (one feed published early, or with a mistyped year, never moves the dashboard); and the points
 * of national figures and the published rankings later than it, which no screen shows.
 */
export function LaterSection({
  later,
  period,
  registry,
}: {
  later: readonly LaterObservation[];
  period: MonthIndex;
  registry: Registry;
}) {
  const t = useT('data');
  const f = useFormatters();
  const locale = useLocale();
  // The period under review, not an earlier one a link asks for.
  const underReview = useDashboardData().underReview ?? period;
  const { national, rankings } = useExtrasDocuments(registry);
  const extras = laterExtras(national.data?.items ?? [], rankings.data?.items ?? [], underReview);
  if (later.length === 0 && extras.length === 0) return null;
  const names = unitNames(registry.units, locale);
  return (
    <section className="dh-later" aria-labelledby="dh-later-heading">
      <h2 id="dh-later-heading">{t('later.heading')}</h2>
      {later.length > 0 && (
        <>
          <p>{t('later.intro', { count: later.length, period: f.month(underReview) })}</p>
          <ul>
            {later.slice(0, SHOWN).map((o) => (
              <li key={`${o.unitId}|${o.period}`}>
                <BidiText
                  text={t('later.item', {
                    unit: isolate(names.get(o.unitId) ?? o.unitId),
                    period: f.month(o.period),
                  })}
                />
              </li>
            ))}
          </ul>
          {later.length > SHOWN && <p>{t('later.more', { count: later.length - SHOWN })}</p>}
        </>
      )}
      {extras.length > 0 && (
        <>
          <p>{t('later.extrasIntro', { count: extras.length, period: f.month(underReview) })}</p>
          <ul>
            {extras.slice(0, SHOWN).map((e) => (
              <li key={`${e.document}|${e.id}|${e.period}`}>
                <BidiText
                  text={t(`later.${e.document}`, {
                    name: isolate(e.name[locale]),
                    period: f.month(e.period),
                  })}
                />
              </li>
            ))}
          </ul>
          {extras.length > SHOWN && <p>{t('later.more', { count: extras.length - SHOWN })}</p>}
        </>
      )}
    </section>
  );
}
