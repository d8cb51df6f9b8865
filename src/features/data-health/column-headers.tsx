/**
 * A Data health table's head, with explicit roles: on a phone the rows stack as cards of labelled
 * cells (data-health.css), and the CSS that stacks them drops the table's own semantics.
 */
export function ColumnHeaders({
  columns,
}: {
  columns: readonly { label: string; numeric?: boolean }[];
}) {
  return (
    <thead role="rowgroup">
      <tr role="row">
        {columns.map(({ label, numeric }) => (
          <th key={label} scope="col" role="columnheader" className={numeric ? 'num' : undefined}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
