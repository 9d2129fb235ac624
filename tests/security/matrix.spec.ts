import { test } from "@playwright/test";
import { entryKey, MANIFEST, type Policy } from "./manifest";
import { checkCell } from "./support/cell";
import { PRINCIPALS, type Principal } from "./world";

/**
 * The authorization matrix: every example of every manifest entry, called as every principal against the
 * production build (one test per example, one step per principal). Each cell checks the answer's class against
 * the policy, and that a call the policy refuses (and any page or GET) wrote nothing; a permitted call marked
 * `writes` must have written (support/cell.ts).
 */

/** Refused principals first, so a permitted call's writes (or ended session) come after them. */
const inOrder = (policy: Policy, who: readonly Principal[]) =>
  [...who].sort((a, b) => Number(policy[a] === "ok") - Number(policy[b] === "ok"));

for (const entry of MANIFEST) {
  const key = entryKey(entry);
  test.describe(key, () => {
    for (const example of entry.examples) {
      test(example.note ?? "every principal", async () => {
        for (const principal of inOrder(example.policy, PRINCIPALS)) {
          const expected = example.policy[principal];
          await test.step(`${principal} → ${expected}`, () => checkCell(entry, example, principal, expected));
        }
      });
    }
  });
}
