import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsvTable } from "../../lib/rosters/oneroster-csv";
import { planRosterImport } from "../../lib/rosters/oneroster-plan";
import { oneRosterCheckCommand } from "../../scripts/cli/oneroster-check";

const folder = (version: string) => {
  const dir = `tests/fixtures/oneroster/${version}`;
  return Object.fromEntries(
    readdirSync(dir).map((f) => [f.toLowerCase(), readFileSync(`${dir}/${f}`, "utf8")]),
  );
};

describe("readCsvTable", () => {
  it("reads a BOM, CRLF, quoted commas and line breaks, columns in any case and order, extra columns ignored", () => {
    const read = readCsvTable(
      "users.csv",
      '\uFEFFSOURCEDID,Note,role\r\na,"x, y",teacher\r\n\r\nb,"two\r\nlines"\r\n',
      ["sourcedId", "role"],
    );
    expect(read).toEqual({
      ok: true,
      rows: [
        { line: 2, cells: { sourcedid: "a", note: "x, y", role: "teacher" } },
        { line: 4, cells: { sourcedid: "b", note: "two\nlines", role: "" } },
      ],
    });
  });

  it("refuses a file without a required column, an empty file and an unclosed quote, saying where", () => {
    expect(readCsvTable("users.csv", "sourcedId,name\n1,x\n", ["sourcedId", "role", "username"])).toEqual({
      ok: false,
      reason: 'users.csv has no "role", "username" columns (its header row is line 1).',
    });
    expect(readCsvTable("classes.csv", "", ["sourcedId"])).toEqual({
      ok: false,
      reason: "classes.csv is empty: it needs a header row.",
    });
    const unclosed = readCsvTable("classes.csv", 'sourcedId,title\nc1,"Civics\n', ["sourcedId"]);
    expect(unclosed.ok).toBe(false);
    if (!unclosed.ok) expect(unclosed.reason).toMatch(/^classes\.csv, line 2: not a CSV file/);
  });
});

describe("planRosterImport", () => {
  it("plans a OneRoster 1.1 export and refuses each bad row with its file, line and reason", () => {
    const plan = planRosterImport(folder("v1.1"));
    if (!plan.ok) throw new Error(plan.errors.join("\n"));
    expect(plan.users).toEqual([
      { sourcedId: "t-1", role: "teacher", name: "Maria Rivera", login: "m.rivera@school.test", line: 2 },
      { sourcedId: "s-1", role: "student", name: "Ana Lopez, Jr.", login: "ana.lopez", line: 3 },
      { sourcedId: "s-2", role: "student", name: "Ben Kim", login: "ben_k", line: 4 },
      // No username: the import makes one, as the bulk add does.
      { sourcedId: "s-3", role: "student", name: "Cara Diaz", login: null, line: 5 },
    ]);
    expect(plan.classes).toEqual([{ sourcedId: "c-1", title: "Civics, Period 1", line: 2 }]);
    expect(plan.enrollments).toEqual([
      { sourcedId: "e-1", classSourcedId: "c-1", userSourcedId: "t-1", role: "teacher", line: 2 },
      { sourcedId: "e-2", classSourcedId: "c-1", userSourcedId: "s-1", role: "student", line: 3 },
      { sourcedId: "e-5", classSourcedId: "c-1", userSourcedId: "s-3", role: "student", line: 6 },
    ]);
    expect(plan.ended).toEqual([
      { sourcedId: "e-3", classSourcedId: "c-1", userSourcedId: "s-2", role: "student", line: 4 },
    ]);
    expect(plan.refused.map((r) => `${r.file}:${r.line}`)).toEqual([
      "classes.csv:3",
      "enrollments.csv:5",
      "enrollments.csv:7",
      "enrollments.csv:8",
      "users.csv:6",
      "users.csv:7",
    ]);
    const reasons = Object.fromEntries(plan.refused.map((r) => [`${r.file}:${r.line}`, r.reason]));
    expect(reasons["users.csv:6"]).toBe('role "parent" has no Lectern account (only teacher and student)');
    expect(reasons["users.csv:7"]).toBe('sourcedId "s-1" is on an earlier line too');
    expect(reasons["enrollments.csv:5"]).toBe('class "c-9" is not an active class of classes.csv');
    expect(reasons["enrollments.csv:7"]).toBe('user "s-1" is a student in users.csv, enrolled as teacher');
  });

  it("reads a OneRoster 1.2 export's roles from roles.csv and preferred given names", () => {
    const plan = planRosterImport(folder("v1.2"));
    if (!plan.ok) throw new Error(plan.errors.join("\n"));
    expect(plan.users.map((u) => [u.sourcedId, u.role, u.name])).toEqual([
      ["t-1", "teacher", "Maria Rivera"],
      ["s-1", "student", "Ana Lopez"],
    ]);
    expect(plan.enrollments).toHaveLength(2);
    expect(plan.refused).toEqual([]);
    // academicSessions.csv names the class's term.
    expect(plan.classes).toEqual([{ sourcedId: "c-1", title: "Biology (Fall 2026)", line: 2 }]);
  });

  it("names a class with its course when the title does not say it, leaving out the term, then the course, past 80 characters", () => {
    const files = folder("v1.2");
    const header = files["classes.csv"]!.split(/\r?\n/)[0]!;
    const row = (id: string, title: string, course: string) =>
      `${id},active,,${title},08,${course},,scheduled,,org-1,term-1,,,`;
    const plan = planRosterImport({
      ...files,
      "classes.csv": [
        header,
        row("c-1", "Period 3", "course-2"),
        row("c-2", "Biology 7A", "course-1"),
        row("c-3", "P".repeat(60), "course-2"),
        row("c-4", "Q".repeat(68), "course-2"),
        row("c-5", "Period 4", "no-such-course"),
      ].join("\n"),
    });
    if (!plan.ok) throw new Error(plan.errors.join("\n"));
    expect(plan.classes.map((c) => c.title)).toEqual([
      "Civics, Grade 8, Period 3 (Fall 2026)",
      "Biology 7A (Fall 2026)",
      `Civics, Grade 8, ${"P".repeat(60)}`,
      `${"Q".repeat(68)} (Fall 2026)`,
      "Period 4 (Fall 2026)",
    ]);
  });

  it("names a 1.2 user's other role from roles.csv when they have no teacher or student role", () => {
    const files = folder("v1.2");
    const plan = planRosterImport({
      ...files,
      "users.csv": `${files["users.csv"]}p-1,active,,true,dlopez,,Dora,Lopez,,,dora@home.test\n`,
      "roles.csv": `${files["roles.csv"]}r-3,active,,p-1,primary,guardian,org-1,,,\nr-4,active,,p-1,secondary,parent,org-1,,,\n`,
    });
    if (!plan.ok) throw new Error(plan.errors.join("\n"));
    expect(plan.refused).toEqual([
      {
        file: "users.csv",
        line: 4,
        reason: 'role "guardian" has no Lectern account (only teacher and student)',
      },
    ]);
  });

  it("refuses the whole export when a file or a required column is missing, or no file names the roles", () => {
    const files = folder("v1.1");
    const { "enrollments.csv": _, ...withoutEnrollments } = files;
    expect(planRosterImport(withoutEnrollments)).toEqual({
      ok: false,
      errors: ["enrollments.csv is missing from the export."],
    });
    const noRoles = folder("v1.2");
    const { "roles.csv": __, ...rest } = noRoles;
    const refused = planRosterImport(rest);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]).toMatch(/no role column and there is no roles\.csv/);
    const noTitle = planRosterImport({ ...files, "classes.csv": "sourcedId,name\nc-1,Civics\n" });
    expect(noTitle).toEqual({
      ok: false,
      errors: ['classes.csv has no "title" column (its header row is line 1).'],
    });
  });
});

describe("cli oneroster-check", () => {
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      withDatabase: () => Promise.reject(new Error("oneroster-check must not open the database")),
    };
    const code = await oneRosterCheckCommand
      .run(args, io)
      .catch((e: { exitCode?: number }) => e.exitCode ?? -1);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  it("prints the plan's counts and each refused row for a folder, and the plan as JSON", async () => {
    const text = await run("tests/fixtures/oneroster/v1.1");
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      "1 classes, 1 teachers, 3 students, 3 enrollments to add, 1 to end, 6 rows refused.",
    );
    expect(text.out).toContain(
      '  users.csv line 6: role "parent" has no Lectern account (only teacher and student)',
    );
    const json = await run("tests/fixtures/oneroster/v1.2", "--json");
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, refused: [] });
  });

  it("exits 1 for a refused export and 2 for a missing file", async () => {
    const refused = await run("tests/fixtures/oneroster/v1.2/users.csv");
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("classes.csv is missing from the export.");
    expect((await run("tests/fixtures/oneroster/nowhere.csv")).code).toBe(2);
  });
});
