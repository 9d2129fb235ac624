import type { ClientBase } from "pg";

/** One bulk statement of the seed; `table` names what its rows count toward in the totals, if anything. */
export type Step = { label: string; table?: string; sql: string; params?: unknown[] };

export async function runStep(client: ClientBase, step: Step): Promise<number> {
  const result = await client.query(step.sql, step.params);
  return result.rowCount ?? 0;
}
