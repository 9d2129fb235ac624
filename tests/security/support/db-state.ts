import pg from "pg";

/**
 * "Nothing was written", over the e2e database, cheaply enough to check around every fuzzed request. Any INSERT,
 * UPDATE or DELETE takes a transaction id, and every row it writes carries that id as its xmin. So: while
 * PostgreSQL's next transaction id has not moved, nothing was written; when it has, a table was written if its
 * row count changed or it holds a row whose xmin is at least the id that was next before. That is stricter than
 * comparing rows (tests/support/db-state.ts): an UPDATE that stores the same values counts too. rate_limits is
 * left out, as counting refusals (wrong passwords, wrong codes) is the write a refusal is meant to make.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

type Counts = Record<string, number>;

/** A read of the e2e database for a test's own setup (a user's session version, say). */
export async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  return (await pool.query<R>(text, values)).rows;
}

/** The next transaction id, as the 32-bit value row headers (xmin) hold. */
async function nextTransactionId(): Promise<number> {
  const { rows } = await pool.query<{ xid: string }>(
    "SELECT (pg_snapshot_xmax(pg_current_snapshot())::text::numeric % 4294967296)::text AS xid",
  );
  return Number(rows[0]!.xid);
}

let tables: Promise<string[]> | undefined;

function applicationTables(): Promise<string[]> {
  tables ??= pool
    .query<{ name: string }>(
      `SELECT table_name::text AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('_prisma_migrations', 'rate_limits')
       ORDER BY table_name`,
    )
    .then((r) => r.rows.map((row) => row.name));
  return tables;
}

/** Each table's row count, and the tables holding rows written by transaction `since` or later. */
async function scan(since: number): Promise<{ counts: Counts; fresh: string[] }> {
  const names = await applicationTables();
  const selects = names.map(
    (name, i) =>
      `SELECT ${i} AS i, count(*)::int AS n, count(*) FILTER (WHERE xmin::text::bigint >= $1)::int AS fresh FROM "${name}"`,
  );
  const { rows } = await pool.query<{ i: number; n: number; fresh: number }>(selects.join(" UNION ALL "), [
    since,
  ]);
  const counts: Counts = {};
  const fresh: string[] = [];
  for (const row of rows) {
    counts[names[row.i]!] = row.n;
    if (row.fresh > 0) fresh.push(names[row.i]!);
  }
  return { counts, fresh };
}

/**
 * Watches the database for writes: `changes()` names the tables written since the previous call (or since
 * `start`), so a test calls it once before the request it checks (taking in its own preparations) and once after.
 */
export class WriteWatch {
  private constructor(
    private xid: number,
    private counts: Counts,
  ) {}

  static async start(): Promise<WriteWatch> {
    // The id first: a write that lands during the scan is then seen by the next call.
    const xid = await nextTransactionId();
    return new WriteWatch(xid, (await scan(xid)).counts);
  }

  async changes(): Promise<string[]> {
    const xid = await nextTransactionId();
    if (xid === this.xid) return [];
    const { counts, fresh } = await scan(this.xid);
    const changed = new Set(fresh);
    for (const name of Object.keys(counts)) if (counts[name] !== this.counts[name]) changed.add(name);
    this.xid = xid;
    this.counts = counts;
    return [...changed].sort();
  }
}
