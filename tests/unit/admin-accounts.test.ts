import { describe, expect, it } from "vitest";
import { adminListSchema } from "../../lib/admin/admin-list-schema";
import { temporaryPassword } from "../../lib/admin/temporary-password";

describe("LECTERN_ADMINS", () => {
  it("reads comma-separated emails and usernames, trimmed and lowercase, skipping empty entries", () => {
    expect(adminListSchema.parse(" Head@School.test, deputy ,,k.lee_2,")).toEqual([
      "head@school.test",
      "deputy",
      "k.lee_2",
    ]);
    expect(adminListSchema.parse("")).toEqual([]);
  });

  it("refuses an entry that is neither an email address nor a username, naming it", () => {
    for (const bad of ["head school", "@school.test", "x", "-dash", "a;b"]) {
      const result = adminListSchema.safeParse(`ok@school.test,${bad}`);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toContain("is neither an email address nor a username");
    }
  });
});

describe("temporaryPassword", () => {
  it("is four groups of four unambiguous characters, different every time", () => {
    const passwords = Array.from({ length: 200 }, temporaryPassword);
    for (const p of passwords) expect(p).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
