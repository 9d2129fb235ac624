import { expect, test } from "@playwright/test";
import { keyClassroom } from "./support/key-classroom";
import { storedKey, type StoredQuestion } from "./support/stored-key";
import {
  jsonArrayAfter,
  pageBodies,
  startAttempt,
  studentJson,
  type ShownQuestion,
} from "./support/student-payloads";

/**
 * The ids a student sees carry no order (finding 1 of issue 16): over many attempts, sorting the ids of an ordering
 * question's items predicts its key no better than chance, sorting choices' ids does not undo their shuffle, and a
 * choice's id changes with every attempt. Evidence sentences, shown in passage order, may keep ids in that order.
 */
const ROUNDS = 16;
let setup: { cookie: string; rounds: string[] };

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const { cookie, lessons, assign } = await keyClassroom();
  // Every shared lesson with an ordering question, unlimited attempts: a round is one attempt at each.
  const withOrdering = lessons.filter((l) => l.questions.length > 0);
  setup = {
    cookie,
    rounds: await Promise.all(withOrdering.map((l) => assign(l.id, { attemptsAllowed: null }))),
  };
});

/** Spearman's rank correlation of two orders of the same items. */
function rankCorrelation(a: string[], b: string[]): number {
  const n = a.length;
  const d2 = a.reduce((sum, item, i) => sum + (i - b.indexOf(item)) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

test("the ids a student sees carry no order", async () => {
  test.setTimeout(180_000);
  const keys = new Map<string, StoredQuestion>();
  for (const id of setup.rounds) for (const q of await storedKey(id)) keys.set(q.id, q);
  const ordering = { samples: 0, sortedIsKey: 0, shownIsKey: 0, rho: 0 };
  const choices = { samples: 0, rho: 0 };
  // Evidence sentences are shown in passage order: their ids may follow it, or change per attempt, nothing else.
  const evidence = { samples: 0, idsOutOfShownOrder: 0 };
  const idsOf = new Map<string, Set<string>>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const assignmentId of setup.rounds) {
      const attemptId = await startAttempt(setup.cookie, assignmentId);
      const { rsc } = await pageBodies(`/student/assignments/${assignmentId}`, setup.cookie);
      for (const q of jsonArrayAfter(rsc, "questions") as ShownQuestion[]) {
        const stored = keys.get(q.id)!;
        const keyOrder = stored.choices.map((c) => c.text);
        const sortedById = [...q.choices].sort((x, y) => (x.id < y.id ? -1 : 1)).map((c) => c.text);
        for (const c of q.choices) {
          const choice = `${q.type} ${q.id}: "${c.text}"`;
          idsOf.set(choice, (idsOf.get(choice) ?? new Set()).add(c.id));
        }
        if (q.type === "ordering") {
          ordering.samples++;
          ordering.rho += rankCorrelation(sortedById, keyOrder);
          if (sortedById.join() === keyOrder.join()) ordering.sortedIsKey++;
          if (q.choices.map((c) => c.text).join() === keyOrder.join()) ordering.shownIsKey++;
        }
        if (q.evidenceOptions?.length) {
          evidence.samples++;
          const shown = q.evidenceOptions.map((e) => e.id);
          if ([...shown].sort().join() !== shown.join()) evidence.idsOutOfShownOrder++;
          for (const e of q.evidenceOptions) {
            const option = `evidence ${q.id}: "${e.text.slice(0, 30)}"`;
            idsOf.set(option, (idsOf.get(option) ?? new Set()).add(e.id));
          }
        }
        if (q.type !== "ordering" && q.choices.length > 2) {
          choices.samples++;
          choices.rho += rankCorrelation(sortedById, keyOrder);
        }
      }
      await studentJson("POST", `/api/attempts/${attemptId}/submit`, setup.cookie, {});
    }
  }
  test
    .info()
    .annotations.push({ type: "id order", description: JSON.stringify({ ordering, choices, evidence }) });
  expect(ordering.samples).toBeGreaterThanOrEqual(ROUNDS * 3);
  // Chance: sorted ids give the key 1 time in 24 (4 items) or 120 (5); the bounds are over four standard deviations.
  expect(ordering.sortedIsKey, "sorting the ids gives the key").toBeLessThanOrEqual(8);
  expect(ordering.shownIsKey, "the items are shown in key order").toBeLessThanOrEqual(8);
  // A rank correlation averages 0 with no relation (standard deviation about 0.08 over 48 samples), 1 for a leak.
  expect(Math.abs(ordering.rho / ordering.samples), "ids' order against the key").toBeLessThan(0.35);
  expect(Math.abs(choices.rho / choices.samples), "ids' order against the stored order").toBeLessThan(0.2);
  // A choice's id changes with every attempt, so no id learned in one attempt means anything in another.
  for (const [choice, ids] of idsOf) {
    if (choice.startsWith("evidence") && evidence.idsOutOfShownOrder === 0) continue;
    expect(ids.size, `ids of ${choice}`).toBe(ROUNDS);
  }
  expect(evidence.samples).toBeGreaterThan(0);
});
