/**
 * tsx --conditions=react-server scripts/bench/sql-compile.ts [--runs 100000] [--print]
 *
 * What the typed statements of the quiz's hot paths (lib/attempts/quiz-sql.ts) cost the server per call before
 * they reach the database: building and compiling each with Kysely (`fresh`, what every autosave and submit would
 * pay without fixedStatement), and placing the values into the statement compiled once (what they pay). No
 * database. Checks that both give the same text and parameters; `--print` shows each statement's text.
 */
import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { parseArgs } from "node:util";
import type { CompiledQuery } from "kysely";
import {
  attemptResponses,
  lockAttemptForSubmit,
  saveAnswerStatement,
  submittedScore,
  submitWithScore,
  writeGrades,
} from "../../lib/attempts/quiz-sql";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "100000" }, print: { type: "boolean", default: false } },
});
const RUNS = Number(values.runs);

const [attemptId, studentId, questionId] = [randomUUID(), randomUUID(), randomUUID()];
const ids = Array.from({ length: 10 }, () => randomUUID());
const grades = {
  ids,
  points: ids.map((_, i) => i),
  correct: ids.map(() => true),
  near: ids.map(() => false),
};

/** Microseconds per run of `run`, after a warm-up. */
function micros(run: (i: number) => unknown): number {
  for (let i = 0; i < 10_000; i++) run(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < RUNS; i++) run(i);
  return Number(process.hrtime.bigint() - start) / 1000 / RUNS;
}
type Statement<V> = ((values: V) => CompiledQuery) & { fresh: (values: V) => CompiledQuery };
const timed = <V>(statement: Statement<V>, values: (i: number) => V) => ({ statement, values });
const statements = {
  saveAnswer: timed(saveAnswerStatement, (i) => ({
    id: randomUUID(),
    attemptId,
    studentId,
    sessionVersion: i % 2 === 0 ? null : 3,
    questionId,
    type: "single_choice" as const,
    answer: JSON.stringify({ type: "single_choice", choiceId: randomUUID() }),
    version: i,
    flagged: false,
  })),
  lockAttemptForSubmit: timed(lockAttemptForSubmit, (i) => ({ attemptId, studentId, sessionVersion: i })),
  submittedScore: timed(submittedScore, () => ({ attemptId })),
  attemptResponses: timed(attemptResponses, () => ({ attemptId })),
  writeGrades: timed(writeGrades, () => grades),
  submitWithScore: timed(submitWithScore, (i) => ({
    id: attemptId,
    submittedAt: new Date(),
    late: false,
    points: i,
    maxPoints: 10,
    percent: i * 10,
    provisional: false,
  })),
};

for (const [name, { statement, values: valuesOf }] of Object.entries(statements) as [
  string,
  { statement: Statement<unknown>; values: (i: number) => unknown },
][]) {
  for (const i of [0, 1]) {
    const given = valuesOf(i);
    const [placed, fresh] = [statement(given), statement.fresh(given)];
    if (placed.sql !== fresh.sql || !isDeepStrictEqual(placed.parameters, fresh.parameters)) {
      throw new Error(`${name}: the statement compiled once differs from one compiled with the values`);
    }
  }
  if (values.print) console.log(`-- ${name}\n${statement(valuesOf(0)).sql}\n`);
  // Making the values (ids, JSON) is the caller's either way: it is measured alone and taken off building.
  const alone = micros(valuesOf);
  const fresh = micros((i) => statement.fresh(valuesOf(i))) - alone;
  const placed = micros((i) => statement(valuesOf(i)));
  console.log(
    `${name.padEnd(22)} build and compile ${fresh.toFixed(1).padStart(6)} µs; compiled once, values and placing ${placed.toFixed(2)} µs, the values alone ${alone.toFixed(2)} µs (${RUNS} runs)`,
  );
}
