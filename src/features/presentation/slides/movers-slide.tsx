import { useId } from 'react';
import { Trans } from 'react-i18next';
import { rankMovers, type MoverList, type Movers } from '../../../domain/movers';
import type { MonthIndex } from '../../../domain/period';
import { UNIT_KINDS, type UnitKind } from '../../../domain/types';
import { useFormatters, useLocale, useT } from '../../../i18n/use-locale';
import type { FrozenData } from '../frozen-data';
import { SlideFrame, type FrameProps } from '../slide-frame';
import { DECK_INDICATOR } from '../slide-title';
import { RankArrow, RankChangeMark } from '../../../components/rank-change-mark';
import { LineIcon } from '../../../components/line-icon';
import { ARROW_PATHS } from '../../../components/icon-paths';

const PER_LIST = 3;

/** "→" drawn (the page's font has none), said as the word "to". */
function ArrowTo({ words }: { words: string }) {
  return (
    <>
      <LineIcon className="mover__arrow" d={ARROW_PATHS.right} />
      <span className="visually-hidden">{words}</span>
    </>
  );
}

function MoverSection({
  list,
  direction,
  kind,
}: {
  list: MoverList;
  direction: 'up' | 'down';
  kind: UnitKind;
}) {
  const t = useT('present');
  const f = useFormatters();
  const locale = useLocale();
  const id = useId();
  const last = list.movers[list.movers.length - 1];
  return (
    <section className={`movers__section movers__section--${direction}`} aria-labelledby={id}>
      <h3 id={id} className="movers__heading">
        <RankArrow direction={direction} /> {t(`movers.${direction}`)}
      </h3>
      {list.movers.length === 0 ? (
        <p className="movers__none">{t(`movers.none-${direction}`)}</p>
      ) : (
        <ol className="movers__list">
          {list.movers.map((m) => (
            <li key={m.unit.id} className="mover">
              <span className="mover__places">
                <RankChangeMark change={m.places} />
                <span className="visually-hidden">
                  {t(`move.${direction}`, { places: f.count(m.distance) })}
                </span>
              </span>
              <bdi className="mover__name">{m.unit.name[locale]}</bdi>
              <span className="mover__detail">
                <Trans
                  t={t}
                  i18nKey="movers.detail"
                  values={{
                    previousRank: m.previousRank,
                    rank: m.rank,
                    previous: f.percentTenths(m.previousTenths),
                    value: f.percentTenths(m.tenths),
                    change: f.points(m.change),
                  }}
                  components={{ to: <ArrowTo words={t('movers.to')} /> }}
                />
              </span>
            </li>
          ))}
        </ol>
      )}
      {last !== undefined && list.tiedBeyond > 0 && (
        <p className="movers__tied">
          {t(`movers.tied-${direction}`, {
            count: list.tiedBeyond,
            places: f.count(last.distance),
            kind: t(`common:kind.${kind}_plural`),
          })}
        </p>
      )}
    </section>
  );
}

function KindMovers({ movers, since }: { movers: Movers; since: MonthIndex }) {
  const t = useT('present');
  const f = useFormatters();
  const id = useId();
  return (
    <section className="movers__kind" aria-labelledby={id}>
      <h2 className="movers__kind-title" id={id}>
        {t(`common:kind.${movers.kind}`)}
      </h2>
      {movers.compared === 0 ? (
        <p className="movers__none">{t('movers.noComparison', { since: f.month(since) })}</p>
      ) : (
        <>
          <MoverSection list={movers.up} direction="up" kind={movers.kind} />
          <MoverSection list={movers.down} direction="down" kind={movers.kind} />
        </>
      )}
    </section>
  );
}

/**
 * Who moved most in the level-4 ranking since the previous period, up and down, for each kind
 * (ranks are within a kind); units without a value in either month are counted, not ranked.
 */
export function MoversSlide({
  data,
  frame,
  since,
}: {
  data: FrozenData;
  frame: FrameProps;
  since: MonthIndex;
}) {
  const t = useT('present');
  const f = useFormatters();
  const { model } = data;
  const kinds = UNIT_KINDS.filter((k) => model.scopes.includes(k));
  const all = kinds.map((kind) => rankMovers(model, kind, DECK_INDICATOR, PER_LIST));
  const note = all
    .map((m) =>
      m.notCompared > 0
        ? t('movers.notCompared', {
            count: m.notCompared,
            kind: t(`common:kind.${m.kind}_plural`),
            since: f.month(since),
            period: f.month(model.period),
          })
        : null,
    )
    .filter((s) => s !== null)
    .join(' · ');
  return (
    <SlideFrame {...frame} note={note}>
      <div className={`movers movers--${all.length}`}>
        {all.map((m) => (
          <KindMovers key={m.kind} movers={m} since={since} />
        ))}
      </div>
    </SlideFrame>
  );
}
