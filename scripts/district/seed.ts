import type { ClientBase } from "pg";
import { answerOptions, type SeedQuestion } from "./answer-options";
import { assignmentSteps } from "./assignment-steps";
import { drawAttemptSteps, insertAttemptSteps } from "./attempt-steps";
import { withoutForeignKeys, type ForeignKey } from "./foreign-keys";
import { peopleSteps } from "./people-steps";
import type { DistrictPlan } from "./plan";
import { drawAnswerSteps, insertResponseSteps, skillPointSteps } from "./response-steps";
import { runStep, type Step } from "./step";

export type DistrictInput = {
  plan: DistrictPlan;
  passwordHash: string;
  lessonIds: string[];
  questions: SeedQuestion[];
  now: Date;
  foreignKeys: ForeignKey[];
};

export function districtSteps(input: DistrictInput): Step[] {
  const options = input.questions.flatMap(answerOptions);
  return withoutForeignKeys(input.foreignKeys, [
    ...peopleSteps(input.plan, input.passwordHash, input.now),
    ...assignmentSteps(input.lessonIds, input.questions, options),
    ...drawAttemptSteps(),
    ...drawAnswerSteps(input.plan.assignments),
    ...insertAttemptSteps(),
    ...insertResponseSteps(input.plan.assignments),
    ...skillPointSteps(input.plan.assignments),
  ]);
}

/** Runs the steps in one transaction, so a failed run leaves nothing behind; returns rows inserted per table. */
export async function seedDistrict(
  client: ClientBase,
  steps: Step[],
  onStep: (step: Step, rows: number) => void,
): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  await client.query("BEGIN");
  try {
    // One commit at the end makes per-statement WAL flushes pointless; big sorts and hashes stay in memory.
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL work_mem = '256MB'");
    // Before any temporary table is touched: the drawn responses (~300 MB at scale 1) then stay in memory.
    await client.query("SET LOCAL temp_buffers = '512MB'");
    // Days added to and taken from instants count in UTC, so the district is the same whatever the server's zone.
    await client.query("SET LOCAL TimeZone = 'UTC'");
    for (const step of steps) {
      const rows = await runStep(client, step);
      if (step.table) totals[step.table] = (totals[step.table] ?? 0) + rows;
      onStep(step, rows);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return totals;
}
