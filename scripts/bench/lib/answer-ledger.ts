/**
 * What the simulated students sent and what the server acknowledged, per attempt and question, to hold against
 * what the database stores afterwards. An answer is owed only once acknowledged (a 2xx): a request that failed
 * may or may not have been stored, as in a browser, whose outbox keeps it until acknowledged. Versions rise per
 * attempt, so the stored version must be at least the newest acknowledged one.
 */
export class AnswerLedger {
  private readonly sent = new Map<string, number>();
  private readonly acked = new Map<string, number>();

  send(attemptId: string, questionId: string, version: number) {
    this.sent.set(`${attemptId}:${questionId}`, version);
  }

  ack(attemptId: string, questionId: string, version: number) {
    const key = `${attemptId}:${questionId}`;
    if (version > (this.acked.get(key) ?? 0)) this.acked.set(key, version);
  }

  /** Held against the stored rows: how many questions had an answer sent, acknowledged, and kept. */
  compare(stored: { attemptId: string; questionId: string; version: number }[]) {
    const held = new Map(stored.map((r) => [`${r.attemptId}:${r.questionId}`, r.version]));
    const kept = [...this.acked].filter(([key, version]) => (held.get(key) ?? 0) >= version).length;
    return {
      answers_sent: this.sent.size,
      answers_acknowledged: this.acked.size,
      answers_stored: kept,
      acknowledged_lost: this.acked.size - kept,
    };
  }
}
