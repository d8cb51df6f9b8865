import { useId, useMemo, useState } from 'react';
import { nameComparator } from '../../domain/ranking-sort';
import { UNIT_KINDS, type Unit } from '../../domain/types';
import { useLocale, useT } from '../../i18n/use-locale';
import { DeckButton } from './deck-button';
import { isolate } from '../../lib/isolate';

/**
 * The presenter's pick: the units called to report at the meeting, each given a slide of its own
 * at the end of the deck. Kept in the URL (`pick`), so the prepared deck is a link to share.
 */
export function PickEditor({
  units,
  pick,
  onPick,
}: {
  units: readonly Unit[];
  pick: readonly string[];
  onPick: (pick: string[]) => void;
}) {
  const t = useT('present');
  const locale = useLocale();
  const headingId = useId();
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const groups = useMemo(() => {
    const compare = nameComparator(locale);
    return UNIT_KINDS.map((kind) => ({
      kind,
      units: units
        .filter((u) => u.kind === kind)
        .sort((a, b) => compare(a.name[locale], b.name[locale])),
    })).filter((g) => g.units.length > 0);
  }, [units, locale]);

  const add = () => {
    if (choice === '' || pick.includes(choice)) return;
    onPick([...pick, choice]);
    setChoice('');
  };

  return (
    <section className="pick" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('pick.title')}</h2>
      <p>{t('pick.help')}</p>
      <div className="pick__add">
        <label htmlFor={selectId}>{t('pick.label')}</label>
        <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('pick.choose')}</option>
          {groups.map((g) => (
            <optgroup key={g.kind} label={t(`common:kind.${g.kind}`)}>
              {g.units.map((u) => (
                <option key={u.id} value={u.id} disabled={pick.includes(u.id)}>
                  {u.name[locale]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <DeckButton onPress={add} disabled={choice === ''}>
          {t('pick.add')}
        </DeckButton>
      </div>
      {pick.length === 0 ? (
        <p>{t('pick.none')}</p>
      ) : (
        <ol className="pick__list">
          {pick.map((id) => {
            const name = byId.get(id)?.name[locale] ?? id;
            return (
              <li key={id}>
                <bdi>{name}</bdi>{' '}
                <DeckButton
                  onPress={() => onPick(pick.filter((p) => p !== id))}
                  aria-label={t('pick.remove', { name: isolate(name) })}
                >
                  {t('pick.removeShort')}
                </DeckButton>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
