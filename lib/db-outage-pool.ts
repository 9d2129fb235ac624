import "server-only";
import pg from "pg";
import { markDatabaseOutage } from "./database-outage";

type Callback = (...args: unknown[]) => void;

/**
 * A pg pool whose failures leave it marked when they mean the database is unreachable (markDatabaseOutage), so a
 * page whose query fails shows the outage page rather than a crash page. Only the promise forms are wrapped:
 * pg-pool's own query() takes its connection through the callback form, and its error reaches the caller
 * through query()'s promise, marked there.
 */
export class OutageAwarePool extends pg.Pool {
  override connect = ((callback?: Callback) => {
    if (callback) return super.connect(callback);
    return super.connect().catch((error: unknown) => {
      throw markDatabaseOutage(error);
    });
  }) as pg.Pool["connect"];

  override query = ((...args: unknown[]) => {
    const query = super.query as (...args: unknown[]) => unknown;
    const result = query.apply(this, args);
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      throw markDatabaseOutage(error);
    });
  }) as pg.Pool["query"];
}
