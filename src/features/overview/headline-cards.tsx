import type { IndicatorId } from '../../domain/indicators';
import type { HeadlineFigure } from '../../domain/overview-summary';
import type { UnitKind } from '../../domain/types';
import { HeadlineCard } from '../../components/headline-card/headline-card';
import { useT } from '../../i18n/use-locale';
import { ScopeCoverage } from './scope-coverage';

/**
 * One card per indicator the registry sets a target for, for the chosen scope. Before the first
 * figures, each card is given its indicator alone and keeps its place for them.
 */
export function HeadlineCards({
  figures,
  kind,
  names,
  provisional,
}: {
  figures: readonly (HeadlineFigure | IndicatorId)[];
  kind: UnitKind | null;
  names: ReadonlyMap<string, string>;
  provisional: boolean;
}) {
  const t = useT('overview');
  return (
    <section className="overview-cards" aria-labelledby="overview-cards">
      <h2 id="overview-cards">{t('cards.heading')}</h2>
      {figures.length === 0 ? (
        <p>{t('cards.noTargets')}</p>
      ) : (
        <div className="overview-cards__grid">
          {figures.map((a) =>
            typeof a === 'string' ? (
              <HeadlineCard key={a} figure={a} variant="screen" />
            ) : (
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
            ),
          )}
        </div>
      )}
    </section>
  );
}
