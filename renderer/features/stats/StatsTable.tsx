import type { ReactNode } from 'react';

/** A statistics table: a header row of column names, then the rows. */
export function StatsTable({ head, testId, className, children }: { head: string[]; testId?: string; className?: string; children: ReactNode }) {
  return (
    <table className={className ? `stats-table ${className}` : 'stats-table'} data-testid={testId}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
