import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The SQL written with Kysely is typed from prisma/schema.prisma: renaming a column there and regenerating (as
 * `npm run typecheck` does with `prisma generate`) fails the typecheck of the lib/ code that names it. Shown on a copy
 * of the schema, generated into a temporary folder, and type-checked with the real lib/ module, whose import of
 * lib/generated/kysely/types.ts is served from that folder (the shared lib/generated is left alone).
 */
const root = process.cwd();
const GENERATED = path.join(root, "lib/generated/kysely/types.ts");
const MODULE = "lib/results/assignment-scope.ts";
const work = mkdtempSync(path.join(tmpdir(), "lectern-sql-types-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The schema with its generators writing under `out`, and `rename` applied inside one model's block. (The Prisma
 * client's generator stays: without a client generator on the "client" engine, the CLI downloads a native one.)
 */
function schemaCopy(out: string, rename?: { model: string; from: string; to: string }) {
  let schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8")
    .replace(
      /(generator client \{[^}]*output\s*=\s*)"[^"]*"/,
      `$1${JSON.stringify(path.join(out, "client"))}`,
    )
    .replace(/(generator kysely \{[^}]*output\s*=\s*)"[^"]*"/, `$1${JSON.stringify(out)}`);
  if (rename) {
    schema = schema.replace(new RegExp(`model ${rename.model} \\{[^}]*\\}`), (block) =>
      block.replaceAll(new RegExp(`\\b${rename.from}\\b`, "g"), rename.to),
    );
  }
  return schema;
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        // Prisma runs a generator's provider as a command: prisma-kysely's is in node_modules/.bin.
        PATH: `${path.join(root, "node_modules/.bin")}${path.delimiter}${process.env.PATH}`,
        DATABASE_URL: "postgresql://lectern@localhost/unused",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${command}: ${output}`))));
  });
}

/** Generates the Kysely types of a schema copy with prisma-kysely, through `prisma generate`. */
async function generate(name: string, rename?: { model: string; from: string; to: string }) {
  const dir = path.join(work, name);
  const schema = path.join(work, `${name}.prisma`);
  writeFileSync(schema, schemaCopy(dir, rename));
  const prisma = path.join(root, "node_modules/prisma/build/index.js");
  // From the project's folder, whose prisma.config.ts keeps the CLI on its WebAssembly engine (no download).
  await run(process.execPath, [prisma, "generate", "--schema", schema], root);
  return readFileSync(path.join(dir, "types.ts"), "utf8");
}

/** The project's compiler options, with lib/generated/kysely/types.ts read as `types`. */
function typecheck(types: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    { incremental: false },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  )!;
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, readFile } = host;
  host.readFile = (file) => (path.resolve(file) === GENERATED ? types : readFile.call(host, file));
  host.getSourceFile = (file, language, ...rest) =>
    path.resolve(file) === GENERATED
      ? ts.createSourceFile(file, types, language)
      : getSourceFile.call(host, file, language, ...rest);
  const program = ts.createProgram([path.join(root, MODULE)], config.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${path.relative(root, d.file.fileName)}: ` : "";
    return where + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  });
}

describe("SQL types from schema.prisma", () => {
  it("fail the typecheck of a lib/ statement naming a column renamed in the schema", async () => {
    const [same, renamed] = await Promise.all([
      generate("same"),
      generate("renamed", { model: "Class", from: "teacherId", to: "ownerId" }),
    ]);
    // Class's row type; other tables (ClassTeacher) keep their own teacherId.
    const classRow = (types: string) => /export type Class = \{[^}]*\};/.exec(types)?.[0] ?? "";
    expect(classRow(same)).toContain("teacherId: string;");
    expect(classRow(renamed)).toContain("ownerId: string;");
    expect(classRow(renamed)).not.toContain("teacherId");

    expect(typecheck(same)).toEqual([]);
    const errors = typecheck(renamed);
    expect(errors.length).toBeGreaterThan(0);
    // In the module or the lib/ code it builds its statement with (the ownership rule, lib/assignments/access.ts).
    expect(errors.every((e) => e.startsWith("lib/") && !e.startsWith("lib/generated/"))).toBe(true);
    expect(errors.join("\n")).toMatch(/teacherId/);
    // Two `prisma generate` and two type-checks of the module's imports: about 15 s on an idle 2-core machine.
  }, 120_000);
});
