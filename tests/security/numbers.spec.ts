import { expect, test } from "@playwright/test";
import { entryKey, MANIFEST, type ActionEntry } from "./manifest";
import { callEntry, prepare } from "./support/call-entry";
import { WriteWatch } from "./support/db-state";
import { cookieOf } from "./support/principals";
import { formData, type ActionArg } from "./support/server-actions";
import { world } from "./world";

/**
 * Numbers typed in forms are read strictly (finding 8 of issue 16): decimal digits only, and an empty field is an
 * error, never 0. Each numeric field of the manifest's form examples, sent with each of these by the owner, is
 * refused and writes nothing.
 */
const NOT_NUMBERS = ["", " ", "0x10", "1e1", "+3", "٣", "Infinity", "NaN", "1,5", "2 3", "1.5.1"];
/** Optional fields where a blank means "none" (no time limit), as the settings form says. */
const BLANK_MEANS_NONE = new Set(["timeLimitMinutes"]);

const NUMERIC_FIELDS: Record<string, string[]> = {
  "lib/results/actions.ts#gradeResponseAction": ["points"],
  "lib/assignments/actions.ts#setAccommodationAction": ["timeFactor", "extraAttempts"],
  "lib/assignments/actions.ts#createAssignmentAction": ["attemptsAllowed", "timeLimitMinutes"],
  "lib/assignments/actions.ts#updateAssignmentAction": ["attemptsAllowed", "timeLimitMinutes"],
};

/** The form with one field's value replaced (added when the example leaves it out). */
function withField(args: ActionArg[], field: string, value: string): ActionArg[] {
  const form = args[1] as FormData;
  const fields: Record<string, string[]> = {};
  for (const [k, v] of form.entries()) (fields[k] ??= []).push(String(v));
  return [args[0], formData({ ...fields, [field]: value })];
}

for (const [key, fields] of Object.entries(NUMERIC_FIELDS)) {
  test(`${key}: ${fields.join(", ")} must be written in digits`, async () => {
    const entry = MANIFEST.find((e): e is ActionEntry => e.kind === "action" && entryKey(e) === key)!;
    const example = entry.examples[0]!;
    const params = await prepare(example);
    // Signed in before the watch starts: signing in records the time, a write of its own.
    await cookieOf("ownerTeacher");
    const watch = await WriteWatch.start();
    for (const field of fields) {
      for (const value of NOT_NUMBERS.filter((v) => v.trim() !== "" || !BLANK_MEANS_NONE.has(field))) {
        const args = withField(
          example.args({ world: world(), params, principal: "ownerTeacher" }),
          field,
          value,
        );
        const call = await callEntry(entry, example, "ownerTeacher", params, { args });
        const what = `${field}=${JSON.stringify(value)}`;
        expect.soft(call.observed, `${what}: ${call.detail}`).toBe("refused");
        expect.soft(await watch.changes(), `${what}: tables written`).toEqual([]);
      }
    }
  });
}
