import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { authenticate } from "../../lib/auth/sign-in";
import type { Viewer } from "../../lib/auth/viewer-types";
import { db } from "../../lib/db";
import { importRosterUpload } from "../../lib/rosters/import";
import { runCliInProcess } from "../support/cli";
import { databaseFingerprint, expectRefusedWithoutWrites } from "../support/db-state";
import { createTeacher, ensureDemoContent } from "../support/factories";
import { createAssignmentRow } from "../support/scenario";

const HEADERS = {
  users:
    "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,givenName,familyName,email",
  classes: "sourcedId,status,dateLastModified,title,courseSourcedId,schoolSourcedId,termSourcedIds",
  enrollments: "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role",
};

/** A OneRoster 1.1 export of one class, its ids and logins prefixed so each test has its own records. */
function district(p: string, { withoutEnrollment = "" } = {}) {
  const users = [
    `${p}t1,active,,true,org,teacher,,Maria,Rivera,${p}rivera@school.test`,
    `${p}t2,active,,true,org,teacher,,Sam,Okafor,${p}okafor@school.test`,
    `${p}s1,active,,true,org,student,${p}ana,Ana,"Lopez, Jr.",`,
    `${p}s2,active,,true,org,student,${p}ben,Ben,Kim,`,
    `${p}s3,active,,true,org,student,,Cara,Diaz,`,
    `${p}p1,active,,true,org,parent,${p}dora,Dora,Lopez,dora@home.test`,
  ];
  const enrollments = [
    `${p}e1,active,,${p}c1,org,${p}t1,teacher`,
    `${p}e2,active,,${p}c1,org,${p}t2,teacher`,
    `${p}e3,active,,${p}c1,org,${p}s1,student`,
    `${p}e4,active,,${p}c1,org,${p}s2,student`,
    `${p}e5,active,,${p}c1,org,${p}s3,student`,
  ].filter((row) => !row.startsWith(`${withoutEnrollment},`));
  const csv = (header: string, rows: string[]) => `\uFEFF${[header, ...rows].join("\r\n")}\r\n`;
  return {
    "users.csv": csv(HEADERS.users, users),
    "classes.csv": csv(HEADERS.classes, [`${p}c1,active,,"Civics, Period 1",course,org,term`]),
    "enrollments.csv": csv(HEADERS.enrollments, enrollments),
  };
}

const zipOf = (files: Record<string, string>) =>
  Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [`export/${n}`, strToU8(t)]))),
  ).toString("base64");

async function admin(): Promise<Viewer> {
  const a = await createTeacher();
  await db.user.update({ where: { id: a.id }, data: { isAdmin: true } });
  return a;
}

const upload = (viewer: Viewer | null, files: Record<string, string>, apply: boolean) =>
  importRosterUpload(viewer, { files: [{ name: "roster.zip", data: zipOf(files) }], apply });

const prefix = () => `x${randomBytes(3).toString("hex")}`;

describe("OneRoster import", () => {
  it("dry-runs without writing, creates on apply, and a second identical run changes nothing", async () => {
    const a = await admin();
    const p = prefix();
    const before = await databaseFingerprint();
    const dry = await upload(a, district(p), false);
    expect(await databaseFingerprint()).toEqual(before);
    expect(dry).toMatchObject({
      ok: true,
      applied: false,
      summary: {
        users: { create: 5, update: 0 },
        classes: { create: 1 },
        members: { add: 3 },
        coTeachers: { add: 1 },
      },
    });
    if (!dry.ok) throw new Error("refused");
    expect(dry.refused).toEqual([
      {
        file: "users.csv",
        line: 7,
        reason: 'role "parent" has no Lectern account (only teacher and student)',
      },
    ]);

    const first = await upload(a, district(p), true);
    if (!first.ok) throw new Error(first.errors.join());
    expect(first.summary).toEqual(dry.summary);
    expect(first.cards.map((c) => c.username)).toEqual(
      expect.arrayContaining([
        `${p}rivera@school.test`,
        `${p}ana`,
        `${p}ben`,
        expect.stringMatching(/^carad\d{2,}$/),
      ]),
    );
    expect(first.cards.every((c) => c.className === "Civics, Period 1")).toBe(true);
    const cls = await db.class.findUniqueOrThrow({
      where: { sourcedId: `${p}c1` },
      include: {
        teacher: true,
        coTeachers: { include: { teacher: true } },
        enrollments: { include: { student: true } },
      },
    });
    expect(cls.teacher.sourcedId).toBe(`${p}t1`);
    expect(cls.coTeachers.map((t) => t.teacher.sourcedId)).toEqual([`${p}t2`]);
    expect(cls.enrollments.map((e) => e.student.displayName).sort()).toEqual([
      "Ana Lopez, Jr.",
      "Ben Kim",
      "Cara Diaz",
    ]);
    expect(
      cls.enrollments.every(
        (e) => e.student.mustChangePassword && e.student.passwordHash.startsWith("$argon2"),
      ),
    ).toBe(true);

    // A new student signs in with the one-time password printed on their card.
    const ana = first.cards.find((c) => c.username === `${p}ana`)!;
    expect(await authenticate(ana.username, ana.password)).toMatchObject({ role: "student" });

    const fingerprint = await databaseFingerprint();
    const second = await upload(a, district(p), true);
    expect(second).toMatchObject({
      ok: true,
      applied: true,
      summary: {
        users: { create: 0, update: 0 },
        classes: { create: 0, update: 0 },
        members: { add: 0, end: 0 },
        coTeachers: { add: 0, remove: 0 },
      },
      cards: [],
    });
    expect(await databaseFingerprint()).toEqual(fingerprint);
  });

  it("ends a membership the export no longer lists, keeping the student's attempts, and leaves others alone", async () => {
    const a = await admin();
    const p = prefix();
    await upload(a, district(p), true);
    const cls = await db.class.findUniqueOrThrow({ where: { sourcedId: `${p}c1` } });
    const ben = await db.user.findUniqueOrThrow({ where: { sourcedId: `${p}s2` } });
    const owner = await db.user.findUniqueOrThrow({ where: { id: cls.teacherId } });
    const lesson = await ensureDemoContent();
    const assignment = await createAssignmentRow({ ...owner, role: "teacher" }, cls.id, lesson.id);
    await db.attempt.create({ data: { assignmentId: assignment.id, studentId: ben.id, number: 1 } });
    // A student who joined by code is not the roster's to end.
    const joined = await db.user.create({
      data: { role: "student", username: `${p}joined`, displayName: "Joined", passwordHash: "x" },
    });
    await db.enrollment.create({ data: { classId: cls.id, studentId: joined.id } });

    const result = await upload(a, district(p, { withoutEnrollment: `${p}e4` }), true);
    expect(result).toMatchObject({
      ok: true,
      summary: { members: { add: 0, end: 1 }, users: { update: 0 } },
    });
    const enrollments = await db.enrollment.findMany({
      where: { classId: cls.id },
      select: { studentId: true, endedAt: true },
    });
    expect(enrollments.find((e) => e.studentId === ben.id)!.endedAt).not.toBeNull();
    expect(enrollments.find((e) => e.studentId === joined.id)!.endedAt).toBeNull();
    expect(enrollments.filter((e) => e.endedAt === null)).toHaveLength(3);
    expect(await db.attempt.count({ where: { studentId: ben.id } })).toBe(1);
    expect(
      await db.rosterEvent.count({ where: { classId: cls.id, studentId: ben.id, action: "removed" } }),
    ).toBe(1);

    // Listed again, the membership is reopened, the same row.
    const back = await upload(a, district(p), true);
    expect(back).toMatchObject({ ok: true, summary: { members: { add: 1, end: 0 } } });
    expect(
      await db.enrollment.findUniqueOrThrow({
        where: { classId_studentId: { classId: cls.id, studentId: ben.id } },
      }),
    ).toMatchObject({ endedAt: null, sourcedId: `${p}e4` });
  });

  it("updates names and titles by sourcedId, and claims a teacher's existing account by email", async () => {
    const a = await admin();
    const p = prefix();
    const existing = await db.user.create({
      data: { role: "teacher", email: `${p}rivera@school.test`, displayName: "M. Rivera", passwordHash: "x" },
    });
    const first = await upload(a, district(p), true);
    expect(first).toMatchObject({ ok: true, summary: { users: { create: 4, update: 1 } } });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      sourcedId: `${p}t1`,
      displayName: "Maria Rivera",
      passwordHash: "x",
    });
    const files = district(p);
    files["classes.csv"] = files["classes.csv"].replace("Civics, Period 1", "Civics, Period 2");
    files["users.csv"] = files["users.csv"].replace("Ben,Kim", "Benjamin,Kim");
    const renamed = await upload(a, files, true);
    expect(renamed).toMatchObject({
      ok: true,
      summary: { users: { create: 0, update: 1 }, classes: { update: 1 } },
    });
    expect((await db.class.findUniqueOrThrow({ where: { sourcedId: `${p}c1` } })).name).toBe(
      "Civics, Period 2",
    );
  });

  it("refuses bad uploads whole, writing nothing", async () => {
    const a = await admin();
    const p = prefix();
    const before = await databaseFingerprint();
    const { "users.csv": _, ...noUsers } = district(p);
    const junk = randomBytes(5 * 1024 * 1024).toString("base64");
    const cases: { files: { name: string; data: string }[]; error: RegExp }[] = [
      { files: [{ name: "roster.zip", data: zipOf(noUsers) }], error: /users\.csv is missing/ },
      {
        files: [{ name: "roster.zip", data: Buffer.from("not a zip").toString("base64") }],
        error: /not a zip file/,
      },
      { files: [{ name: "users.csv", data: junk }], error: /binary data|not UTF-8/ },
      {
        files: [{ name: "users.csv", data: Buffer.from("\uFEFFsourcedId", "utf16le").toString("base64") }],
        error: /UTF-16/,
      },
      {
        files: [
          {
            name: "users.csv",
            data: Buffer.from("sourcedId,givenName\ncaf\xe9,x\n", "latin1").toString("base64"),
          },
        ],
        error: /not UTF-8/,
      },
      { files: [{ name: "notes.txt", data: "aGVsbG8=" }], error: /not a OneRoster file/ },
    ];
    for (const c of cases) {
      const result = await importRosterUpload(a, { files: c.files, apply: true });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join("\n")).toMatch(c.error);
    }
    expect(await databaseFingerprint()).toEqual(before);
    await expectRefusedWithoutWrites(
      () => importRosterUpload(a, { files: [{ name: "x.zip", data: "A".repeat(15_000_000) }], apply: true }),
      "invalid",
    );
  });

  it("is for administrators only: anyone else is refused before the upload is read, and nothing is written", async () => {
    const teacher = await createTeacher();
    const files = district(prefix());
    await expectRefusedWithoutWrites(() => upload(teacher, files, true), "forbidden");
    await expectRefusedWithoutWrites(() => upload(null, files, true), "unauthorized");
    const student = await db.user.create({
      data: {
        role: "student",
        username: `${prefix()}st`,
        displayName: "S",
        passwordHash: "x",
        isAdmin: true,
      },
    });
    await expectRefusedWithoutWrites(() => upload({ ...student, role: "student" }, files, true), "forbidden");
  });

  it("imports two identical uploads at once as one", async () => {
    const a = await admin();
    const p = prefix();
    const [one, two] = await Promise.all([upload(a, district(p), true), upload(a, district(p), true)]);
    const created = [one, two].map((r) => (r.ok ? r.summary.users.create : -1)).sort();
    expect(created).toEqual([0, 5]);
    expect(await db.user.count({ where: { sourcedId: { startsWith: p } } })).toBe(5);
  });

  it("runs from the command line: --dry-run writes nothing, then imports a folder and prints the passwords", async () => {
    const p = prefix();
    const dir = mkdtempSync(path.join(tmpdir(), "oneroster-"));
    for (const [name, text] of Object.entries(district(p))) writeFileSync(path.join(dir, name), text);
    const before = await databaseFingerprint();
    const dry = await runCliInProcess(db, "oneroster-import", dir, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("Dry run, nothing written. Users: 5 created, 0 updated.");
    expect(await databaseFingerprint()).toEqual(before);
    const run = await runCliInProcess(db, "oneroster-import", dir);
    expect(run.stdout).toContain("Imported. Users: 5 created");
    expect(run.stdout).toMatch(new RegExp(`Civics, Period 1\\tBen Kim\\t${p}ben\\t\\w{4}-\\w{4}-\\w{4}`));
    const again = await runCliInProcess(db, "oneroster-import", dir, "--json");
    expect(JSON.parse(again.stdout)).toMatchObject({
      ok: true,
      summary: { users: { create: 0, update: 0 } },
    });
    writeFileSync(path.join(dir, "classes.csv"), "sourcedId\n");
    const refused = await runCliInProcess(db, "oneroster-import", dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('classes.csv has no "title" column');
  });
});
