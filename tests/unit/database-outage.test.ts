import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseOutage, markDatabaseOutage } from "../../lib/database-outage";
import { AppError, toAppError } from "../../lib/errors";

const error = (message: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), fields);

/** Prisma 6 with @prisma/adapter-pg: the driver's error survives only as meta.driverAdapterError.cause. */
const prisma = (code: string, cause: Record<string, unknown> | null) =>
  error("\nInvalid `prisma.user.findFirst()` invocation: …", {
    name: "PrismaClientKnownRequestError",
    code,
    meta: cause ? { driverAdapterError: { name: "DriverAdapterError", cause } } : {},
  });

const sqlState = (code: string, message: string) => error(message, { code, severity: "FATAL" });

// Each shape as pg 8, pg-pool 3 and Prisma 6.19 produced it against a real PostgreSQL that was frozen (SIGSTOP),
// had its backend terminated, cancelled a statement at statement_timeout, or was stopped.
const OUTAGES: [string, unknown][] = [
  [
    "pg: a backend terminated (57P01)",
    sqlState("57P01", "terminating connection due to administrator command"),
  ],
  [
    "pg: the server starting up or shutting down (57P03)",
    sqlState("57P03", "the database system is starting up"),
  ],
  ["pg: statement_timeout (57014)", sqlState("57014", "canceling statement due to statement timeout")],
  ["pg: a connection exception (class 08)", sqlState("08006", "connection failure")],
  ["pg: too many connections (53300)", sqlState("53300", "sorry, too many clients already")],
  ["pg: connection refused", error("connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED" })],
  ["pg: connection reset", error("read ECONNRESET", { code: "ECONNRESET" })],
  ["pg: read timeout of a frozen server", error("Query read timeout")],
  ["pg: connect timeout of a frozen server", error("Connection terminated due to connection timeout")],
  ["pg: a connection dropped mid-statement", error("Connection terminated unexpectedly")],
  ["pg-pool: no free connection in time", error("timeout exceeded when trying to connect")],
  ["pg: a client already broken", error("Client has encountered a connection error and is not queryable")],
  [
    "Prisma: a backend terminated (P2010 carrying 57P01)",
    prisma("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01" }),
  ],
  [
    "Prisma: statement_timeout (P2010 carrying 57014)",
    prisma("P2010", { kind: "postgres", originalCode: "57014" }),
  ],
  ["Prisma: server stopped (P1001)", prisma("P1001", { kind: "DatabaseNotReachable", port: 5432 })],
  ["Prisma: pool timeout (P2024)", prisma("P2024", null)],
  ["Prisma: connection closed (adapter kind)", prisma("P2036", { kind: "ConnectionClosed" })],
  [
    "an outage wrapped as another error's cause",
    error("saving failed", { cause: error("Query read timeout") }),
  ],
];

const NOT_OUTAGES: [string, unknown][] = [
  ["a unique violation (23505)", sqlState("23505", "duplicate key value violates unique constraint")],
  ["a missing column (42703)", sqlState("42703", 'column "x" does not exist')],
  ["Prisma: unique violation (P2002)", prisma("P2002", { kind: "UniqueConstraintViolation" })],
  ["Prisma: a raw query's syntax error (P2010 carrying 42601)", prisma("P2010", { originalCode: "42601" })],
  ["a plain bug", new TypeError("x is undefined")],
  ["not an error at all", "Query read timeout"],
];

describe("what counts as a database outage", () => {
  it.each(OUTAGES)("%s is an outage: 503 from a route, the outage page from a page", (_label, failure) => {
    expect(isDatabaseOutage(failure)).toBe(true);
    expect(toAppError(failure)).toMatchObject({ code: "unavailable", status: 503 });
    expect(markDatabaseOutage(failure)).toMatchObject({ digest: DATABASE_UNAVAILABLE_DIGEST });
  });

  it.each(NOT_OUTAGES)("%s is not: a bug stays a bug", (_label, failure) => {
    expect(isDatabaseOutage(failure)).toBe(false);
    const marked = markDatabaseOutage(failure);
    expect(marked).toBe(failure);
    if (typeof marked === "object") expect(marked).not.toHaveProperty("digest");
  });

  it("marks the error itself, keeping its type and stack for the server's log", () => {
    const failure = error("Query read timeout");
    expect(markDatabaseOutage(failure)).toBe(failure);
  });

  it("gives an unavailable AppError the outage page's digest, and no other AppError", () => {
    expect(new AppError("unavailable").digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(new AppError("not_found").digest).toBeUndefined();
  });
});
