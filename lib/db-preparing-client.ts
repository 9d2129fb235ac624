import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";

/**
 * Past this many distinct statements on one connection, new ones run unprepared: the app's statement texts are
 * fixed, and the bound keeps memory flat on both sides should a future statement's text vary without limit.
 */
const MAX_PREPARED_PER_CONNECTION = 200;

type Callback = (err: Error | null, result?: unknown) => void;

/**
 * A pg client that prepares each parameterized statement once per connection, named after its text, and from
 * then on sends only its parameters. PostgreSQL skips parsing it again and, once a generic plan proves as cheap,
 * planning it: on the results pages that was about a third of the database's time per request.
 */
export class PreparingClient extends pg.Client {
  readonly #names = new Map<string, string>();

  // Forwards the caller's arguments as given (promise or callback form); only a parameterized text gains a name.
  override query = ((config: unknown, values?: unknown, callback?: unknown) => {
    const query = super.query as (config: unknown, values?: unknown, callback?: unknown) => unknown;
    const named = this.#named(config, values);
    if (named === config) return query.call(this, config, values, callback);
    if (typeof callback === "function") {
      return query.call(this, named, values, (err: Error | null, result?: unknown) => {
        this.#afterFailure(err);
        (callback as Callback)(err, result);
      });
    }
    return (query.call(this, named, values) as Promise<unknown>).catch((err: Error) => {
      this.#afterFailure(err);
      throw err;
    });
  }) as pg.Client["query"];

  #named(config: unknown, values: unknown): unknown {
    if (typeof config !== "string" || !Array.isArray(values)) return config;
    let name = this.#names.get(config);
    if (!name) {
      if (this.#names.size >= MAX_PREPARED_PER_CONNECTION) return config;
      name = `s_${createHash("sha1").update(config).digest("base64url")}`;
      this.#names.set(config, name);
    }
    return { name, text: config };
  }

  /**
   * A parameter pg cannot serialize fails the statement before the server sees it, and pg then closes the named
   * statement on the server while still counting it as prepared, so every later use of it on this connection
   * would fail. Such a connection is ended; the pool drops it when it is released and opens a fresh one.
   */
  #afterFailure(err: Error | null) {
    if (err && !(err instanceof pg.DatabaseError)) void this.end().catch(() => {});
  }
}
