import { Link } from 'react-router';
import type { Neighbour, NeighbourResult } from '../../domain/neighbours';
import type { MonthIndex } from '../../domain/period';
import type { UnitKind } from '../../domain/types';
import { useViewLink } from '../../hooks/use-view-link';
import { useFormatters, useT } from '../../i18n/use-locale';
import { isolate } from '../../lib/isolate';
import { BidiText } from '../../components/bidi-text';

type Position = 'above' | 'tied' | 'below' | 'self';

/** The units just above and below in the ranking, with their values and the gap to this unit. */
export function NeighboursTable({
  unitId,
  kind,
  neighbours,
  nameOf,
  period,
}: {
  unitId: string;
  kind: UnitKind;
  neighbours: NeighbourResult;
  nameOf: (id: string) => string;
  period: MonthIndex;
}) {
  const t = useT('unit');
  const f = useFormatters();
  const link = useViewLink();
  const self = nameOf(unitId);
  const selfIsolated = isolate(self);
  const kindPlural = t(`common:kind.${kind}_plural`);
  const rankings = kind === 'province' ? '/rankings/provinces' : '/rankings/ministries';

  if (!neighbours.ranked) {
    return (
      <>
        <p>{t('neighbours.unranked')}</p>
        <p>
          <Link to={{ pathname: rankings, search: link() }}>{t('neighbours.rankings')}</Link>
        </p>
      </>
    );
  }

  const names = (list: readonly Neighbour[]) => list.map((n) => isolate(nameOf(n.id))).join(', ');
  const up = neighbours.nextUp[0];
  const down = neighbours.nextDown[0];
  const rows: { position: Position; neighbour: Neighbour | null }[] = [
    ...neighbours.above.map((n) => ({ position: 'above' as const, neighbour: n })),
    { position: 'self', neighbour: null },
    ...neighbours.tied.map((n) => ({ position: 'tied' as const, neighbour: n })),
    ...neighbours.below.map((n) => ({ position: 'below' as const, neighbour: n })),
  ];

  return (
    <>
      <ul className="neighbour-summary">
        <li>
          <BidiText
            text={
              up
                ? t('neighbours.nextUp', {
                    gap: f.points(up.distance, false),
                    names: names(neighbours.nextUp),
                    rank: up.rank,
                  })
                : t('neighbours.first', { kind: kindPlural })
            }
          />
        </li>
        <li>
          <BidiText
            text={
              down
                ? t('neighbours.nextDown', {
                    gap: f.points(down.distance, false),
                    names: names(neighbours.nextDown),
                    rank: down.rank,
                  })
                : neighbours.tied.length === 0 && neighbours.above.length === 0
                  ? t('neighbours.none')
                  : t('neighbours.last', { kind: kindPlural })
            }
          />
        </li>
      </ul>
      <div className="table-wrap neighbours-wrap">
        <table className="table neighbours">
          <caption>
            <BidiText
              text={t('neighbours.caption', { name: selfIsolated, period: f.month(period) })}
            />
          </caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('neighbours.rank')}
              </th>
              <th scope="col">{t('neighbours.unit')}</th>
              <th scope="col" className="num">
                {t('neighbours.value')}
              </th>
              <th scope="col" className="num">
                <BidiText text={t('neighbours.gap', { name: selfIsolated })} />
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ position, neighbour }) =>
              neighbour === null ? (
                <tr key={unitId} className="neighbours__self">
                  <td className="num">{neighbours.rank}</td>
                  <th scope="row">
                    <bdi>{self}</bdi>
                    <span className="neighbours__position">{t('neighbours.self')}</span>
                  </th>
                  <td className="num">{f.percentTenths(neighbours.tenths)}</td>
                  <td className="num">–</td>
                </tr>
              ) : (
                <tr key={neighbour.id}>
                  <td className="num">{neighbour.rank}</td>
                  <th scope="row">
                    <Link
                      to={{
                        pathname: `/units/${encodeURIComponent(neighbour.id)}`,
                        search: link(),
                      }}
                    >
                      <bdi>{nameOf(neighbour.id)}</bdi>
                    </Link>
                    <span className="neighbours__position">{t(`neighbours.${position}`)}</span>
                  </th>
                  <td className="num">{f.percentTenths(neighbour.tenths)}</td>
                  <td className="num">{f.points(neighbour.gap)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      <p>
        <Link to={{ pathname: rankings, search: link() }}>{t('neighbours.rankings')}</Link>
      </p>
    </>
  );
}
