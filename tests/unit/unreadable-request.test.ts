import { describe, expect, it } from "vitest";
import { actionBodyRefusal, MAX_REPLY_DEPTH, undecodablePath } from "../../lib/http/unreadable-request";

describe("paths Next.js cannot decode", () => {
  it("finds a segment whose percent-encoding is not UTF-8", () => {
    for (const bad of [
      "/api/attempts/%FF/answers",
      "/teacher/classes/%ED%A0%80",
      "/student/attempts/x%E2%82",
    ])
      expect(undecodablePath(bad), bad).toBe(true);
  });

  it("lets plain and well-encoded paths through", () => {
    for (const good of ["/", "/teacher/classes/ck1", "/api/attempts/a%20b/answers", "/lessons/%E2%82%AC"])
      expect(undecodablePath(good), good).toBe(false);
  });
});

describe("server-action bodies Next.js cannot read", () => {
  it("accepts React's reply encoding: a JSON array, or form fields with one", () => {
    expect(actionBodyRefusal('[null,"$K1"]')).toBeNull();
    const form = new FormData();
    form.append("_1_title", "x");
    form.append("0", '[null,"$K1"]');
    expect(actionBodyRefusal(form)).toBeNull();
  });

  it("refuses text that is not a JSON array, or nested past the bound", () => {
    for (const body of ["not the reply encoding", "[", '"a string"', "{}", ""])
      expect(actionBodyRefusal(body), body).toMatchObject({ status: 400 });
    const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
    expect(actionBodyRefusal(nested(MAX_REPLY_DEPTH + 1))).toMatchObject({ status: 400 });
    expect(actionBodyRefusal(nested(MAX_REPLY_DEPTH))).toBeNull();
    expect(actionBodyRefusal(`[${'"[[[[",'.repeat(100)}1]`)).toBeNull();
  });

  it("refuses form fields with control characters in a name, or without a readable root", () => {
    for (const name of ["a\u0000b", "a\r\nb"]) {
      const form = new FormData();
      form.append(name, "x");
      form.append("0", "[null]");
      expect(actionBodyRefusal(form), JSON.stringify(name)).toMatchObject({ status: 400 });
    }
    const rootless = new FormData();
    rootless.append("_1_title", "x");
    expect(actionBodyRefusal(rootless)).toMatchObject({ status: 400 });
  });
});
