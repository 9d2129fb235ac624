import { readdirSync, readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { diffRoster, summarize, type RosterState } from "../../lib/rosters/oneroster-diff";
import { planRosterImport } from "../../lib/rosters/oneroster-plan";
import { readRosterUpload } from "../../lib/rosters/oneroster-upload";

const folder = (version: string) => {
  const dir = `tests/fixtures/oneroster/${version}`;
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`, "utf8")]));
};

const plan = (() => {
  const p = planRosterImport(folder("v1.1"));
  if (!p.ok) throw new Error(p.errors.join());
  return p;
})();

const EMPTY: RosterState = { users: [], classes: [], members: [], coTeachers: [] };

/** What Lectern holds once the v1.1 fixture was imported: c-1 owned by t-1, Ana and Cara in it. */
const imported: RosterState = {
  users: [
    {
      id: "T1",
      sourcedId: "t-1",
      role: "teacher",
      displayName: "Maria Rivera",
      email: "m.rivera@school.test",
      username: null,
    },
    {
      id: "S1",
      sourcedId: "s-1",
      role: "student",
      displayName: "Ana Lopez, Jr.",
      email: null,
      username: "ana.lopez",
    },
    { id: "S2", sourcedId: "s-2", role: "student", displayName: "Ben Kim", email: null, username: "ben_k" },
    {
      id: "S3",
      sourcedId: "s-3",
      role: "student",
      displayName: "Cara Diaz",
      email: null,
      username: "carad42",
    },
  ],
  classes: [{ id: "C1", sourcedId: "c-1", name: "Civics, Period 1", ownerId: "T1" }],
  members: [
    { classId: "C1", studentId: "S1", studentSourcedId: "s-1", sourcedId: "e-2", ended: false },
    { classId: "C1", studentId: "S3", studentSourcedId: "s-3", sourcedId: "e-5", ended: false },
  ],
  coTeachers: [],
};

describe("diffRoster", () => {
  it("creates everything on an empty installation: the first teacher owns the class", () => {
    const changes = diffRoster(plan, EMPTY);
    expect(changes.createUsers.map((u) => u.sourcedId)).toEqual(["t-1", "s-1", "s-2", "s-3"]);
    expect(changes.createClasses).toEqual([
      { sourcedId: "c-1", title: "Civics, Period 1", ownerSourcedId: "t-1" },
    ]);
    expect(changes.addMembers.map((m) => m.userSourcedId)).toEqual(["s-1", "s-3"]);
    expect(changes.addCoTeachers).toEqual([]);
    expect(changes.endMembers).toEqual([]);
    expect(changes.refused).toEqual(plan.refused);
  });

  it("changes nothing when Lectern already holds what the export says", () => {
    const changes = diffRoster(plan, imported);
    expect(summarize(changes)).toEqual({
      users: { create: 0, update: 0 },
      classes: { create: 0, update: 0 },
      members: { add: 0, end: 0 },
      coTeachers: { add: 0, remove: 0 },
      refused: plan.refused.length,
    });
  });

  it("ends the roster's memberships the export drops or marks tobedeleted, never a member who joined by code", () => {
    const state: RosterState = {
      ...imported,
      members: [
        ...imported.members,
        { classId: "C1", studentId: "S2", studentSourcedId: "s-2", sourcedId: null, ended: false },
        { classId: "C1", studentId: "X", studentSourcedId: null, sourcedId: null, ended: false },
      ],
    };
    const dropped = { ...plan, enrollments: plan.enrollments.filter((e) => e.userSourcedId !== "s-3") };
    expect(diffRoster(dropped, state).endMembers).toEqual([
      { classId: "C1", studentId: "S3" },
      // e-3 marks Ben's enrollment tobedeleted: ended though he joined by code.
      { classId: "C1", studentId: "S2" },
    ]);
  });

  it("reopens an ended membership, claims one made in Lectern, and updates changed names", () => {
    const state: RosterState = {
      ...imported,
      users: imported.users.map((u) => (u.id === "S1" ? { ...u, displayName: "Ana Lopez" } : u)),
      members: [
        { classId: "C1", studentId: "S1", studentSourcedId: "s-1", sourcedId: "e-2", ended: true },
        { classId: "C1", studentId: "S3", studentSourcedId: "s-3", sourcedId: null, ended: false },
      ],
    };
    const changes = diffRoster(plan, state);
    expect(changes.addMembers.map((m) => m.sourcedId)).toEqual(["e-2", "e-5"]);
    expect(changes.updateUsers).toEqual([
      { id: "S1", sourcedId: "s-1", name: "Ana Lopez, Jr.", login: "ana.lopez", role: "student" },
    ]);
  });

  it("refuses an account whose login another account holds or whose role differs, and its enrollments", () => {
    const state: RosterState = {
      ...EMPTY,
      users: [
        {
          id: "O",
          sourcedId: "other",
          role: "student",
          displayName: "Other",
          email: null,
          username: "ana.lopez",
        },
        {
          id: "T",
          sourcedId: "t-9",
          role: "teacher",
          displayName: "T",
          email: "m.rivera@school.test",
          username: null,
        },
        {
          id: "B",
          sourcedId: "s-2",
          role: "teacher",
          displayName: "B",
          email: "b@school.test",
          username: null,
        },
      ],
    };
    const changes = diffRoster(plan, state);
    const reasons = changes.refused
      .filter((r) => !plan.refused.includes(r))
      .map((r) => `${r.file}:${r.line} ${r.reason}`);
    expect(reasons).toEqual([
      "classes.csv:2 no accepted teacher enrollment: a new Lectern class needs a teacher to own it",
      'enrollments.csv:2 user "t-1" was refused (see users.csv)',
      'enrollments.csv:3 user "s-1" was refused (see users.csv)',
      'enrollments.csv:6 class "c-1" was refused (see classes.csv)',
      'users.csv:2 email address "m.rivera@school.test" belongs to another Lectern account',
      'users.csv:3 username "ana.lopez" belongs to another Lectern account',
      'users.csv:4 the Lectern account "b@school.test" is a teacher, not a student',
    ]);
    expect(changes.createClasses).toEqual([]);
    expect(changes.addMembers).toEqual([]);
  });

  it("makes later teachers co-teachers and removes the roster's co-teachers the export drops", () => {
    const second = { ...plan.enrollments[0]!, sourcedId: "e-9", userSourcedId: "t-2", line: 9 };
    const withTwo = {
      ...plan,
      users: [...plan.users, { ...plan.users[0]!, sourcedId: "t-2", login: "t2@school.test", line: 9 }],
      enrollments: [...plan.enrollments, second],
    };
    expect(diffRoster(withTwo, imported).addCoTeachers).toEqual([
      { sourcedId: "e-9", classSourcedId: "c-1", userSourcedId: "t-2" },
    ]);
    const state: RosterState = {
      ...imported,
      coTeachers: [
        { classId: "C1", teacherId: "T2", teacherSourcedId: "t-2", sourcedId: "e-9" },
        { classId: "C1", teacherId: "T3", teacherSourcedId: null, sourcedId: null },
      ],
    };
    expect(diffRoster(plan, state).removeCoTeachers).toEqual([{ classId: "C1", teacherId: "T2" }]);
  });
});

describe("readRosterUpload", () => {
  const bytes = (s: string) => strToU8(s);

  it("reads a zip's files at its top or in a folder, skipping files Lectern does not read", () => {
    const zip = zipSync({
      "export/users.csv": bytes("\uFEFFa"),
      "export/orgs.csv": bytes("o"),
      "classes.csv": bytes("c"),
    });
    expect(readRosterUpload([{ name: "roster.zip", bytes: zip }])).toEqual({
      ok: true,
      files: { "users.csv": "a", "classes.csv": "c" },
    });
  });

  it("refuses what is not a zip or a UTF-8 OneRoster file, and uploads over 10 MB", () => {
    const errors = (files: { name: string; bytes: Uint8Array }[]) => {
      const read = readRosterUpload(files);
      return read.ok ? [] : read.errors;
    };
    expect(errors([{ name: "r.zip", bytes: bytes("PK junk") }])).toEqual(["r.zip is not a zip file."]);
    expect(errors([{ name: "r.zip", bytes: new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]) }])[0]).toMatch(
      /not a zip file Lectern can read/,
    );
    expect(errors([{ name: "users.csv", bytes: new Uint8Array([0x61, 0, 0x62]) }])).toEqual([
      "users.csv holds binary data, not CSV text.",
    ]);
    expect(errors([{ name: "users.csv", bytes: new Uint8Array([0x63, 0xe9]) }])[0]).toMatch(/not UTF-8/);
    expect(errors([{ name: "users.csv", bytes: new Uint8Array(11 * 1024 * 1024) }])[0]).toMatch(
      /at most 10\.0 MB/,
    );
    expect(errors([])).toEqual(["Choose the roster's zip file or its CSV files."]);
  });

  it("refuses a zip that unpacks to over 50 MB before inflating it", () => {
    const bomb = zipSync({ "users.csv": new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const read = readRosterUpload([{ name: "bomb.zip", bytes: bomb }]);
    expect(read).toEqual({ ok: false, errors: ["bomb.zip unpacks to over 50.0 MB of CSV files."] });
  });
});
