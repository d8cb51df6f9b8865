import type { Flag } from '../domain/laggards';
import { useFormatters, useT } from '../i18n/use-locale';
import { flagReason } from './flag-reason';

/** A unit's laggard flags; each chip names the rule and (as its title) gives the numbers. */
export function FlagChips({
  flags,
  withReasons = false,
}: {
  flags: readonly Flag[];
  withReasons?: boolean;
}) {
  const t = useT();
  const f = useFormatters();
  if (flags.length === 0) return null;
  if (withReasons) {
    return (
      <ul className="flag-list">
        {flags.map((flag) => (
          <li key={flag.rule}>
            <span className={`chip chip--${flag.rule}`}>{t(`flag.${flag.rule}`)}</span>{' '}
            <span className="flag-list__reason">{flagReason(flag, t, f)}</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="chips" aria-label={t('nav.laggards')}>
      {flags.map((flag) => (
        <li key={flag.rule} className={`chip chip--${flag.rule}`} title={flagReason(flag, t, f)}>
          {t(`flag.${flag.rule}`)}
        </li>
      ))}
    </ul>
  );
}
