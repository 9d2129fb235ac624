import { describe, expect, it } from "vitest";
import { AnswerLedger } from "../../scripts/bench/lib/answer-ledger";

describe("the quiz benchmark's answer ledger", () => {
  it("owes only acknowledged answers, and counts one stored at or past the newest acknowledged version", () => {
    const ledger = new AnswerLedger();
    ledger.send("a1", "q1", 1);
    ledger.ack("a1", "q1", 1);
    ledger.send("a1", "q1", 3); // failed: never acknowledged
    ledger.send("a1", "q2", 2);
    ledger.ack("a1", "q2", 2);
    ledger.send("a2", "q1", 1); // failed, and not stored
    expect(
      ledger.compare([
        { attemptId: "a1", questionId: "q1", version: 3 },
        { attemptId: "a1", questionId: "q2", version: 2 },
      ]),
    ).toEqual({ answers_sent: 3, answers_acknowledged: 2, answers_stored: 2, acknowledged_lost: 0 });
  });

  it("counts an acknowledged answer the database lacks, or holds an older version of, as lost", () => {
    const ledger = new AnswerLedger();
    ledger.ack("a1", "q1", 4);
    ledger.ack("a1", "q1", 2); // an older acknowledgement arriving late changes nothing
    ledger.ack("a2", "q1", 1);
    expect(ledger.compare([{ attemptId: "a1", questionId: "q1", version: 3 }])).toMatchObject({
      answers_acknowledged: 2,
      answers_stored: 0,
      acknowledged_lost: 2,
    });
  });
});
