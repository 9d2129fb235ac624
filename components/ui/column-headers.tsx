/** The header row of a compact data table: one column header per label, the last without a right gutter. */
export function ColumnHeaders({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr className="border-b border-stone-300">
        {labels.map((label, i) => (
          <th key={label} scope="col" className={i < labels.length - 1 ? "py-1 pr-3" : "py-1"}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
