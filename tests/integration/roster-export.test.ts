import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { authenticate } from "../../lib/auth/sign-in";
import { addCoTeacher } from "../../lib/classes/co-teachers";
import { removeStudent } from "../../lib/classes/roster";
import { exportClassRoster } from "../../lib/classes/roster-export";
import { db } from "../../lib/db";
import { createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { createUserWithPassword, twoClassrooms } from "../support/scenario";

const PASSWORD = "roster-export-pass-1";

describe("exportClassRoster", () => {
  it("lists every student who was in the class with status and last sign-in, for owner and co-teacher", async () => {
    const world = await twoClassrooms(2);
    const signer = await createUserWithPassword({ role: "student", password: PASSWORD });
    await db.enrollment.create({ data: { classId: world.cls.id, studentId: signer.id } });
    expect(await authenticate(signer.login, PASSWORD)).not.toBeNull();
    await removeStudent(world.teacher, world.cls.id, { studentId: world.students[1]!.id });
    const coTeacher = await createTeacher();
    const { email } = await db.user.findUniqueOrThrow({
      where: { id: coTeacher.id },
      select: { email: true },
    });
    await addCoTeacher(world.teacher, world.cls.id, { email: email! });

    const owners = await exportClassRoster(world.teacher, world.cls.id);
    expect(owners.filename).toMatch(/-roster\.csv$/);
    expect((await exportClassRoster(coTeacher, world.cls.id)).csv).toBe(owners.csv);

    const [header, ...rows]: string[][] = parse(owners.csv, { bom: true });
    expect(header).toEqual(["Name", "Username", "Status", "Joined", "Left", "Last sign-in (UTC)"]);
    expect(rows).toHaveLength(3);
    const byUsername = new Map(rows.map((r) => [r[1], r]));
    const signed = byUsername.get(signer.username!)!;
    expect(signed[2]).toBe("in the class");
    expect(signed[5]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    const left = rows.at(-1)!;
    expect(left[2]).toBe("left the class");
    expect(left[4]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(left[5]).toBe("");
  });

  it("is not found for another teacher's class and refused to a student", async () => {
    const world = await twoClassrooms(1);
    await expectAppError(exportClassRoster(world.otherTeacher, world.cls.id), "not_found");
    await expectAppError(exportClassRoster(world.students[0]!, world.cls.id), "forbidden");
    await expectAppError(exportClassRoster(null, world.cls.id), "unauthorized");
  });
});
