import type { TFunction } from 'i18next';
import type { Flag } from '../domain/laggards';
import type { Formatters } from '../i18n/format';

/** A laggard flag's reason in numbers, in the view's language. */
export function flagReason(flag: Flag, t: TFunction, f: Formatters): string {
  switch (flag.rule) {
    case 'off-track':
      return flag.requiredPace === null
        ? t('reason.off-track-no-pace', {
            value: f.percent(flag.value),
            deadline: f.month(flag.deadline),
            target: f.target(flag.target),
          })
        : t('reason.off-track', {
            value: f.percent(flag.value),
            slope: f.pointsPerMonth(flag.slope),
            projection: f.percent(flag.projection),
            deadline: f.month(flag.deadline),
            target: f.target(flag.target),
            pace: f.pointsPerMonth(flag.requiredPace),
          });
    case 'stalled':
      return t('reason.stalled', {
        value: f.percent(flag.value),
        earlierValue: f.percent(flag.earlierValue),
        earlierPeriod: f.month(flag.earlierPeriod),
        gain: f.points(flag.gain),
        threshold: f.points(flag.minGain, false),
        target: f.target(flag.target),
      });
    case 'no-platform':
      return t('reason.no-platform', {
        stage: t(`lgsp.${flag.stage}`),
        deadline: f.month(flag.deadline),
      });
    case 'no-soc':
      return t('reason.no-soc', { deadline: f.month(flag.deadline) });
    case 'bottom-decile':
      // Counts through `f`, like every other number here, so a file's texts write them its way.
      return t('reason.bottom-decile', {
        rank: f.count(flag.rank),
        ranked: f.count(flag.ranked),
        k: f.count(flag.k),
        value: f.percentTenths(flag.tenths),
        cutoff: f.percentTenths(flag.cutoffTenths),
      });
    case 'stale-feed':
      if (flag.cause === 'old') {
        return t('reason.stale-feed-old', {
          newest: f.month(flag.newestPeriod),
          months: flag.monthsBehind,
        });
      }
      return t(`reason.stale-feed-${flag.cause}`);
  }
}
