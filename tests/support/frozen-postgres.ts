import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { withDatabase } from "../../lib/db-url";
import { startEmbeddedPostgres, type RunningDatabase } from "../../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../../scripts/lib/migrate";

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The postmaster and every process it started (backends, checkpointer, WAL writer…). */
function serverProcesses(dir: string): number[] {
  const postmaster = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after its ")".
        const afterName = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "";
        return Number(afterName.split(" ")[1]) === postmaster;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

export type FrozenPostgres = {
  /** A freshly migrated database of its own. */
  url: string;
  /** Every process of the server stopped (SIGSTOP): connections stay open and nothing answers. */
  freeze: () => void;
  thaw: () => void;
  /** Stopped outright (connections refused), and started again. */
  down: () => Promise<void>;
  up: () => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * A PostgreSQL this test owns alone, on a free port: freezing the run's shared server would stall every other
 * test file. Its folder is kept between runs (initdb once); each run migrates a new database and drops it after.
 */
export async function startFrozenPostgres(): Promise<FrozenPostgres> {
  const dir = path.join(process.cwd(), ".data", `test-postgres-${process.env.TEST_PG_PORT ?? 54330}-frozen`);
  const server: RunningDatabase = await startEmbeddedPostgres({
    dir,
    port: await freePort(),
    database: "postgres",
    settings: { port: "TEST_PG_PORT", url: "TEST_DATABASE_URL" },
    quiet: true,
  });
  const name = `lectern_frozen_${randomBytes(4).toString("hex")}`;
  const admin = () => new pg.Client({ connectionString: withDatabase(server.url, "postgres") });
  const create = admin();
  await create.connect();
  await create.query(`CREATE DATABASE "${name}"`);
  await create.end();
  const url = withDatabase(server.url, name);
  migrateDeploy(url, true);

  let frozen: number[] = [];
  const thaw = () => {
    for (const pid of frozen.splice(0)) process.kill(pid, "SIGCONT");
  };
  return {
    url,
    freeze: () => {
      frozen = serverProcesses(dir);
      for (const pid of frozen) process.kill(pid, "SIGSTOP");
    },
    thaw,
    down: () => server.outage!.down(),
    up: () => server.outage!.up(),
    stop: async () => {
      thaw();
      const drop = admin();
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await drop.end();
      await server.stop();
    },
  };
}
