import { useId } from 'react';
import { useT } from '../../i18n/use-locale';
import { useMyUnit } from './use-my-unit';

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
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M10 2.5l2.3 4.8 5.2.7-3.8 3.6.9 5.2L10 14.3l-4.6 2.5.9-5.2L2.5 8l5.2-.7L10 2.5z"
            fill={pressed ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1.6"
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
