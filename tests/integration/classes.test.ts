import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createClass, joinClass } from "../../lib/classes/mutations";
import { getTeacherClassOrThrow, listStudentClasses, listTeacherClasses } from "../../lib/classes/queries";
import { createClassFor, createStudent, createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { twoClassrooms } from "../support/scenario";

describe("createClass", () => {
  it("creates a class owned by the teacher with a 6-character join code", async () => {
    const teacher = await createTeacher();
    const created = await createClass(teacher, { name: "  Period 2 " });
    expect(created.name).toBe("Period 2");
    expect(created.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    const row = await db.class.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ teacherId: teacher.id, joinCode: created.joinCode, archivedAt: null });
  });

  it("refuses students (forbidden) and anonymous callers (unauthorized), writing nothing", async () => {
    const { students, outsider } = await twoClassrooms(1);
    await expectRefusedWithoutWrites(() => createClass(students[0]!, { name: "Mine" }), "forbidden");
    await expectRefusedWithoutWrites(() => createClass(outsider, { name: "Mine" }), "forbidden");
    await expectRefusedWithoutWrites(() => createClass(null, { name: "Mine" }), "unauthorized");
  });

  it.each([
    ["an empty name", "   "],
    ["a name over 80 characters", "x".repeat(81)],
  ])("refuses %s as invalid on the name field, writing nothing", async (_label, name) => {
    const teacher = await createTeacher();
    const error = await expectRefusedWithoutWrites(() => createClass(teacher, { name }), "invalid");
    expect(error.fieldErrors?.name?.length).toBeGreaterThan(0);
  });
});

describe("joinClass", () => {
  it("enrolls a student by code (any case and spacing), and joining again changes nothing", async () => {
    const cls = await createClassFor(await createTeacher(), "History");
    const student = await createStudent();
    expect(await joinClass(student, { joinCode: ` ${cls.joinCode.toLowerCase()} ` })).toEqual({
      id: cls.id,
      name: "History",
    });
    await joinClass(student, { joinCode: cls.joinCode });
    expect(await db.enrollment.findMany({ where: { studentId: student.id } })).toMatchObject([
      { classId: cls.id },
    ]);
  });

  it("refuses teachers (forbidden) and anonymous callers (unauthorized), writing nothing", async () => {
    const { teacher, otherTeacher, cls } = await twoClassrooms(1);
    await expectRefusedWithoutWrites(() => joinClass(teacher, { joinCode: cls.joinCode }), "forbidden");
    await expectRefusedWithoutWrites(() => joinClass(otherTeacher, { joinCode: cls.joinCode }), "forbidden");
    await expectRefusedWithoutWrites(() => joinClass(null, { joinCode: cls.joinCode }), "unauthorized");
  });

  it.each([
    ["an unknown code", "ZZZZZ0"],
    ["a malformed code", "AB-12"],
    ["no code", undefined],
  ])("refuses %s as invalid on the joinCode field, writing nothing", async (_label, joinCode) => {
    const student = await createStudent();
    const error = await expectRefusedWithoutWrites(() => joinClass(student, { joinCode }), "invalid");
    expect(error.fieldErrors?.joinCode?.length).toBeGreaterThan(0);
  });

  it("refuses the code of an archived class, writing nothing", async () => {
    const cls = await createClassFor(await createTeacher());
    await db.class.update({ where: { id: cls.id }, data: { archivedAt: new Date() } });
    const student = await createStudent();
    await expectRefusedWithoutWrites(() => joinClass(student, { joinCode: cls.joinCode }), "invalid");
  });
});

describe("listTeacherClasses", () => {
  it("lists only the teacher's own open classes, with student and assignment counts", async () => {
    const { teacher, cls, otherClass } = await twoClassrooms(3);
    const empty = await createClassFor(teacher, "Empty");
    const archived = await createClassFor(teacher, "Archived");
    await db.class.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const list = await listTeacherClasses(teacher);
    expect(list.map((c) => c.id).sort()).toEqual([cls.id, empty.id].sort());
    expect(list.find((c) => c.id === cls.id)).toEqual({
      id: cls.id,
      name: cls.name,
      joinCode: cls.joinCode,
      role: "owner",
      archived: false,
      studentCount: 3,
      assignmentCount: 1,
    });
    expect(list.find((c) => c.id === empty.id)).toMatchObject({ studentCount: 0, assignmentCount: 0 });
    expect(list.map((c) => c.id)).not.toContain(otherClass.id);
  });

  it("refuses students (forbidden) and anonymous callers (unauthorized)", async () => {
    const { students, outsider } = await twoClassrooms(1);
    await expectAppError(listTeacherClasses(students[0]!), "forbidden");
    await expectAppError(listTeacherClasses(outsider), "forbidden");
    await expectAppError(listTeacherClasses(null), "unauthorized");
  });
});

describe("getTeacherClassOrThrow", () => {
  it("returns the teacher's own class", async () => {
    const { teacher, cls } = await twoClassrooms(1);
    expect(await getTeacherClassOrThrow(teacher, cls.id)).toMatchObject({
      id: cls.id,
      name: cls.name,
      joinCode: cls.joinCode,
    });
  });

  it("answers not_found for another teacher's class, a missing id and garbage ids", async () => {
    const { teacher, otherClass } = await twoClassrooms(1);
    await expectAppError(getTeacherClassOrThrow(teacher, otherClass.id), "not_found");
    for (const id of ["cmissingclass0000000000000", "", "' OR 1=1 --", "../x", "x".repeat(500)]) {
      await expectAppError(getTeacherClassOrThrow(teacher, id), "not_found");
    }
  });

  it("refuses the class's own student and another class's student (forbidden) and anonymous (unauthorized)", async () => {
    const { cls, students, outsider } = await twoClassrooms(1);
    await expectAppError(getTeacherClassOrThrow(students[0]!, cls.id), "forbidden");
    await expectAppError(getTeacherClassOrThrow(outsider, cls.id), "forbidden");
    await expectAppError(getTeacherClassOrThrow(null, cls.id), "unauthorized");
  });
});

describe("listStudentClasses", () => {
  it("lists only the open classes the student is enrolled in, with the teacher's name", async () => {
    const { cls, students, otherClass, teacher } = await twoClassrooms(1);
    const student = students[0]!;
    const archived = await createClassFor(teacher, "Old class");
    await db.enrollment.create({ data: { classId: archived.id, studentId: student.id } });
    await db.class.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const list = await listStudentClasses(student);
    expect(list).toEqual([{ id: cls.id, name: cls.name, teacher: { displayName: teacher.displayName } }]);
    expect(list.map((c) => c.id)).not.toContain(otherClass.id);
    expect(await listStudentClasses(await createStudent())).toEqual([]);
  });

  it("refuses teachers (forbidden) and anonymous callers (unauthorized)", async () => {
    const { teacher, otherTeacher } = await twoClassrooms(1);
    await expectAppError(listStudentClasses(teacher), "forbidden");
    await expectAppError(listStudentClasses(otherTeacher), "forbidden");
    await expectAppError(listStudentClasses(null), "unauthorized");
  });
});
