import type { Refusal, RosterEnrollment, RosterPlan, RosterUser } from "./oneroster-plan";

type Role = "teacher" | "student";

/** What Lectern holds that an import may match: read by lib/rosters/roster-state.ts, compared here without I/O. */
export type RosterState = {
  /** Accounts whose sourcedId, email or username the export names. */
  users: {
    id: string;
    sourcedId: string | null;
    role: Role;
    displayName: string;
    email: string | null;
    username: string | null;
  }[];
  /** Classes whose sourcedId the export names. */
  classes: { id: string; sourcedId: string; name: string; ownerId: string }[];
  /** Memberships of those classes. */
  members: {
    classId: string;
    studentId: string;
    studentSourcedId: string | null;
    sourcedId: string | null;
    ended: boolean;
  }[];
  /** Co-teachers of those classes. */
  coTeachers: {
    classId: string;
    teacherId: string;
    teacherSourcedId: string | null;
    sourcedId: string | null;
  }[];
};

/** A membership or co-teacher to add, keep or mark as the roster's, by the records' sourcedIds. */
export type RosterLink = { sourcedId: string; classSourcedId: string; userSourcedId: string };

/** What an import writes; a second run of the same export finds every list empty. */
export type RosterChanges = {
  createUsers: (RosterUser & { role: Role })[];
  /** Matched accounts whose name or login differ, or that the roster has not claimed yet (sourcedId null). */
  updateUsers: { id: string; sourcedId: string; name: string; login: string | null; role: Role }[];
  createClasses: { sourcedId: string; title: string; ownerSourcedId: string }[];
  updateClasses: { id: string; sourcedId: string; title: string }[];
  /** New memberships, ended ones to reopen and ones made in Lectern the roster now lists. */
  addMembers: RosterLink[];
  endMembers: { classId: string; studentId: string }[];
  addCoTeachers: RosterLink[];
  removeCoTeachers: { classId: string; teacherId: string }[];
  refused: Refusal[];
};

export type RosterSummary = {
  users: { create: number; update: number };
  classes: { create: number; update: number };
  members: { add: number; end: number };
  coTeachers: { add: number; remove: number };
  refused: number;
};

export function summarize(c: RosterChanges): RosterSummary {
  return {
    users: { create: c.createUsers.length, update: c.updateUsers.length },
    classes: { create: c.createClasses.length, update: c.updateClasses.length },
    members: { add: c.addMembers.length, end: c.endMembers.length },
    coTeachers: { add: c.addCoTeachers.length, remove: c.removeCoTeachers.length },
    refused: c.refused.length,
  };
}

const pair = (classKey: string, userKey: string) => `${classKey}\u0000${userKey}`;
const loginOf = (u: RosterState["users"][number]) => (u.role === "teacher" ? u.email : u.username);

/** Each account of the export matched by sourcedId, else by its login, or refused with a reason. */
function matchUsers(users: RosterUser[], state: RosterState, refused: Refusal[]) {
  const bySourcedId = new Map(state.users.flatMap((u) => (u.sourcedId ? [[u.sourcedId, u] as const] : [])));
  const byLogin = new Map(state.users.flatMap((u) => (loginOf(u) ? [[loginOf(u)!, u] as const] : [])));
  const claimedLogins = new Map<string, string>();
  const accepted: RosterUser[] = [];
  const create: RosterChanges["createUsers"] = [];
  const update: RosterChanges["updateUsers"] = [];
  const ids = new Map<string, string>();
  for (const user of users) {
    const refuse = (reason: string) => refused.push({ file: "users.csv", line: user.line, reason });
    const kind = user.role === "teacher" ? "email address" : "username";
    const held = user.login ? byLogin.get(user.login) : undefined;
    const match = bySourcedId.get(user.sourcedId) ?? (held && held.sourcedId === null ? held : undefined);
    if (user.login && claimedLogins.has(user.login)) {
      refuse(`${kind} "${user.login}" is also on line ${claimedLogins.get(user.login)}`);
      continue;
    }
    if (match && match.role !== user.role) {
      refuse(`the Lectern account "${loginOf(match)}" is a ${match.role}, not a ${user.role}`);
      continue;
    }
    if (held && held.id !== match?.id) {
      refuse(`${kind} "${user.login}" belongs to another Lectern account`);
      continue;
    }
    if (user.login) claimedLogins.set(user.login, String(user.line));
    accepted.push(user);
    if (match) ids.set(user.sourcedId, match.id);
    if (!match) create.push(user);
    else if (
      match.sourcedId !== user.sourcedId ||
      match.displayName !== user.name ||
      (user.login !== null && loginOf(match) !== user.login)
    )
      update.push({
        id: match.id,
        sourcedId: user.sourcedId,
        name: user.name,
        login: user.login,
        role: user.role,
      });
  }
  return { accepted, create, update, ids };
}

/**
 * The changes an import of `plan` makes to what Lectern holds (`state`), matched by sourcedId: accounts (a teacher
 * by email, a student by username, when the roster has not claimed them yet) and classes are created or updated;
 * a new class is owned by its first teacher enrollment and refused without one; other teachers become
 * co-teachers. For each class of the export, a membership or co-teacher the roster made that the export no
 * longer lists, or marks tobedeleted, is ended (a membership) or removed (a co-teacher); the class's owner stays.
 * Classes the export does not list are left alone.
 */
export function diffRoster(plan: Extract<RosterPlan, { ok: true }>, state: RosterState): RosterChanges {
  const refused = [...plan.refused];
  const users = matchUsers(plan.users, state, refused);
  const accepted = new Map(users.accepted.map((u) => [u.sourcedId, u]));
  const refusedUsers = new Set(plan.users.filter((u) => !accepted.has(u.sourcedId)).map((u) => u.sourcedId));
  const classes = new Map(state.classes.map((c) => [c.sourcedId, c]));

  // One enrollment per class and person: a repeated pair under another sourcedId is refused.
  const seen = new Map<string, number>();
  const enrollments: RosterEnrollment[] = [];
  for (const e of plan.enrollments) {
    const key = pair(e.classSourcedId, e.userSourcedId);
    const refuse = (reason: string) => refused.push({ file: "enrollments.csv", line: e.line, reason });
    if (seen.has(key))
      refuse(`user "${e.userSourcedId}" is enrolled in this class on line ${seen.get(key)} too`);
    else if (refusedUsers.has(e.userSourcedId))
      refuse(`user "${e.userSourcedId}" was refused (see users.csv)`);
    else {
      seen.set(key, e.line);
      enrollments.push(e);
    }
  }

  const createClasses: RosterChanges["createClasses"] = [];
  const updateClasses: RosterChanges["updateClasses"] = [];
  const owners = new Map<string, string>();
  const refusedClasses = new Set<string>();
  for (const cls of plan.classes) {
    const held = classes.get(cls.sourcedId);
    if (held) {
      if (held.name !== cls.title)
        updateClasses.push({ id: held.id, sourcedId: cls.sourcedId, title: cls.title });
      continue;
    }
    const owner = enrollments.find((e) => e.classSourcedId === cls.sourcedId && e.role === "teacher");
    if (!owner) {
      refusedClasses.add(cls.sourcedId);
      refused.push({
        file: "classes.csv",
        line: cls.line,
        reason: "no accepted teacher enrollment: a new Lectern class needs a teacher to own it",
      });
      continue;
    }
    owners.set(cls.sourcedId, owner.userSourcedId);
    createClasses.push({ sourcedId: cls.sourcedId, title: cls.title, ownerSourcedId: owner.userSourcedId });
  }

  const classIdOf = (sourcedId: string) => classes.get(sourcedId)?.id;
  const userIdOf = (sourcedId: string) => users.ids.get(sourcedId);
  const heldMembers = new Map(state.members.map((m) => [pair(m.classId, m.studentId), m]));
  const heldCoTeachers = new Map(state.coTeachers.map((t) => [pair(t.classId, t.teacherId), t]));
  const addMembers: RosterLink[] = [];
  const addCoTeachers: RosterLink[] = [];
  for (const e of enrollments) {
    if (refusedClasses.has(e.classSourcedId)) {
      refused.push({
        file: "enrollments.csv",
        line: e.line,
        reason: `class "${e.classSourcedId}" was refused (see classes.csv)`,
      });
      continue;
    }
    const link = { sourcedId: e.sourcedId, classSourcedId: e.classSourcedId, userSourcedId: e.userSourcedId };
    const classId = classIdOf(e.classSourcedId);
    const userId = userIdOf(e.userSourcedId);
    const key = classId && userId ? pair(classId, userId) : null;
    if (e.role === "student") {
      const held = key ? heldMembers.get(key) : undefined;
      if (!held || held.ended || held.sourcedId !== e.sourcedId) addMembers.push(link);
    } else if (owners.get(e.classSourcedId) === e.userSourcedId) continue;
    else if (classId && classes.get(e.classSourcedId)!.ownerId === userId) continue;
    else {
      const held = key ? heldCoTeachers.get(key) : undefined;
      if (!held || held.sourcedId !== e.sourcedId) addCoTeachers.push(link);
    }
  }

  // Ended: what the roster made in the export's classes and no longer lists, and what it marks tobedeleted.
  // Listed before the refusals above: an account refused for now keeps the places it had.
  const listed = new Set(plan.enrollments.map((e) => pair(e.classSourcedId, e.userSourcedId)));
  const deleted = new Set(plan.ended.map((e) => pair(e.classSourcedId, e.userSourcedId)));
  const exported = new Map(
    plan.classes.flatMap((c) => (classes.has(c.sourcedId) ? [[classIdOf(c.sourcedId)!, c.sourcedId]] : [])),
  );
  const gone = (classId: string, userSourcedId: string | null, sourcedId: string | null) => {
    const classSourcedId = exported.get(classId);
    if (!classSourcedId) return false;
    const key = userSourcedId === null ? null : pair(classSourcedId, userSourcedId);
    return key !== null && deleted.has(key) ? true : sourcedId !== null && (key === null || !listed.has(key));
  };
  const endMembers = state.members
    .filter((m) => !m.ended && gone(m.classId, m.studentSourcedId, m.sourcedId))
    .map((m) => ({ classId: m.classId, studentId: m.studentId }));
  const removeCoTeachers = state.coTeachers
    .filter((t) => gone(t.classId, t.teacherSourcedId, t.sourcedId))
    .map((t) => ({ classId: t.classId, teacherId: t.teacherId }));

  refused.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    createUsers: users.create,
    updateUsers: users.update,
    createClasses,
    updateClasses,
    addMembers,
    endMembers,
    addCoTeachers,
    removeCoTeachers,
    refused,
  };
}
