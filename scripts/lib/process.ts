/**
 * Child processes for the scripts and the e2e setup, one way: a project binary's path, a command run to its end
 * with its output shown, a server started and stopped, and a wait for its URL to answer.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";

/** A binary installed by npm in node_modules/.bin. */
export const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

/** A shell's exit status: the code, or 128 + the signal's number when a signal ended the process. */
export function exitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  return code ?? 128 + (signal ? constants.signals[signal] : 0);
}

let interrupted = false;
/** Whether a run() was interrupted by SIGINT or SIGTERM in this process. */
export const wasInterrupted = () => interrupted;

export type RunOptions = {
  env?: NodeJS.ProcessEnv;
  /** Keeps the command's output, and prints it only when the command fails. */
  quiet?: boolean;
};

/**
 * Runs a command to its end and resolves with its exit status (127 when it cannot start); its output goes to
 * this process's terminal. While it runs, SIGINT and SIGTERM are passed on to it: it stops, run() resolves,
 * and the caller cleans up.
 */
export function run(file: string, args: string[], opts: RunOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: opts.quiet ? "pipe" : "inherit", env: opts.env ?? process.env });
    const output: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
    const forward = (signal: NodeJS.Signals) => {
      interrupted = true;
      child.kill(signal);
    };
    process.on("SIGINT", forward).on("SIGTERM", forward);
    const done = (status: number) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      if (status !== 0 && output.length) process.stderr.write(Buffer.concat(output));
      resolve(status);
    };
    child.on("error", (error) => {
      console.error(`Could not start ${file}: ${error.message}`);
      done(127);
    });
    child.on("close", (code, signal) => done(exitStatus(code, signal)));
  });
}

/** run(), failing with `label` and the exit status unless the command succeeds. */
export async function runOrThrow(label: string, file: string, args: string[], opts?: RunOptions) {
  const status = await run(file, args, opts);
  if (status !== 0) throw new Error(`${label} failed (exit status ${status}).`);
}

export type Started = {
  child: ChildProcess;
  /** Resolves with the exit status when the process ends, however it ends. */
  exited: Promise<number>;
  /** Sends `signal` (to the group, with `group`) and returns at once. */
  kill: (signal: NodeJS.Signals) => void;
  /** Sends `signal`, then SIGKILL after `graceMs`; resolves once the process has ended. */
  stop: (signal?: NodeJS.Signals, graceMs?: number) => Promise<void>;
};

/**
 * Starts a long-running process (a server). With `group`, it leads a process group of its own and stop() signals
 * the whole group, so what it started (npm's child, Next.js's workers) stops with it.
 */
export function startProcess(
  file: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions; group?: boolean } = {},
): Started {
  const child = spawn(file, args, {
    env: opts.env ?? process.env,
    stdio: opts.stdio ?? "inherit",
    detached: opts.group ?? false,
  });
  const exited = new Promise<number>((resolve) => {
    child.once("error", () => resolve(127));
    child.once("exit", (code, signal) => resolve(exitStatus(code, signal)));
  });
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (opts.group && child.pid) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async (signal: NodeJS.Signals = "SIGTERM", graceMs = 5_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    kill(signal);
    const timer = setTimeout(() => kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return { child, exited, kill, stop };
}

/**
 * Waits until `url` answers with `status` (any answer when omitted), polling every 300 ms. Fails after
 * `timeoutMs`, or at once when `exited` (the server's) settles first.
 */
export async function waitForHttp(
  url: string,
  opts: { timeoutMs: number; status?: number; exited?: Promise<number> },
): Promise<void> {
  let ended: number | undefined;
  void opts.exited?.then((status) => (ended = status));
  const until = Date.now() + opts.timeoutMs;
  while (Date.now() < until) {
    if (ended !== undefined) throw new Error(`the server exited (status ${ended}) before ${url} answered`);
    const response = await fetch(url).catch(() => null);
    if (response && (opts.status === undefined || response.status === opts.status)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${opts.timeoutMs / 1000} s`);
}
