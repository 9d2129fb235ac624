import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every lib/ module that touches the database or secrets starts with `import "server-only"`: a client component
 * that reaches one, however indirectly, then fails `next build` instead of shipping database code or keys to the
 * browser. This test finds such modules by what they import and fails on any that lacks the marker.
 */
const root = process.cwd();

/** Modules that hold the database clients, their settings, or the validated environment (NEXTAUTH_SECRET). */
const SERVER_MODULES = new Set([
  "lib/db.ts",
  "lib/db-pool.ts",
  "lib/db-pool-config.ts",
  "lib/db-preparing-client.ts",
  "lib/db-outage-pool.ts",
  "lib/env.ts",
  "lib/attempts/pool-transaction.ts",
  "lib/sql.ts",
  "lib/generated/prisma/client.ts",
]);
/** Packages whose import means the module talks to PostgreSQL itself (a type import: on a client it is given). */
const SERVER_PACKAGES = new Set(["pg", "@prisma/adapter-pg", "@prisma/client"]);

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    if (d.isDirectory()) return rel === "lib/generated" ? [] : files(rel);
    return /\.tsx?$/.test(d.name) ? [rel] : [];
  });
}

/** The repository path of a relative or `@/` import, or the package name of a bare one. */
function target(from: string, specifier: string): string {
  if (!specifier.startsWith(".") && !specifier.startsWith("@/")) return specifier;
  const base = specifier.startsWith("@/") ? specifier.slice(2) : path.join(path.dirname(from), specifier);
  const file = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(path.join(root, f)));
  return path.normalize(file ?? base);
}

function imports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(root, file), "utf8"),
    ts.ScriptTarget.Latest,
  );
  return source.statements.flatMap((s) =>
    (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) &&
    s.moduleSpecifier &&
    ts.isStringLiteral(s.moduleSpecifier)
      ? [s.moduleSpecifier.text]
      : [],
  );
}

const touchesServer = (file: string) =>
  SERVER_MODULES.has(file) ||
  imports(file).some((s) => SERVER_MODULES.has(target(file, s)) || SERVER_PACKAGES.has(s));

describe('import "server-only"', () => {
  const lib = files("lib");

  it("finds the modules that touch the database or secrets", () => {
    const touching = lib.filter(touchesServer);
    expect(touching).toEqual(expect.arrayContaining(["lib/db.ts", "lib/env.ts", "lib/attempts/queries.ts"]));
  });

  it("marks every one of them", () => {
    const unmarked = lib.filter((f) => touchesServer(f) && !imports(f).includes("server-only"));
    expect(unmarked, 'these modules touch the database or secrets: add import "server-only"').toEqual([]);
  });
});
