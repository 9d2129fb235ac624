import "server-only";
import type { Viewer } from "../auth/viewer-types";
import { findOwnAssignmentOrThrow } from "./access";

/** An assignment's settings and its class roster with accommodations, for its teacher only. */
export async function getAssignmentSettingsOrThrow(viewer: Viewer | null, assignmentId: string) {
  const assignment = await findOwnAssignmentOrThrow(viewer, assignmentId, {
    id: true,
    openAt: true,
    dueAt: true,
    closedAt: true,
    attemptsAllowed: true,
    timeLimitMinutes: true,
    releasePolicy: true,
    scoringRule: true,
    latePolicy: true,
    shuffleQuestions: true,
    shuffleChoices: true,
    instructions: true,
    lesson: { select: { title: true } },
    class: {
      select: {
        id: true,
        name: true,
        enrollments: {
          where: { endedAt: null },
          orderBy: { student: { displayName: "asc" } },
          select: { student: { select: { id: true, displayName: true, username: true } } },
        },
      },
    },
    accommodations: { select: { studentId: true, timeFactor: true, extraAttempts: true } },
  });
  const byStudent = new Map(assignment.accommodations.map((a) => [a.studentId, a]));
  const { class: cls, accommodations: _accommodations, ...settings } = assignment;
  return {
    ...settings,
    class: { id: cls.id, name: cls.name },
    students: cls.enrollments.map(({ student }) => ({
      ...student,
      timeFactor: byStudent.get(student.id)?.timeFactor ?? 1,
      extraAttempts: byStudent.get(student.id)?.extraAttempts ?? 0,
    })),
  };
}
