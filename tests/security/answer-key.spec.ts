import { expect, test } from "@playwright/test";
import { keyClassroom } from "./support/key-classroom";
import { holds, secretsOf } from "./support/key-text";
import { storedKey, type StoredQuestion } from "./support/stored-key";
import {
  jsonArrayAfter,
  pageBodies,
  startAttempt,
  studentJson,
  type ShownQuestion,
} from "./support/student-payloads";

/**
 * What a student receives, over HTTP from the production build, for every question type: during an open attempt
 * no key at all (no key text, no stored choice id, nothing but id, type, prompt, points and choices); after the
 * answers are released the teacher-only texts (rubrics, rejected answers) still not. (id-order.spec.ts: the ids
 * carry no order either.)
 */
const ALL_TYPES = [
  "evidence",
  "multiple_select",
  "open_response",
  "ordering",
  "short_answer",
  "single_choice",
  "true_false",
];
const SHOWN_KEYS = ["choices", "evidenceOptions", "id", "points", "prompt", "type"];

type Setup = { cookie: string; released: string; withheld: string; passages: string };
let setup: Setup;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const { cookie, lessons, assign } = await keyClassroom();
  setup = {
    cookie,
    // The first shared lesson asks every question type.
    released: await assign(lessons[0]!.id, { attemptsAllowed: 1, releasePolicy: "after_submit" }),
    withheld: await assign(lessons[0]!.id, { attemptsAllowed: 1, releasePolicy: "never" }),
    passages: lessons.map((l) => l.passage).join("\n"),
  };
});

/** Everything the student's browser gets for the assignment page: document, RSC payload, and the saves' replies. */
async function openAttemptBodies(assignmentId: string) {
  const attemptId = await startAttempt(setup.cookie, assignmentId);
  const first = await pageBodies(`/student/assignments/${assignmentId}`, setup.cookie);
  const shown = jsonArrayAfter(first.rsc, "questions") as ShownQuestion[];
  const replies: string[] = [];
  let version = 1;
  for (const q of shown) {
    const answer =
      q.type === "short_answer" || q.type === "open_response"
        ? { type: q.type, text: "an answer" }
        : q.type === "multiple_select" || q.type === "ordering"
          ? { type: q.type, choiceIds: q.choices.map((c) => c.id) }
          : q.type === "evidence"
            ? { type: q.type, choiceId: q.choices[0]!.id, evidenceIds: [] }
            : { type: q.type, choiceId: q.choices[0]!.id };
    replies.push(
      await studentJson("PUT", `/api/attempts/${attemptId}/answers`, setup.cookie, {
        questionId: q.id,
        answer,
        version: version++,
      }),
    );
  }
  const again = await pageBodies(`/student/assignments/${assignmentId}`, setup.cookie);
  return { attemptId, shown, bodies: [first.document, first.rsc, again.document, again.rsc, ...replies] };
}

function expectNoKey(bodies: string[], stored: StoredQuestion[], shown: ShownQuestion[], when: string) {
  const shownText = [
    setup.passages,
    ...shown.flatMap((q) => [q.prompt, ...q.choices.map((c) => c.text)]),
  ].join("\n");
  const secrets = secretsOf(stored, shownText);
  expect(secrets.length, "key texts to look for").toBeGreaterThan(10);
  for (const body of bodies) {
    expect(body, `${when}: a correct flag`).not.toMatch(/\\?"correct\\?"\s*:/);
    for (const s of secrets)
      expect(holds(body, s.text), `${when}: ${s.question}'s ${s.kind} "${s.text}"`).toBe(false);
    for (const c of stored.flatMap((q) => q.choices))
      expect(body.includes(c.id), `${when}: the stored id of "${c.text}"`).toBe(false);
  }
}

test("during an open attempt, no question type gives its key away", async () => {
  for (const assignmentId of [setup.released, setup.withheld]) {
    const stored = await storedKey(assignmentId);
    const { shown, bodies } = await openAttemptBodies(assignmentId);
    expect([...new Set(shown.map((q) => q.type))].sort()).toEqual(ALL_TYPES);
    for (const q of shown) {
      expect(Object.keys(q).sort(), `what a ${q.type} question shows`).toEqual(SHOWN_KEYS);
      for (const c of [...q.choices, ...(q.evidenceOptions ?? [])])
        expect(Object.keys(c).sort()).toEqual(["id", "text"]);
    }
    expectNoKey(bodies, stored, shown, "open attempt");
  }
});

test("after submitting: withheld answers stay hidden, released ones never show teacher-only texts", async () => {
  for (const assignmentId of [setup.released, setup.withheld]) {
    const stored = await storedKey(assignmentId);
    const attemptId = await startAttempt(setup.cookie, assignmentId);
    const { shown } = {
      shown: jsonArrayAfter(
        (await pageBodies(`/student/assignments/${assignmentId}`, setup.cookie)).rsc,
        "questions",
      ) as ShownQuestion[],
    };
    await studentJson("POST", `/api/attempts/${attemptId}/submit`, setup.cookie, {});
    const review = await pageBodies(`/student/attempts/${attemptId}`, setup.cookie);
    const bodies = [review.document, review.rsc];
    if (assignmentId === setup.withheld) {
      expectNoKey(bodies, stored, shown, "answers withheld");
      continue;
    }
    // Released: explanations are the point; rubrics and rejected answers are the teacher's.
    const explanations = stored.map((q) => q.explanation).filter((e) => holds(review.document, e));
    expect(explanations.length, "explanations shown after release").toBeGreaterThan(5);
    const shownText = [
      setup.passages,
      ...shown.flatMap((q) => [q.prompt, ...q.choices.map((c) => c.text)]),
    ].join("\n");
    const teacherOnly = secretsOf(stored, shownText).filter(
      (s) => s.kind === "rubric" || s.kind === "rejected answer",
    );
    expect(teacherOnly.length).toBeGreaterThan(0);
    for (const body of bodies)
      for (const s of teacherOnly)
        expect(holds(body, s.text), `released: ${s.question}'s ${s.kind} "${s.text}"`).toBe(false);
  }
});
