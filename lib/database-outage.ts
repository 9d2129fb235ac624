/**
 * Which failures mean "the database cannot be reached right now" rather than "this statement is wrong": the one
 * classification behind every 503 of a route handler and the outage page. No imports, so the error page (a
 * client component) can take the digest from here without the server's modules.
 */

/**
 * Next.js forwards only a digest of a page's error to its error boundary in production, but keeps a digest the
 * error already has: app/error.tsx tells an outage from a bug by this one.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "LECTERN_DATABASE_UNAVAILABLE";

/**
 * PostgreSQL's codes for a server that is shutting down, restarting, full of connections or too slow, and a
 * statement it cancelled (57014: our statement_timeout). Class 08 (connection exception) is matched as a class.
 */
const OUTAGE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "57P05", "57014", "53300"]);

/** Node's socket errors, as pg passes them on. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * Prisma's: P1001 cannot reach the server, P1002 and P1008 timed out, P1017 the server closed the connection,
 * P2024 no free connection in the pool in time.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** @prisma/adapter-pg's kinds for socket errors, carried in a Prisma error's meta.driverAdapterError.cause. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/**
 * pg and pg-pool say these only in words: a pool or connect timeout, a connection dropped mid-statement, the
 * client-side read timeout (query_timeout) of a server that stopped answering, a client already broken.
 */
const OUTAGE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|is not queryable/i;

type Fields = { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown };

function saysOutage(fields: Fields): boolean {
  const { code, originalCode, kind, message } = fields;
  for (const c of [code, originalCode]) {
    if (typeof c !== "string") continue;
    if (OUTAGE_SQLSTATES.has(c) || /^08[0-9A-Z]{3}$/.test(c)) return true;
    if (SOCKET_CODES.has(c) || PRISMA_CODES.has(c)) return true;
  }
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  return typeof message === "string" && OUTAGE_MESSAGE.test(message);
}

/** The error, its causes, and what Prisma keeps of the driver's error (meta.driverAdapterError.cause). */
function* layers(error: object): Generator<Fields> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const layer = current as Fields & {
      cause?: unknown;
      meta?: { driverAdapterError?: { cause?: unknown } };
    };
    yield layer;
    const adapterCause = layer.meta?.driverAdapterError?.cause;
    if (typeof adapterCause === "object" && adapterCause !== null) yield adapterCause as Fields;
    current = layer.cause;
  }
}

export function isDatabaseOutage(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  for (const layer of layers(error)) if (saysOutage(layer)) return true;
  return false;
}

/**
 * Marks an outage with the digest the error page looks for, keeping the error itself (its type and stack are
 * what the server's log needs); any other error is returned untouched. Called where the data layer's errors
 * leave it (lib/db.ts, lib/db-outage-pool.ts), so whatever page a query fails in shows the outage page.
 */
export function markDatabaseOutage<T>(error: T): T {
  if (isDatabaseOutage(error) && Object.isExtensible(error)) {
    Object.assign(error as object, { digest: DATABASE_UNAVAILABLE_DIGEST });
  }
  return error;
}
