/** The embedded PostgreSQL that `npm run dev` starts when DATABASE_URL is unset. */
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const DEFAULT_DATABASE_URL = `postgresql://lectern:lectern@127.0.0.1:${EMBEDDED_PORT}/lectern`;

export type ConnectionFields = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
};

export function connectionFields(url: string): ConnectionFields {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

/** The same server, another database: test workers each get their own. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
