import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { entryKey, MANIFEST } from "../security/manifest";

/**
 * The security suite's route manifest (tests/security/manifest.ts) lists every page, route handler method and
 * server action of the app, scanned here from the files themselves: a new route or action fails this test until
 * the manifest says who may use it and how to call it, and the matrix then tests it (tests/security/matrix.spec.ts).
 */
const root = process.cwd();
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** Files under app/ that shape routes without being one. */
const NOT_ROUTES =
  /^(layout|template|error|global-error|not-found|loading|default|forbidden|unauthorized)\.tsx?$|\.css$/;

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    return d.isDirectory() ? files(rel) : [rel];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
}

/** The names a module exports (functions, consts, `export { a as B }`). */
function exportsOf(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const node of source.statements) {
    const exported =
      ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && ts.isFunctionDeclaration(node) && node.name) names.push(node.name.text);
    if (exported && ts.isVariableStatement(node))
      for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause))
      for (const e of node.exportClause.elements) names.push(e.name.text);
  }
  return names;
}

const isDirective = (s: ts.Statement, text: string) =>
  ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === text;

/** Functions with their own "use server" directive (inline server actions). */
function inlineActions(source: ts.SourceFile): number {
  let count = 0;
  const visit = (node: ts.Node) => {
    if (
      ts.isBlock(node) &&
      node.parent &&
      ts.isFunctionLike(node.parent) &&
      node.statements.some((s) => isDirective(s, "use server"))
    )
      count++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}

const sources = ["app", "lib", "components"]
  .flatMap(files)
  .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("lib/generated/"));
const listed = new Set(MANIFEST.map(entryKey));

describe("the security manifest", () => {
  it("lists every route file under app/ and every method its handlers export", () => {
    const expected: string[] = [];
    for (const file of files("app")) {
      const name = path.basename(file);
      if (NOT_ROUTES.test(name)) continue;
      if (/^route\.tsx?$/.test(name)) {
        for (const method of exportsOf(parse(file)).filter((n) => HTTP_METHODS.has(n)))
          expected.push(`${method} ${file}`);
      } else expected.push(file); // pages, and metadata files (favicon.ico, icon.svg) served as routes
    }
    const missing = expected.filter((key) => !listed.has(key));
    expect(missing, "routes with no manifest entry: add them to tests/security/manifest/").toEqual([]);
  });

  it('lists every export of every "use server" module, and there are no inline server actions', () => {
    const expected: string[] = [];
    for (const file of sources) {
      const source = parse(file);
      expect(
        inlineActions(source),
        `${file}: inline "use server" functions (move them to an actions module)`,
      ).toBe(0);
      if (source.statements[0] && isDirective(source.statements[0], "use server"))
        for (const name of exportsOf(source)) expected.push(`${file}#${name}`);
    }
    expect(expected.length).toBeGreaterThan(0);
    const missing = expected.filter((key) => !listed.has(key));
    expect(
      missing,
      "server actions with no manifest entry: add them to tests/security/manifest/actions.ts",
    ).toEqual([]);
  });

  it("names nothing the app no longer has", () => {
    const routeKeys = new Set<string>();
    for (const file of files("app")) {
      if (/\/route\.tsx?$/.test(file)) for (const m of exportsOf(parse(file))) routeKeys.add(`${m} ${file}`);
      else routeKeys.add(file);
    }
    const actionKeys = new Set(
      sources.flatMap((file) => {
        const source = parse(file);
        return source.statements[0] && isDirective(source.statements[0], "use server")
          ? exportsOf(source).map((name) => `${file}#${name}`)
          : [];
      }),
    );
    const stale = MANIFEST.map(entryKey).filter((key) => !routeKeys.has(key) && !actionKeys.has(key));
    expect(stale, "manifest entries for routes or actions that are gone").toEqual([]);
  });

  it("gives every entry an example and each example a policy for all eight principals", () => {
    for (const entry of MANIFEST) {
      expect(entry.examples.length, entryKey(entry)).toBeGreaterThan(0);
      for (const example of entry.examples)
        expect(Object.keys(example.policy).sort(), entryKey(entry)).toHaveLength(8);
    }
    expect(new Set(MANIFEST.map(entryKey)).size, "entries listed twice").toBe(MANIFEST.length);
  });
});
