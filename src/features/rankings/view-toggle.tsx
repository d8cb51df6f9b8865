import { useT } from '../../i18n/use-locale';

/** Chart or table: two toggle buttons; the choice lives in the URL (`show=chart`). */
export function ViewToggle({
  show,
  onShow,
}: {
  show: 'chart' | 'table';
  onShow: (show: 'chart' | 'table' | null) => void;
}) {
  const t = useT('rankings');
  return (
    <div className="chart-frame__tools view-toggle" role="group" aria-label={t('bars.view')}>
      <button
        type="button"
        className="toggle"
        aria-pressed={show === 'chart'}
        onClick={() => onShow('chart')}
      >
        {t('bars.chart')}
      </button>
      <button
        type="button"
        className="toggle"
        aria-pressed={show === 'table'}
        onClick={() => onShow(null)}
      >
        {t('bars.table')}
      </button>
    </div>
  );
}
