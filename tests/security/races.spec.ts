import { expect, test } from "@playwright/test";
import { actionId } from "./support/call-entry";
import { cookieOf } from "./support/principals";
import { callAction, formData } from "./support/server-actions";
import { MANIFEST } from "./manifest";
import { world } from "./world";

/** Requests a class makes at the same moment: each gets its own answer, none a 500. */
test("two teachers importing one article at once both get their drafts", async () => {
  // Found by this suite's fuzzing: both imports picked the same free slug and the second insert failed (500).
  const entry = MANIFEST.find((e) => e.kind === "action" && e.name === "createDraftLessonsAction");
  if (entry?.kind !== "action") throw new Error("createDraftLessonsAction is not in the manifest");
  const { text } = world().import;
  const calls = (["ownerTeacher", "otherTeacher", "admin"] as const).map(async (teacher) =>
    callAction({
      id: actionId(entry),
      page: "/teacher/import",
      args: [null, formData({ text, kind: "text" })],
      cookie: await cookieOf(teacher),
    }),
  );
  for (const response of await Promise.all(calls))
    expect(response.reply, `HTTP ${response.status}`).toMatchObject({ kind: "value", value: { ok: true } });
});
