import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { getTaughtClassOrThrow } from "./access";

/** What a roster event records: every change to who is in a class, who teaches it, and the class itself. */
export const ROSTER_ACTIONS = {
  joined: "joined with the class code",
  added: "added",
  removed: "removed from the class",
  moved_out: "moved to another class",
  moved_in: "moved here from another class",
  password_reset: "password reset code made",
  renamed: "class renamed",
  archived: "class archived",
  unarchived: "class restored from the archive",
  join_code_new: "new join code made",
  join_code_off: "joining by code turned off",
  co_teacher_added: "co-teacher added",
  co_teacher_removed: "co-teacher removed",
} as const;
export type RosterAction = keyof typeof ROSTER_ACTIONS;

type Client = Prisma.TransactionClient | typeof db;

export type RosterEventInput = {
  classId: string;
  actorId: string;
  action: RosterAction;
  studentId?: string | null;
  detail?: string;
};

/** Records roster changes in the transaction that makes them, so a change is never made unrecorded. */
export async function logRoster(tx: Client, ...events: RosterEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.rosterEvent.createMany({
    data: events.map((e) => ({
      classId: e.classId,
      actorId: e.actorId,
      action: e.action,
      studentId: e.studentId ?? null,
      detail: e.detail ?? "",
    })),
  });
}

export type RosterEventRow = {
  id: string;
  at: Date;
  actor: string;
  student: string | null;
  what: string;
  detail: string;
};

/** The class's roster log, newest first, for its teachers. */
export async function listRosterEvents(viewer: Viewer | null, classId: string, take = 100) {
  const cls = await getTaughtClassOrThrow(viewer, classId);
  const rows = await db.rosterEvent.findMany({
    where: { classId: cls.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      createdAt: true,
      action: true,
      detail: true,
      actor: { select: { displayName: true } },
      student: { select: { displayName: true, username: true } },
    },
  });
  return rows.map((r): RosterEventRow => ({
    id: r.id,
    at: r.createdAt,
    actor: r.actor.displayName,
    student: r.student ? `${r.student.displayName} (${r.student.username ?? "no username"})` : null,
    what: ROSTER_ACTIONS[r.action as RosterAction] ?? r.action,
    detail: r.detail,
  }));
}
