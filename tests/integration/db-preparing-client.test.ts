import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db-pool";

async function preparedOn(client: { query: typeof pool.query }): Promise<string[]> {
  const { rows } = await client.query<{ statement: string }>(
    "SELECT statement FROM pg_prepared_statements ORDER BY prepare_time",
  );
  return rows.map((r) => r.statement);
}

describe("the plain pool's client", () => {
  it("prepares a parameterized statement once per connection and reuses it", async () => {
    const client = await pool.connect();
    try {
      const text = "SELECT $1::int + 1 AS next /* prepared-once */";
      expect((await client.query<{ next: number }>(text, [1])).rows).toEqual([{ next: 2 }]);
      expect((await client.query<{ next: number }>(text, [41])).rows).toEqual([{ next: 42 }]);
      expect((await preparedOn(client)).filter((s) => s === text)).toHaveLength(1);
    } finally {
      client.release();
    }
  });

  it("leaves statements without parameters unprepared", async () => {
    const client = await pool.connect();
    try {
      const text = "SELECT 1 AS one /* not-prepared */";
      await client.query(text);
      expect(await preparedOn(client)).not.toContain(text);
    } finally {
      client.release();
    }
  });

  it("answers through the callback form too", async () => {
    const client = await pool.connect();
    try {
      const next = await new Promise<number>((resolve, reject) =>
        client.query<{ next: number }>("SELECT $1::int + 1 AS next", [9], (err, res) =>
          err ? reject(err) : resolve(res.rows[0]!.next),
        ),
      );
      expect(next).toBe(10);
    } finally {
      client.release();
    }
  });

  it("drops a connection whose statement failed before reaching the server, so the statement keeps working", async () => {
    const text = "SELECT $1::jsonb AS doc /* unserializable */";
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    // As in a transaction: the caller releases the connection without an error after its statement failed.
    const client = await pool.connect();
    try {
      await expect(client.query(text, [circular])).rejects.toThrow(/circular/i);
    } finally {
      client.release();
    }
    for (const n of [1, 2, 3]) {
      expect((await pool.query<{ doc: unknown }>(text, [{ n }])).rows).toEqual([{ doc: { n } }]);
    }
  });

  it("stops preparing new statements past its bound, and still runs them", async () => {
    const client = await pool.connect();
    try {
      for (let i = 0; i < 210; i++) {
        const { rows } = await client.query<{ n: number }>(`SELECT $1::int AS n /* bound ${i} */`, [i]);
        expect(rows[0]!.n).toBe(i);
      }
      const prepared = (await preparedOn(client)).filter((s) => s.includes("/* bound "));
      expect(prepared.length).toBeGreaterThan(0);
      expect(prepared.length).toBeLessThanOrEqual(200);
      expect(prepared).not.toContain("SELECT $1::int AS n /* bound 209 */");
    } finally {
      client.release();
    }
  });
});
