import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { isRoot } from "../../scripts/lib/postgres/preflight";
import { DatabaseStartError } from "../../scripts/lib/postgres/start-error";

// Under the project's own .data: as root, the postgres user must be able to enter it, which a private temporary
// folder would not allow (that case has its own test below).
const scratch = path.join(process.cwd(), ".data", `start-checks-${process.pid}`);
const settings = { port: "SOME_PG_PORT", url: "SOME_DATABASE_URL" };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startFailure(dir: string, port: number): Promise<DatabaseStartError> {
  const error = await startEmbeddedPostgres({ dir, port, database: "postgres", settings, quiet: true }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseStartError);
  const message = (error as DatabaseStartError).message;
  expect(message).not.toContain("\n");
  expect(message).not.toMatch(/\bat .+:\d+:\d+/);
  return error as DatabaseStartError;
}

describe("embedded PostgreSQL start-up failures", () => {
  it("names a port another program holds, and the settings that move it", async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, "127.0.0.1", resolve));
    const { port } = squatter.address() as net.AddressInfo;
    try {
      const { message } = await startFailure(path.join(scratch, "port"), port);
      expect(message).toMatch(new RegExp(`^Port ${port} is in use by another program`));
      expect(message).toContain("SOME_PG_PORT");
      expect(message).toContain("SOME_DATABASE_URL");
    } finally {
      squatter.close();
    }
  });

  it("names a data folder made by another PostgreSQL version, and how to start over", async () => {
    const dir = path.join(scratch, "old-version");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "PG_VERSION"), "16\n");
    const { message } = await startFailure(dir, await freePort());
    expect(message).toMatch(/was made by PostgreSQL 16, but this Lectern runs PostgreSQL \d+/);
    expect(message).toContain("npm run db:reset");
  });

  it.runIf(isRoot())(
    "as root, refuses a folder the postgres user cannot enter, without opening it",
    async () => {
      const privateDir = path.join(scratch, "private");
      mkdirSync(privateDir, { recursive: true });
      chmodSync(privateDir, 0o700);
      const { message } = await startFailure(path.join(privateDir, "clone", "pg"), await freePort());
      expect(message).toContain(`cannot enter ${privateDir} `);
      expect(message).toContain("SOME_DATABASE_URL");
    },
  );

  it("starts over a lock file whose process number now belongs to another program", async () => {
    const dir = path.join(scratch, "stale-lock");
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dir, port, database: "postgres", settings, quiet: true });
    await first.stop();
    // This test's own process: alive, but not a PostgreSQL, as after a reboot reuses the number.
    writeFileSync(path.join(dir, "postmaster.pid"), `${process.pid}\n${dir}\n`);
    const second = await startEmbeddedPostgres({ dir, port, database: "postgres", settings, quiet: true });
    try {
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      const { rows } = await client.query<{ one: number }>("SELECT 1 AS one");
      await client.end();
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await second.stop();
    }
  });
});
