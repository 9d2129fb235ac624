import fc from "fast-check";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { isClosed } from "../../lib/attempts/attempt-rules";
import { takesWork } from "../../lib/attempts/attempt-rules-sql";
import type { LatePolicy } from "../../lib/generated/kysely/types";
import { pagesDb } from "../../lib/sql";

const DUE = new Date("2027-03-11T12:00:00.000Z").getTime();
/** Instants around the due one, to the millisecond (timestamptz(3) keeps milliseconds), the due instant included. */
const instant = fc.integer({ min: -3, max: 3 }).map((ms) => new Date(DUE + ms));

describe("isClosed: SQL and TypeScript agree", () => {
  it("on every closing, late policy and instant around the due one", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(instant, { nil: null }),
        fc.constantFrom<LatePolicy>("accept_late", "close"),
        instant,
        async (closedAt, latePolicy, now) => {
          const row = await pagesDb
            .selectNoFrom(
              sql<boolean>`${takesWork(
                {
                  closedAt: sql<Date | null>`${closedAt}::timestamptz`,
                  latePolicy: sql<LatePolicy>`${latePolicy}::"LatePolicy"`,
                  dueAt: sql<Date>`${new Date(DUE)}::timestamptz`,
                },
                sql<Date>`${now}::timestamptz`,
              )}`.as("takes"),
            )
            .executeTakeFirstOrThrow();
          const dueAt = new Date(DUE);
          expect(row.takes, JSON.stringify({ closedAt, latePolicy, now })).toBe(
            !isClosed({ closedAt, latePolicy, dueAt }, now),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
