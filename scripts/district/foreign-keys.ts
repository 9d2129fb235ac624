import type { ClientBase } from "pg";
import type { Step } from "./step";

/** The tables the seed fills by the hundred thousand. */
const BULK_TABLES = ["AssignmentQuestion", "Attempt", "Response", "GradeChange"];

export type ForeignKey = { table: string; name: string; definition: string };

/** The foreign keys of the bulk tables, as PostgreSQL renders them, so they can be re-added exactly as they were. */
export async function bulkForeignKeys(client: ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c
     WHERE c.contype = 'f' AND c.conrelid = ANY (SELECT to_regclass(quote_ident(t)) FROM unnest($1::text[]) t)
     ORDER BY 1, 2`,
    [BULK_TABLES],
  );
  return rows;
}

/**
 * PostgreSQL's advice for bulk loads: a foreign key checks and row-locks its target for every inserted row
 * (over half the insert time here), while adding it back checks all rows in one join. Dropped and re-added
 * inside the seed's transaction, so no other session ever sees the tables without them.
 */
export function withoutForeignKeys(keys: readonly ForeignKey[], steps: Step[]): Step[] {
  return [
    ...keys.map((k) => ({ label: "constraints", sql: `ALTER TABLE ${k.table} DROP CONSTRAINT "${k.name}"` })),
    ...steps,
    ...keys.map((k) => ({
      label: "constraints",
      sql: `ALTER TABLE ${k.table} ADD CONSTRAINT "${k.name}" ${k.definition}`,
    })),
  ];
}
