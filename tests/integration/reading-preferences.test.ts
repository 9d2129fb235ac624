import { describe, expect, it } from "vitest";
import { setAccommodation } from "../../lib/assignments/edit-mutations";
import { getQuizForStudentOrThrow } from "../../lib/attempts/queries";
import { addCoTeacher } from "../../lib/classes/co-teachers";
import { removeStudent } from "../../lib/classes/roster";
import { db } from "../../lib/db";
import { saveReadingPreferences, setClassReadingDefault } from "../../lib/reading/preferences-mutations";
import {
  getAssignmentReading,
  getClassReadingDefaults,
  getOwnReadingPreferences,
} from "../../lib/reading/preferences-queries";
import { APP_DEFAULTS, NO_PREFERENCES } from "../../lib/reading/preferences-rules";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { createTeacher } from "../support/factories";
import { twoClassrooms } from "../support/scenario";

async function emailOf(id: string) {
  return (await db.user.findUniqueOrThrow({ where: { id }, select: { email: true } })).email!;
}

describe("a student's reading preferences", () => {
  it("are saved per student, change only the fields sent, and are read back on any later request", async () => {
    const world = await twoClassrooms(2);
    const [ada, ben] = world.students as [(typeof world.students)[0], (typeof world.students)[0]];
    expect(await getOwnReadingPreferences(ada)).toEqual(NO_PREFERENCES);

    await saveReadingPreferences(ada, { textSize: 150, font: "dyslexic", theme: "dark" });
    await saveReadingPreferences(ada, {
      lineSpacing: 21,
      lineFocus: true,
      speechRate: 125,
      voiceName: "Daniel",
    });
    await saveReadingPreferences(ada, { textSize: 130 });
    expect(await getOwnReadingPreferences(ada)).toEqual({
      textSize: 130,
      lineSpacing: 21,
      font: "dyslexic",
      lineFocus: true,
      theme: "dark",
      readAloud: null,
      speechRate: 125,
      voiceName: "Daniel",
    });
    // Another student's are their own: untouched by Ada's.
    expect(await getOwnReadingPreferences(ben)).toEqual(NO_PREFERENCES);
    await saveReadingPreferences(ben, { theme: "high_contrast" });
    expect((await getOwnReadingPreferences(ben)).theme).toBe("high_contrast");
    expect((await getOwnReadingPreferences(ada)).theme).toBe("dark");

    // Back to the system's theme is no choice.
    await saveReadingPreferences(ada, { theme: "system" });
    expect((await getOwnReadingPreferences(ada)).theme).toBeNull();
    expect((await getAssignmentReading(ada, world.assignment.id)).theme).toBe("system");
  });

  it("refuses values it does not offer, an empty change and an anonymous caller, writing nothing", async () => {
    const world = await twoClassrooms(1);
    const student = world.students[0]!;
    await saveReadingPreferences(student, { textSize: 115 });
    for (const bad of [
      { textSize: 12 },
      { textSize: "150" },
      { theme: "neon" },
      { font: "comic" },
      { speechRate: 1000 },
      { voiceName: "x".repeat(201) },
      { voiceName: "bad\u0000" },
      {},
      { unknown: 1 },
      null,
      "textSize=150",
    ]) {
      await expectRefusedWithoutWrites(() => saveReadingPreferences(student, bad), "invalid");
    }
    await expectRefusedWithoutWrites(() => saveReadingPreferences(null, { textSize: 150 }), "unauthorized");
    expect((await getOwnReadingPreferences(student)).textSize).toBe(115);
  });

  it("saves two identical changes sent at once", async () => {
    const world = await twoClassrooms(1);
    const student = world.students[0]!;
    const results = await Promise.all(
      Array.from({ length: 4 }, () => saveReadingPreferences(student, { lineFocus: true })),
    );
    expect(results.every((r) => r.saved.includes("lineFocus"))).toBe(true);
    expect((await getOwnReadingPreferences(student)).lineFocus).toBe(true);
  });
});

describe("a teacher's reading defaults for a student of a class", () => {
  it("are set by the class's teachers, co-teachers included, and by no other teacher", async () => {
    const world = await twoClassrooms(2);
    const student = world.students[0]!;
    const coTeacher = await createTeacher();
    await addCoTeacher(world.teacher, world.cls.id, { email: await emailOf(coTeacher.id) });

    await setClassReadingDefault(world.teacher, world.cls.id, { studentId: student.id, readAloud: "on" });
    expect((await getClassReadingDefaults(world.teacher, world.cls.id)).get(student.id)).toEqual({
      readAloud: true,
      dyslexicFont: false,
    });
    await setClassReadingDefault(coTeacher, world.cls.id, {
      studentId: student.id,
      readAloud: "on",
      dyslexicFont: "on",
    });
    expect((await getClassReadingDefaults(coTeacher, world.cls.id)).get(student.id)).toEqual({
      readAloud: true,
      dyslexicFont: true,
    });

    // Another teacher neither reads nor sets them; a student of another class is not found in this one.
    await expectRefusedWithoutWrites(
      () => getClassReadingDefaults(world.otherTeacher, world.cls.id),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () => setClassReadingDefault(world.otherTeacher, world.cls.id, { studentId: student.id }),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () =>
        setClassReadingDefault(world.teacher, world.cls.id, {
          studentId: world.outsider.id,
          readAloud: "on",
        }),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () => setClassReadingDefault(student, world.cls.id, { studentId: student.id, readAloud: "on" }),
      "forbidden",
    );
    await expectRefusedWithoutWrites(
      () => setClassReadingDefault(world.teacher, world.cls.id, { studentId: student.id, readAloud: "yes" }),
      "invalid",
    );
    // A student who left the class gets no new default there.
    const leaver = world.students[1]!;
    await removeStudent(world.teacher, world.cls.id, { studentId: leaver.id });
    await expectRefusedWithoutWrites(
      () => setClassReadingDefault(world.teacher, world.cls.id, { studentId: leaver.id, readAloud: "on" }),
      "not_found",
    );
  });

  it("are the starting point of each assignment of the class, with its accommodations; the student's own choice wins", async () => {
    const world = await twoClassrooms(2, { attemptsAllowed: 2 });
    const [ada, ben] = world.students as [(typeof world.students)[0], (typeof world.students)[0]];
    await setClassReadingDefault(world.teacher, world.cls.id, {
      studentId: ada.id,
      readAloud: "on",
      dyslexicFont: "on",
    });
    await setAccommodation(world.teacher, world.assignment.id, {
      studentId: ada.id,
      timeFactor: "1.5",
      extraAttempts: "1",
    });

    const opened = await getAssignmentReading(ada, world.assignment.id);
    expect(opened).toEqual({ ...APP_DEFAULTS, readAloud: true, font: "dyslexic" });
    // The accommodation still applies beside the defaults: one more attempt than the class's.
    const quiz = await getQuizForStudentOrThrow(ada, world.assignment.id);
    const classmate = await getQuizForStudentOrThrow(ben, world.assignment.id);
    expect(classmate.assignment.attemptsAllowed).toBe(2);
    expect(quiz.assignment.attemptsAllowed).toBe(3);
    // A classmate without defaults opens with the app's.
    expect(await getAssignmentReading(ben, world.assignment.id)).toEqual(APP_DEFAULTS);

    // Ada turns the reading font off herself: her choice wins over the teacher's default, read aloud stays on.
    await saveReadingPreferences(ada, { font: "standard" });
    expect(await getAssignmentReading(ada, world.assignment.id)).toMatchObject({
      font: "standard",
      readAloud: true,
    });
  });

  it("are read only by a student of the assignment's class", async () => {
    const world = await twoClassrooms(1);
    await expectRefusedWithoutWrites(
      () => getAssignmentReading(world.outsider, world.assignment.id),
      "not_found",
    );
    await expectRefusedWithoutWrites(() => getAssignmentReading(world.students[0]!, "x\u0000"), "not_found");
    await expectRefusedWithoutWrites(() => getAssignmentReading(null, world.assignment.id), "unauthorized");
  });
});
