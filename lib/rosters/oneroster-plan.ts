import { z } from "zod";
import { displayNameSchema, usernameSchema } from "../accounts/schema";
import { readCsvTable, type CsvRow } from "./oneroster-csv";

/** A row left out of the import, and why: the file, its line there and a sentence. */
export type Refusal = { file: string; line: number; reason: string };

/** A teacher's login is their email address; a student's is their username, null to have one made for them. */
export type RosterUser = {
  sourcedId: string;
  role: "teacher" | "student";
  name: string;
  login: string | null;
  line: number;
};
export type RosterClass = { sourcedId: string; title: string; line: number };
export type RosterEnrollment = {
  sourcedId: string;
  classSourcedId: string;
  userSourcedId: string;
  role: "teacher" | "student";
  line: number;
};

/**
 * What a OneRoster export asks for, read and checked without I/O: the classes, teachers, students and
 * enrollments to create or update by sourcedId, the enrollments the export marks deleted (to end, never delete),
 * and every row refused with its file, line and reason. A missing file or column refuses the whole export.
 */
export type RosterPlan =
  | {
      ok: true;
      classes: RosterClass[];
      users: RosterUser[];
      enrollments: RosterEnrollment[];
      ended: RosterEnrollment[];
      refused: Refusal[];
    }
  | { ok: false; errors: string[] };

/** The files of a OneRoster 1.1 or 1.2 CSV export Lectern reads; 1.2 names roles in roles.csv, not users.csv. */
export const ONEROSTER_FILES = [
  "users.csv",
  "classes.csv",
  "enrollments.csv",
  "roles.csv",
  "academicsessions.csv",
  "courses.csv",
] as const;

const MAX_SOURCED_ID = 255;
const LECTERN_ROLES: Record<string, "teacher" | "student"> = { teacher: "teacher", student: "student" };
const emailSchema = z.email();

// OneRoster's status is "active" or "tobedeleted" (empty in a bulk file means active).
const deleted = (row: CsvRow) => row.cells.status?.toLowerCase() === "tobedeleted";

/** Rows with a sourcedId not seen before in their file; the others refused. */
function distinct(file: string, rows: CsvRow[], refused: Refusal[]): CsvRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const id = row.cells.sourcedid ?? "";
    if (!id) refused.push({ file, line: row.line, reason: "sourcedId is empty" });
    // Stored in a unique index, whose entries PostgreSQL keeps short; OneRoster's ids are GUIDs or alike.
    else if (id.length > MAX_SOURCED_ID)
      refused.push({ file, line: row.line, reason: `sourcedId is over ${MAX_SOURCED_ID} characters` });
    else if (seen.has(id))
      refused.push({ file, line: row.line, reason: `sourcedId "${id}" is on an earlier line too` });
    else {
      seen.add(id);
      return true;
    }
    return false;
  });
}

/**
 * Each user's role: users.csv's role column (1.1), else their first teacher or student row of roles.csv (1.2), else
 * their first other role there (a parent, an administrator), which the user's refusal then names.
 */
function rolesOf(users: CsvRow[], roles: CsvRow[] | null): Map<string, string> {
  const out = new Map<string, string>();
  const active = (roles ?? []).filter((row) => !deleted(row) && row.cells.role);
  const lecternFirst = [
    ...active.filter((row) => LECTERN_ROLES[row.cells.role!.toLowerCase()]),
    ...active.filter((row) => !LECTERN_ROLES[row.cells.role!.toLowerCase()]),
  ];
  for (const row of lecternFirst)
    if (!out.has(row.cells.usersourcedid ?? ""))
      out.set(row.cells.usersourcedid ?? "", row.cells.role!.toLowerCase());
  for (const row of users) if (row.cells.role) out.set(row.cells.sourcedid!, row.cells.role.toLowerCase());
  return out;
}

function readUser(row: CsvRow, role: string | undefined): RosterUser | string {
  const lectern = LECTERN_ROLES[role ?? ""];
  if (!lectern)
    return role ? `role "${role}" has no Lectern account (only teacher and student)` : "no role given";
  const name = displayNameSchema.safeParse(
    [row.cells.preferredgivenname || row.cells.givenname, row.cells.familyname].filter(Boolean).join(" "),
  );
  if (!name.success) return "givenName and familyName are both empty, or the name is over 80 characters";
  const user = (login: string | null) =>
    ({ sourcedId: row.cells.sourcedid!, role: lectern, name: name.data, login, line: row.line }) as const;
  if (lectern === "teacher") {
    const email = emailSchema.safeParse((row.cells.email ?? "").trim().toLowerCase());
    if (!email.success) return "a teacher needs an email address (the email column), to sign in with";
    return user(email.data);
  }
  // No username: Lectern makes one as the bulk add does (lib/classes/bulk-add.ts).
  if (!row.cells.username) return user(null);
  const username = usernameSchema.safeParse(row.cells.username);
  if (!username.success)
    return `username "${row.cells.username}": ${username.error.issues[0]?.message ?? "not a Lectern username"}`;
  return user(username.data);
}

/**
 * A class's name as teachers know it: its course from courses.csv when the class title does not already say it
 * (schools often title sections "Period 1"), and its term from academicSessions.csv ("Biology, Period 1 (Fall
 * 2026)"), so a teacher who teaches the same course every term tells the classes apart. What does not fit in 80
 * characters is left out, the term first.
 */
function className(
  title: string,
  row: CsvRow,
  terms: Map<string | undefined, string | undefined>,
  courses: Map<string | undefined, string | undefined>,
): string {
  const course = courses.get(row.cells.coursesourcedid?.trim())?.trim();
  const withCourse =
    course && !title.toLowerCase().includes(course.toLowerCase()) ? `${course}, ${title}` : title;
  // termSourcedIds is a list (1.1 separates it by commas in one quoted cell); the first term names the class.
  const term = terms.get(row.cells.termsourcedids?.split(",")[0]?.trim())?.trim();
  const fits = (name: string) => displayNameSchema.safeParse(name).success && name.length <= 80;
  const withTerm = (name: string) => (term ? `${name} (${term})` : name);
  return [withTerm(withCourse), withCourse, withTerm(title)].find(fits) ?? title;
}

/**
 * Reads a OneRoster export's files (name to UTF-8 text; orgs are not needed to place people in classes and are
 * not read; courses and academic sessions only name the classes) into the plan of what an import would do.
 */
export function planRosterImport(files: Readonly<Record<string, string>>): RosterPlan {
  const errors: string[] = [];
  const table = (file: string, required: string[]) => {
    const text = files[file];
    if (text === undefined) {
      errors.push(`${file} is missing from the export.`);
      return [];
    }
    const read = readCsvTable(file, text, required);
    if (!read.ok) errors.push(read.reason);
    return read.ok ? read.rows : [];
  };
  const userRows = table("users.csv", ["sourcedId", "givenName", "familyName", "username"]);
  const classRows = table("classes.csv", ["sourcedId", "title"]);
  const enrollmentRows = table("enrollments.csv", ["sourcedId", "classSourcedId", "userSourcedId", "role"]);
  const hasRoleColumn = userRows.length === 0 || "role" in (userRows[0]?.cells ?? {});
  const roleRows = files["roles.csv"] !== undefined ? table("roles.csv", ["userSourcedId", "role"]) : null;
  const termRows =
    files["academicsessions.csv"] !== undefined ? table("academicsessions.csv", ["sourcedId", "title"]) : [];
  const courseRows = files["courses.csv"] !== undefined ? table("courses.csv", ["sourcedId", "title"]) : [];
  if (!hasRoleColumn && roleRows === null)
    errors.push("users.csv has no role column and there is no roles.csv (OneRoster 1.2) to say who teaches.");
  if (errors.length > 0) return { ok: false, errors };

  const refused: Refusal[] = [];
  const roles = rolesOf(userRows, roleRows);
  const users: RosterUser[] = [];
  for (const row of distinct("users.csv", userRows, refused)) {
    if (deleted(row)) continue;
    const user = readUser(row, roles.get(row.cells.sourcedid!));
    if (typeof user === "string") refused.push({ file: "users.csv", line: row.line, reason: user });
    else users.push(user);
  }
  const classes: RosterClass[] = [];
  const titles = (rows: CsvRow[]) =>
    new Map(rows.filter((r) => !deleted(r)).map((r) => [r.cells.sourcedid, r.cells.title]));
  const terms = titles(termRows);
  const courses = titles(courseRows);
  for (const row of distinct("classes.csv", classRows, refused)) {
    if (deleted(row)) continue;
    const title = displayNameSchema.safeParse(row.cells.title ?? "");
    if (!title.success)
      refused.push({ file: "classes.csv", line: row.line, reason: "title is empty or over 80 characters" });
    else
      classes.push({
        sourcedId: row.cells.sourcedid!,
        title: className(title.data, row, terms, courses),
        line: row.line,
      });
  }
  const userById = new Map(users.map((u) => [u.sourcedId, u]));
  const classIds = new Set(classes.map((c) => c.sourcedId));
  const enrollments: RosterEnrollment[] = [];
  const ended: RosterEnrollment[] = [];
  for (const row of distinct("enrollments.csv", enrollmentRows, refused)) {
    const refuse = (reason: string) => refused.push({ file: "enrollments.csv", line: row.line, reason });
    const classSourcedId = row.cells.classsourcedid ?? "";
    const userSourcedId = row.cells.usersourcedid ?? "";
    const role = LECTERN_ROLES[row.cells.role?.toLowerCase() ?? ""];
    const user = userById.get(userSourcedId);
    if (!role) refuse(`role "${row.cells.role ?? ""}" is neither teacher nor student`);
    else if (!classIds.has(classSourcedId))
      refuse(`class "${classSourcedId}" is not an active class of classes.csv`);
    else if (!user) refuse(`user "${userSourcedId}" is not an accepted user of users.csv`);
    else if (user.role !== role)
      refuse(`user "${userSourcedId}" is a ${user.role} in users.csv, enrolled as ${role}`);
    else
      (deleted(row) ? ended : enrollments).push({
        sourcedId: row.cells.sourcedid!,
        classSourcedId,
        userSourcedId,
        role,
        line: row.line,
      });
  }
  refused.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { ok: true, classes, users, enrollments, ended, refused };
}
