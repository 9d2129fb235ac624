import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { AppError } from "../../lib/errors";
import { databaseFingerprint, expectRefusedWithoutWrites } from "../support/db-state";
import { createTeacher } from "../support/factories";

// The "wrote nothing" checks of every other file rely on this helper noticing writes.
describe("databaseFingerprint", () => {
  it("changes on an insert, an update and a delete anywhere", async () => {
    const start = await databaseFingerprint();
    const teacher = await createTeacher();
    const inserted = await databaseFingerprint();
    expect(inserted).not.toEqual(start);
    await db.user.update({ where: { id: teacher.id }, data: { sessionVersion: 1 } });
    const updated = await databaseFingerprint();
    expect(updated.User).not.toBe(inserted.User);
    await db.user.delete({ where: { id: teacher.id } });
    expect(await databaseFingerprint()).toEqual(start);
  });

  it("makes expectRefusedWithoutWrites fail when a refused call wrote something", async () => {
    const sneaky = async () => {
      await createTeacher();
      throw new AppError("forbidden");
    };
    await expect(expectRefusedWithoutWrites(sneaky, "forbidden")).rejects.toThrow();
  });
});
