import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  answerToSave,
  isEntryAnswered,
  nextVersion,
  questionNumbers,
  withUnsent,
  type Entries,
} from "../../components/quiz/answer-entries";
import { TypingDebounce } from "../../components/quiz/typing-debounce";
import { newlyRefused } from "../../components/quiz/use-submit";
import { replayOf } from "../../components/quiz/use-replayed-render";
import type { StudentQuestion } from "../../lib/attempts/student-question";

const question = (id: string, type: StudentQuestion["type"] = "single_choice"): StudentQuestion => ({
  id,
  type,
  prompt: `Question ${id}`,
  points: 1,
  choices: [],
  evidenceOptions: [],
});
const questions = ["a", "b", "c"].map((id) => question(id));
const startedAt = "2026-01-01T10:00:00.000Z";

describe("answer versions", () => {
  it("follow the attempt's clock in tenths of a second, and never fall back within a tab", () => {
    const at = (ms: number) => Date.parse(startedAt) + ms;
    expect(nextVersion(0, startedAt, at(12_345))).toBe(123);
    expect(nextVersion(500, startedAt, at(12_345))).toBe(501);
    expect(nextVersion(123, startedAt, at(12_350))).toBe(124);
  });
});

describe("unsent answers on this device", () => {
  const entries: Entries = {
    a: { answer: { type: "single_choice", choiceId: "x" }, version: 10, flagged: false },
    b: { answer: null, version: 4, flagged: true },
  };
  const unsent = (questionId: string, version: number) => ({
    questionId,
    answer: { type: "short_answer" as const, text: `v${version}` },
    version,
    flagged: false,
  });

  it("replace only older answers the server rendered", () => {
    const shown = withUnsent(entries, { a: unsent("a", 9), b: unsent("b", 5), c: unsent("c", 1) });
    expect(shown).toEqual({
      a: entries.a,
      b: { answer: { type: "short_answer", text: "v5" }, version: 5, flagged: false },
      c: { answer: { type: "short_answer", text: "v1" }, version: 1, flagged: false },
    });
    expect(entries.b!.version).toBe(4);
  });

  it("change nothing when none is newer", () => {
    expect(withUnsent(entries, { a: unsent("a", 10) })).toBeNull();
    expect(withUnsent(entries, {})).toBeNull();
  });
});

describe("what an entry saves", () => {
  it("is its answer, or a flag on an unanswered question with that type's blank answer, or nothing", () => {
    const answer = { type: "short_answer" as const, text: "hi" };
    expect(answerToSave({ answer, version: 1, flagged: true }, "short_answer")).toBe(answer);
    expect(answerToSave({ answer: null, version: 1, flagged: true }, "ordering")).toEqual({
      type: "ordering",
      choiceIds: [],
    });
    expect(answerToSave({ answer: null, version: 1, flagged: false }, "ordering")).toBeNull();
    expect(answerToSave({ answer: null, version: 1, flagged: true }, undefined)).toBeNull();
  });

  it("counts as answered only when it holds a real answer", () => {
    expect(isEntryAnswered(undefined)).toBe(false);
    expect(
      isEntryAnswered({ answer: { type: "single_choice", choiceId: null }, version: 1, flagged: true }),
    ).toBe(false);
    expect(
      isEntryAnswered({ answer: { type: "single_choice", choiceId: "x" }, version: 1, flagged: false }),
    ).toBe(true);
  });
});

describe("question numbers", () => {
  it("are 1-based, in the order the student sees the questions", () => {
    expect(questionNumbers(questions, (q) => q.id !== "b")).toEqual([1, 3]);
  });

  it("name the refusals a submit has not shown yet", () => {
    expect(newlyRefused(questions, { a: "old", c: "new" }, new Set(["a"]))).toEqual([3]);
    expect(newlyRefused(questions, { a: "old" }, new Set(["a"]))).toEqual([]);
  });
});

describe("typing debounce", () => {
  let sent: string[];
  let typing: TypingDebounce;
  const send = (label: string) => () => void sent.push(label);
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    typing = new TypingDebounce();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends after the pause, only the last change per question, and everything at once when asked", () => {
    typing.schedule("a", send("a1"), 600);
    typing.schedule("a", send("a2"), 600);
    typing.schedule("b", send("b1"), 600);
    vi.advanceTimersByTime(599);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(["a2", "b1"]);

    typing.schedule("a", send("a3"), 600);
    typing.schedule("b", send("b2"), 0);
    expect(sent).toEqual(["a2", "b1", "b2"]);
    typing.sendNow();
    expect(sent).toEqual(["a2", "b1", "b2", "a3"]);
    vi.advanceTimersByTime(1000);
    typing.sendNow();
    expect(sent).toHaveLength(4);
  });

  it("drops a waiting typed send when a click on the same question sends at once", () => {
    typing.schedule("a", send("typed"), 600);
    typing.schedule("a", send("clicked"), 0);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual(["clicked"]);
  });

  it("is one per quiz: two debounces never share waiting sends", () => {
    typing.schedule("a", send("first"), 600);
    new TypingDebounce().sendNow();
    expect(sent).toEqual([]);
  });
});

describe("replays of a server render", () => {
  it("show a render the tab has not shown; fetch a shown one again, or once back online", () => {
    const shown = new Set(["attempt 10:00"]);
    expect(replayOf(shown, "attempt 10:01", true)).toBe("none");
    expect(replayOf(shown, "attempt 10:00", true)).toBe("refetch");
    expect(replayOf(shown, "attempt 10:00", false)).toBe("when_online");
    expect(replayOf(null, "attempt 10:00", true)).toBe("none");
  });
});
