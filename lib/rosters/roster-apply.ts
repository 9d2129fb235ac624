import "server-only";
import { hashPassword } from "../auth/password";
import { generatedUsernames } from "../classes/bulk-add";
import { oneTimePassword } from "../classes/one-time-secret";
import { logRoster, type RosterEventInput } from "../classes/roster-log";
import type { Prisma } from "../generated/prisma/client";
import type { RosterChanges } from "./oneroster-diff";

type Tx = Prisma.TransactionClient;

/** A new account's login card: shown once after the import, stored only as the password's hash. */
export type RosterCard = { className: string; name: string; username: string; password: string };

/** One-time passwords and their hashes for the accounts to create, made before the transaction (argon2 is slow). */
export type Secrets = Map<string, { password: string; hash: string }>;

export async function secretsFor(changes: RosterChanges, made: Secrets = new Map()): Promise<Secrets> {
  const missing = changes.createUsers.filter((u) => !made.has(u.sourcedId));
  const passwords = missing.map(() => oneTimePassword());
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
  missing.forEach((u, i) => made.set(u.sourcedId, { password: passwords[i]!, hash: hashes[i]! }));
  return made;
}

const loginData = (role: "teacher" | "student", login: string) =>
  role === "teacher" ? { email: login } : { username: login };

async function writeUsers(tx: Tx, changes: RosterChanges, secrets: Secrets) {
  const usernames = await generatedUsernames(
    changes.createUsers.map((u) => ({
      line: u.line,
      name: u.name,
      username: u.role === "student" ? u.login : "",
    })),
    new Set(changes.createUsers.flatMap((u) => (u.role === "student" && u.login ? [u.login] : []))),
  );
  const now = new Date();
  await tx.user.createMany({
    data: changes.createUsers.map((u, i) => ({
      role: u.role,
      ...(u.role === "teacher" ? { email: u.login! } : { username: usernames[i]! }),
      displayName: u.name,
      passwordHash: secrets.get(u.sourcedId)!.hash,
      mustChangePassword: true,
      sourcedId: u.sourcedId,
      // The administrator who imports a teacher vouches for them, as approving one does.
      verifiedAt: u.role === "teacher" ? now : null,
    })),
  });
  for (const u of changes.updateUsers)
    await tx.user.update({
      where: { id: u.id },
      data: { sourcedId: u.sourcedId, displayName: u.name, ...(u.login ? loginData(u.role, u.login) : {}) },
    });
  return changes.createUsers.map((u, i) => ({
    sourcedId: u.sourcedId,
    name: u.name,
    username: u.role === "teacher" ? u.login! : usernames[i]!,
    password: secrets.get(u.sourcedId)!.password,
  }));
}

async function idsBySourcedId(tx: Tx, kind: "user" | "class", sourcedIds: string[]) {
  const rows =
    kind === "user"
      ? await tx.user.findMany({
          where: { sourcedId: { in: sourcedIds } },
          select: { id: true, sourcedId: true },
        })
      : await tx.class.findMany({
          where: { sourcedId: { in: sourcedIds } },
          select: { id: true, sourcedId: true },
        });
  return new Map(rows.map((r) => [r.sourcedId!, r.id]));
}

/**
 * Writes `changes` in the caller's transaction, each roster change logged (by `actorId`, else by the class's
 * owner when the command line imports). Ended memberships keep their row and every attempt; their sourcedId is
 * cleared, as the roster no longer holds them.
 */
export async function writeRosterChanges(
  tx: Tx,
  changes: RosterChanges,
  secrets: Secrets,
  actorId: string | null,
): Promise<RosterCard[]> {
  const created = await writeUsers(tx, changes, secrets);
  const users = await idsBySourcedId(tx, "user", [
    ...new Set([
      ...changes.createClasses.map((c) => c.ownerSourcedId),
      ...changes.addMembers.map((m) => m.userSourcedId),
      ...changes.addCoTeachers.map((m) => m.userSourcedId),
    ]),
  ]);
  await tx.class.createMany({
    data: changes.createClasses.map((c) => ({
      name: c.title,
      teacherId: users.get(c.ownerSourcedId)!,
      sourcedId: c.sourcedId,
    })),
  });
  for (const c of changes.updateClasses)
    await tx.class.update({ where: { id: c.id }, data: { name: c.title } });
  const classSourcedIds = [
    ...new Set([
      ...changes.createClasses.map((c) => c.sourcedId),
      ...[...changes.addMembers, ...changes.addCoTeachers].map((m) => m.classSourcedId),
    ]),
  ];
  const classes = await tx.class.findMany({
    where: { sourcedId: { in: classSourcedIds } },
    select: { id: true, sourcedId: true, name: true, teacherId: true },
  });
  const classOf = new Map(classes.map((c) => [c.sourcedId!, c]));
  const ownerOf = new Map(classes.map((c) => [c.id, c.teacherId]));
  const events: RosterEventInput[] = [];
  const log = (classId: string, event: Omit<RosterEventInput, "classId" | "actorId">) =>
    events.push({ classId, actorId: actorId ?? ownerOf.get(classId)!, detail: "OneRoster import", ...event });

  // A sourcedId the export moved to another class and person is taken from the row that held it.
  const linked = [...changes.addMembers, ...changes.addCoTeachers].map((m) => m.sourcedId);
  await tx.enrollment.updateMany({ where: { sourcedId: { in: linked } }, data: { sourcedId: null } });
  await tx.classTeacher.updateMany({ where: { sourcedId: { in: linked } }, data: { sourcedId: null } });
  const members = changes.addMembers.map((m) => ({
    classId: classOf.get(m.classSourcedId)!.id,
    studentId: users.get(m.userSourcedId)!,
    sourcedId: m.sourcedId,
  }));
  // New memberships in one statement (a district's first import adds thousands); a row already there, ended or
  // made in Lectern, is reopened and claimed one by one.
  const held = await tx.enrollment.findMany({
    where: { classId: { in: [...new Set(members.map((m) => m.classId))] } },
    select: { classId: true, studentId: true },
  });
  const heldPairs = new Set(held.map((e) => `${e.classId} ${e.studentId}`));
  await tx.enrollment.createMany({
    data: members.filter((m) => !heldPairs.has(`${m.classId} ${m.studentId}`)),
  });
  for (const m of members) {
    if (heldPairs.has(`${m.classId} ${m.studentId}`))
      await tx.enrollment.update({
        where: { classId_studentId: { classId: m.classId, studentId: m.studentId } },
        data: { endedAt: null, sourcedId: m.sourcedId },
      });
    log(m.classId, { action: "added", studentId: m.studentId });
  }
  for (const t of changes.addCoTeachers) {
    const cls = classOf.get(t.classSourcedId)!;
    const teacherId = users.get(t.userSourcedId)!;
    await tx.classTeacher.upsert({
      where: { classId_teacherId: { classId: cls.id, teacherId } },
      create: { classId: cls.id, teacherId, sourcedId: t.sourcedId },
      update: { sourcedId: t.sourcedId },
    });
    log(cls.id, { action: "co_teacher_added" });
  }
  const endedIn = await tx.class.findMany({
    where: { id: { in: [...changes.endMembers, ...changes.removeCoTeachers].map((m) => m.classId) } },
    select: { id: true, teacherId: true },
  });
  for (const c of endedIn) ownerOf.set(c.id, c.teacherId);
  const now = new Date();
  for (const m of changes.endMembers) {
    await tx.enrollment.updateMany({
      where: { classId: m.classId, studentId: m.studentId, endedAt: null },
      data: { endedAt: now, sourcedId: null },
    });
    log(m.classId, { action: "removed", studentId: m.studentId });
  }
  for (const t of changes.removeCoTeachers) {
    await tx.classTeacher.deleteMany({ where: { classId: t.classId, teacherId: t.teacherId } });
    log(t.classId, { action: "co_teacher_removed" });
  }
  await logRoster(tx, ...events);

  const firstClass = new Map<string, string>();
  for (const m of [
    ...changes.createClasses.map((c) => ({ classSourcedId: c.sourcedId, userSourcedId: c.ownerSourcedId })),
    ...changes.addCoTeachers,
    ...changes.addMembers,
  ])
    if (!firstClass.has(m.userSourcedId))
      firstClass.set(m.userSourcedId, classOf.get(m.classSourcedId)?.name ?? "");
  return created.map((c) => ({ ...c, className: firstClass.get(c.sourcedId) || "Lectern" }));
}
