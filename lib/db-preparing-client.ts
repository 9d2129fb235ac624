import { createHash } from "node:crypto";
import pg from "pg";

/**
 * Past this many distinct statements on one connection, new ones run unprepared: the app's statement texts are
 * fixed, and the bound keeps the server's memory flat should a future statement's text vary without limit.
 */
const MAX_PREPARED_PER_CONNECTION = 200;

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `s_${createHash("sha1").update(text).digest("base64url")}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A pg client that prepares each parameterized statement once per connection, named after its text, and from
 * then on sends only its parameters. PostgreSQL skips parsing it again and, once a generic plan proves as cheap,
 * planning it: on the results pages that was about a third of the database's time per request.
 */
export class PreparingClient extends pg.Client {
  readonly #prepared = new Set<string>();

  // Forwards the caller's arguments as given (promise or callback form); only a parameterized text gains a name.
  override query = ((config: unknown, values?: unknown, callback?: unknown) => {
    const query = super.query as (config: unknown, values?: unknown, callback?: unknown) => unknown;
    return query.call(this, this.#named(config, values), values, callback);
  }) as pg.Client["query"];

  #named(config: unknown, values: unknown): unknown {
    if (typeof config !== "string" || !Array.isArray(values)) return config;
    const name = statementName(config);
    if (!this.#prepared.has(name)) {
      if (this.#prepared.size >= MAX_PREPARED_PER_CONNECTION) return config;
      this.#prepared.add(name);
    }
    return { name, text: config };
  }
}
