import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IDLE_LIMIT_SECONDS } from "../../lib/auth/session-claims";
import { QUESTION_TYPES, SKILLS } from "../../lib/content/schema";

/** Each enum of schema.prisma with its values in order, read from the file itself. */
function schemaEnums(): Map<string, string[]> {
  const schema = fs.readFileSync(path.resolve(process.cwd(), "prisma/schema.prisma"), "utf8");
  const enums = new Map<string, string[]>();
  for (const [, name, body] of schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    const values = body!
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter(Boolean)
      .map((line) => line.split(/\s/)[0]!);
    enums.set(name!, values);
  }
  return enums;
}

describe("enum values: one spelling, the database's, everywhere", () => {
  const enums = schemaEnums();

  it("are snake_case in schema.prisma, including values added later (a new skill, a new role)", () => {
    expect(enums.size).toBeGreaterThanOrEqual(8);
    for (const [name, values] of enums) {
      expect(values.length, name).toBeGreaterThan(0);
      for (const value of values) expect(value, `${name}.${value}`).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    }
  });

  it("are the values the app lists: question types, skills, and a session idle limit per role", () => {
    expect([...QUESTION_TYPES].sort()).toEqual([...enums.get("QuestionType")!].sort());
    expect([...SKILLS].sort()).toEqual([...enums.get("Skill")!].sort());
    expect(Object.keys(IDLE_LIMIT_SECONDS).sort()).toEqual([...enums.get("Role")!].sort());
  });
});
