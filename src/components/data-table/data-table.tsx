import { Link } from 'react-router';
import { useViewLink } from '../../hooks/use-view-link';
import { useFormatters, useT } from '../../i18n/use-locale';
import { isNumericKind, type TableSpec } from '../../lib/table-spec';
import { formatCell } from './format-cell';
import { VALUE_STATE_KEY } from '../../export/table-rows';
import { BidiText } from '../bidi-text';
import { RankChangeMark } from '../rank-change-mark';

/** "▲ 2" with the arrow drawn, said as words ("up 2"). */
function RankChangeCell({ change }: { change: number }) {
  const t = useT();
  const f = useFormatters();
  return (
    <>
      <RankChangeMark change={change} />
      <span className="visually-hidden">
        {t(change > 0 ? 'rankChange.up' : 'rankChange.down', {
          places: f.count(Math.abs(change)),
        })}
      </span>
    </>
  );
}

/** A real <table> with a caption, from a table spec; unit names link to the unit's page. */
export function DataTable({ spec }: { spec: TableSpec }) {
  const t = useT();
  const f = useFormatters();
  const link = useViewLink();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>
          <BidiText text={spec.caption} />
        </caption>
        <thead>
          <tr>
            {spec.columns.map((c) => (
              <th key={c.key} scope="col" className={isNumericKind(c.kind) ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row, i) => (
            <tr key={row.unitId ?? i}>
              {spec.columns.map((c, j) => {
                const text = formatCell(
                  c,
                  row.cells[c.key] ?? null,
                  t,
                  f,
                  row.cells[VALUE_STATE_KEY],
                );
                if (j === 0) {
                  return (
                    <th key={c.key} scope="row">
                      {c.kind === 'unit' && row.unitId ? (
                        <Link
                          to={{
                            pathname: `/units/${encodeURIComponent(row.unitId)}`,
                            search: link(),
                          }}
                        >
                          <BidiText text={text} />
                        </Link>
                      ) : (
                        <BidiText text={text} />
                      )}
                    </th>
                  );
                }
                const value = row.cells[c.key];
                return (
                  <td key={c.key} className={isNumericKind(c.kind) ? 'num' : undefined}>
                    {c.kind === 'rankChange' && typeof value === 'number' && value !== 0 ? (
                      <RankChangeCell change={value} />
                    ) : (
                      <BidiText text={text} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
