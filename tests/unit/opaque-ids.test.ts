import { beforeAll, describe, expect, it, vi } from "vitest";

type Module = typeof import("../../lib/attempts/opaque-ids");
type Questions = typeof import("../../lib/attempts/student-question");
let ids: Module;
let questions: Questions;

// A fixed secret makes the figures below the same on every run; the module reads it once, on import.
beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-lectern");
  ids = await import("../../lib/attempts/opaque-ids");
  questions = await import("../../lib/attempts/student-question");
});

// Stored ids are created in key order, as cuids are: increasing, sharing a long prefix.
const KEY_ORDER = ["cmi0abc0000a1", "cmi0abc0000b2", "cmi0abc0000c3", "cmi0abc0000d4"];
const ATTEMPTS = 2400;
const attemptId = (i: number) => `cmiattempt${String(i).padStart(6, "0")}`;
const sameOrder = (a: string[], b: string[]) => a.every((x, i) => x === b[i]);

describe("sealed choice ids", () => {
  it("open to the stored id for their own attempt only", () => {
    const sealed = ids.sealChoiceId("attempt-1", KEY_ORDER[0]!);
    expect(sealed).not.toContain(KEY_ORDER[0]!);
    expect(ids.openChoiceId("attempt-1", sealed)).toBe(KEY_ORDER[0]);
    expect(ids.openChoiceId("attempt-2", sealed)).toBeNull();
    expect(ids.openChoiceId("attempt-1", KEY_ORDER[0]!)).toBeNull();
    const flipped = Buffer.from(sealed, "base64url");
    flipped[flipped.length - 1]! ^= 1;
    expect(ids.openChoiceId("attempt-1", flipped.toString("base64url"))).toBeNull();
    expect(ids.openChoiceId("attempt-1", "")).toBeNull();
  });

  it("seal and open whole answers, refusing one with any id from elsewhere", () => {
    const answer = { type: "ordering" as const, choiceIds: [...KEY_ORDER] };
    const sealed = ids.sealAnswer("attempt-1", answer);
    expect(ids.openAnswer("attempt-1", sealed)).toEqual(answer);
    expect(ids.openAnswer("attempt-2", sealed)).toBeNull();
    const mixed = {
      type: "multiple_select" as const,
      choiceIds: [ids.sealChoiceId("attempt-1", KEY_ORDER[0]!), KEY_ORDER[1]!],
    };
    expect(ids.openAnswer("attempt-1", mixed)).toBeNull();
    expect(ids.openAnswer("attempt-1", { type: "single_choice", choiceId: null })).toEqual({
      type: "single_choice",
      choiceId: null,
    });
  });

  it("carry no order: sorting what a student sees predicts the key no better than chance", () => {
    let sortedIdsMatch = 0;
    let shownMatch = 0;
    const firstPlace = new Map<string, number>();
    for (let i = 0; i < ATTEMPTS; i++) {
      const seen = questions.toStudentQuestion(
        {
          id: "q1",
          type: "ordering",
          prompt: "Put the events in order.",
          points: 1,
          choices: KEY_ORDER.map((id, n) => ({ id, text: `item ${n}` })),
          evidenceOptions: [],
        },
        attemptId(i),
        false,
      ).choices;
      const opened = (list: { id: string }[]) => list.map((c) => ids.openChoiceId(attemptId(i), c.id)!);
      if (sameOrder(opened([...seen].sort((a, b) => a.id.localeCompare(b.id))), KEY_ORDER)) sortedIdsMatch++;
      if (sameOrder(opened(seen), KEY_ORDER)) shownMatch++;
      const first = opened(seen)[0]!;
      firstPlace.set(first, (firstPlace.get(first) ?? 0) + 1);
    }
    // Chance is 1 in 24 (100 of 2,400); each bound is over five standard deviations above it.
    expect(sortedIdsMatch).toBeLessThan(150);
    expect(shownMatch).toBeLessThan(150);
    // Each item leads about a quarter of the time (600), so no position gives the key away either.
    for (const id of KEY_ORDER) expect(firstPlace.get(id)).toBeGreaterThan(480);
  });
});

describe("what a student sees of a true/false question", () => {
  it("always lists True first, whatever the stored order and the shuffle setting", () => {
    const seen = questions.toStudentQuestion(
      {
        id: "q2",
        type: "true_false",
        prompt: "The article names a date.",
        points: 1,
        choices: [
          { id: "f", text: "False" },
          { id: "t", text: "True" },
        ],
        evidenceOptions: [],
      },
      "attempt-1",
      true,
    );
    expect(seen.choices.map((c) => c.text)).toEqual(["True", "False"]);
  });
});
