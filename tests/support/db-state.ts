import { expect } from "vitest";
import { db } from "../../lib/db";
import type { ErrorCode } from "../../lib/errors";
import { expectAppError } from "./expect-app-error";

/**
 * A fingerprint of every row of every application table (row count and a hash of the rows' text),
 * so a test can prove that a refused call inserted, updated or deleted nothing anywhere. rate_limits is left out:
 * counting refused attempts (wrong passwords, wrong join codes) is the write a refusal is meant to make.
 */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'rate_limits')
    ORDER BY table_name`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number; digest: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
    );
    out[name] = `${row!.n}:${row!.digest ?? ""}`;
  }
  return out;
}

/** The call must fail with `code` and leave the database exactly as it was. */
export async function expectRefusedWithoutWrites(
  call: () => Promise<unknown>,
  code: ErrorCode,
  match: Record<string, unknown> = {},
) {
  const before = await databaseFingerprint();
  const error = await expectAppError(call(), code, match);
  expect(await databaseFingerprint()).toEqual(before);
  return error;
}
