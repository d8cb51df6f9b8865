import { useId } from 'react';
import type { NationalFigure, PublishedRanking } from '../../data/parse-extras';
import type { MonthIndex } from '../../domain/period';
import { publishedUpTo } from '../../domain/later-extras';
import { rankingStanding, rankingTop, summarizeFigure } from '../../domain/national-extras';
import { useDashboardData } from '../../hooks/dashboard-data';
import type { UnitKind } from '../../domain/types';
import { useFormatters, useLocale, useT } from '../../i18n/use-locale';
import { formatFigureChange, formatFigureValue } from './extra-format';
import { useChosenUnit, useNationalExtras } from './use-national-extras';
import { isolate } from '../../lib/isolate';
import { BidiText } from '../../components/bidi-text';

const TOP = 8;

function FigureCard({ figure, period }: { figure: NationalFigure; period: MonthIndex }) {
  const t = useT('overview');
  const f = useFormatters();
  const locale = useLocale();
  const id = useId();
  const s = summarizeFigure(figure, period);
  if (s.latest === null) return null;
  const isRank = figure.unit === 'rank';
  const value = isRank
    ? figure.of === null
      ? t('extras.rankPlain', { value: f.count(s.latest.value) })
      : t('extras.rank', { value: f.count(s.latest.value), of: f.count(figure.of) })
    : formatFigureValue(figure.unit, s.latest.value, f);

  let change: string | null = null;
  if (s.previous !== null && s.change !== null) {
    const since = f.month(s.previous.period);
    if (isRank) {
      change =
        s.direction === 'same'
          ? t('extras.same', { period: since })
          : t(s.direction === 'better' ? 'extras.rankBetter' : 'extras.rankWorse', {
              count: s.change,
              period: since,
            });
    } else {
      change =
        s.movement === 'same'
          ? t('extras.same', { period: since })
          : t(s.movement === 'up' ? 'extras.better' : 'extras.worse', {
              value: formatFigureChange(figure.unit, s.change, f),
              period: since,
            });
    }
  }

  let target: string | null = null;
  if (figure.target !== null && s.toTarget !== null) {
    const deadline = f.month(figure.target.deadline);
    const head = isRank
      ? t('extras.targetRank', { value: f.count(figure.target.value), deadline })
      : t('extras.target', {
          value: formatFigureValue(figure.unit, figure.target.value, f),
          deadline,
        });
    const rest = s.targetMet
      ? t('extras.met')
      : isRank
        ? t('extras.toGoRank', { count: s.toTarget })
        : t('extras.toGo', { value: formatFigureChange(figure.unit, s.toTarget, f) });
    target = `${head} — ${rest}`;
  }

  return (
    <section className="kpi-card kpi-card--extra" aria-labelledby={id}>
      <h3 id={id} className="kpi-card__title">
        {figure.name[locale]}
      </h3>
      <p className="kpi-card__value kpi-card__value--extra">{value}</p>
      <p className="kpi-card__period">{t('extras.period', { period: f.month(s.latest.period) })}</p>
      {change && <p className="kpi-card__change">{change}</p>}
      {target && <p className="kpi-card__target">{target}</p>}
    </section>
  );
}

function RankingCard({
  ranking,
  names,
  candidates,
}: {
  ranking: PublishedRanking;
  names: ReadonlyMap<string, string>;
  candidates: readonly { id: string; name: string }[];
}) {
  const t = useT('overview');
  const f = useFormatters();
  const locale = useLocale();
  const id = useId();
  const selectId = useId();
  const [chosen, choose] = useChosenUnit();
  const top = rankingTop(ranking.order, TOP);
  const inThisKind = chosen !== null && candidates.some((c) => c.id === chosen);
  const standing = inThisKind ? rankingStanding(ranking.order, chosen) : null;
  const chosenName = chosen === null ? '' : isolate(names.get(chosen) ?? chosen);
  return (
    <section className="kpi-card ranking-card" aria-labelledby={id}>
      <h3 id={id} className="kpi-card__title">
        {ranking.name[locale]}
      </h3>
      <p className="kpi-card__period">
        {t('extras.published', { period: f.month(ranking.period) })}
      </p>
      <p className="ranking-card__top">{t('extras.top', { count: top.length })}</p>
      <ol className="ranking-card__list">
        {top.map((r) => (
          <li key={r.id}>{names.get(r.id) ?? r.id}</li>
        ))}
      </ol>
      <div className="field">
        <label htmlFor={selectId}>{t('extras.find')}</label>
        <select
          id={selectId}
          value={inThisKind ? chosen : ''}
          onChange={(e) => choose(e.target.value || null)}
        >
          <option value="">{t('extras.choose')}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {inThisKind && (
        <p className="ranking-card__standing" aria-live="polite">
          <BidiText
            text={
              standing
                ? t('extras.standing', {
                    name: chosenName,
                    position: standing.position,
                    of: standing.of,
                  })
                : t('extras.notRanked', { name: chosenName })
            }
          />
        </p>
      )}
    </section>
  );
}

/**
 * National headline figures and published rankings, when the registry names them. Absent:
 * nothing; failed: a short note; never breaks the page.
 */
export function NationalExtras({
  period,
  kind,
  names,
  unitsByKind,
}: {
  period: MonthIndex;
  kind: UnitKind | null;
  names: ReadonlyMap<string, string>;
  unitsByKind: Readonly<Record<UnitKind, readonly { id: string; name: string }[]>>;
}) {
  const t = useT('overview');
  const { national, rankings } = useNationalExtras();
  const { underReview } = useDashboardData();
  if (national.absent && rankings.absent) return null;
  const figures = national.items;
  const shownRankings = publishedUpTo(rankings.items, underReview).filter(
    (r) => kind === null || r.kind === kind,
  );
  if (figures.length === 0 && shownRankings.length === 0 && !national.failed && !rankings.failed)
    return null;
  return (
    <section className="national-extras" aria-labelledby="overview-extras">
      <h2 id="overview-extras">{t('extras.heading')}</h2>
      {national.failed && <p className="note">{t('extras.failed')}</p>}
      {figures.length > 0 && (
        <div className="overview-cards__grid">
          {figures.map((figure) => (
            <FigureCard key={figure.id} figure={figure} period={period} />
          ))}
        </div>
      )}
      {rankings.failed && <p className="note">{t('extras.rankingsFailed')}</p>}
      {shownRankings.length > 0 && (
        <>
          <h2 className="national-extras__rankings">{t('extras.rankings')}</h2>
          <div className="ranking-grid">
            {shownRankings.map((r) => (
              <RankingCard key={r.id} ranking={r} names={names} candidates={unitsByKind[r.kind]} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
