import type { HeadlineFigure } from '../../domain/overview-summary';
import type { UnitKind } from '../../domain/types';
import { HeadlineCard } from '../../components/headline-card/headline-card';
import { useT } from '../../i18n/use-locale';
import { ScopeCoverage } from './scope-coverage';

/** One card per indicator the registry sets a target for, for the chosen scope. */
export function HeadlineCards({
  aggregates,
  kind,
  names,
  provisional,
}: {
  aggregates: readonly HeadlineFigure[];
  kind: UnitKind | null;
  names: ReadonlyMap<string, string>;
  provisional: boolean;
}) {
  const t = useT('overview');
  return (
    <section className="overview-cards" aria-labelledby="overview-cards">
      <h2 id="overview-cards">{t('cards.heading')}</h2>
      {aggregates.length === 0 ? (
        <p>{t('cards.noTargets')}</p>
      ) : (
        <div className="overview-cards__grid">
          {aggregates.map((a) => (
            <HeadlineCard
              key={a.indicator}
              figure={a}
              variant="screen"
              provisionalTag={
                provisional && <span className="tag tag--provisional">{t('provisionalTag')}</span>
              }
              coverage={
                <ScopeCoverage
                  coverage={a.coverage}
                  kind={kind}
                  names={names}
                  provisional={provisional}
                />
              }
            />
          ))}
        </div>
      )}
    </section>
  );
}
