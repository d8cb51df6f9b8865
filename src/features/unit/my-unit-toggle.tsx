import { useId } from 'react';
import { useT } from '../../i18n/use-locale';
import { useMyUnit } from './use-my-unit';
import { STAR_PATH } from '../../lib/star-path';

/** "Đơn vị của tôi": marks this unit as the one the dashboard opens on next time. */
export function MyUnitToggle({ unitId }: { unitId: string }) {
  const t = useT('unit');
  const hintId = useId();
  const [mine, setMine] = useMyUnit();
  const pressed = mine === unitId;
  return (
    <div className="my-unit">
      <button
        type="button"
        className="toggle my-unit__button"
        aria-pressed={pressed}
        aria-describedby={hintId}
        onClick={() => setMine(pressed ? null : unitId)}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d={STAR_PATH}
            fill={pressed ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1.9"
            strokeLinejoin="round"
          />
        </svg>
        {t('myUnit.toggle')}
      </button>
      <p id={hintId} className="my-unit__hint">
        {t(pressed ? 'myUnit.on' : 'myUnit.off')}
      </p>
    </div>
  );
}
