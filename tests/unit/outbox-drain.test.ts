import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, callApi, type SaveRequest } from "../../components/quiz/api";
import { classifyFailure, drainQueue } from "../../components/quiz/outbox-drain";
import { loadOutbox, OutboxQueue } from "../../components/quiz/outbox-storage";

/** The one localStorage every tab of a browser profile shares. */
function installStorage() {
  const items = new Map<string, string>();
  const localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
  Object.assign(globalThis, { window: { localStorage } });
  return items;
}

const save = (questionId: string, version: number): SaveRequest => ({
  questionId,
  answer: { type: "short_answer", text: `answer ${version}` },
  version,
  flagged: false,
});

const BROKEN = "Remove the broken character (half of an emoji or symbol); it cannot be saved";

/**
 * A server answering each save by its question: a status per question (200 unless listed), every call recorded.
 * `during` runs while a given question's save is in flight (the student changing an answer meanwhile).
 */
function server(statuses: Record<string, number>, during: Record<string, () => void> = {}) {
  const calls: string[] = [];
  const send = async (s: SaveRequest) => {
    calls.push(`${s.questionId}@${s.version}`);
    during[s.questionId]?.();
    const status = statuses[s.questionId] ?? 200;
    if (status === 200) return { saved: true, version: s.version };
    throw new ApiError(status, status === 400 ? BROKEN : `status ${status}`);
  };
  return { send, calls };
}

function settled() {
  const log: [string, string | null][] = [];
  return { log, settle: (questionId: string, reason: string | null) => void log.push([questionId, reason]) };
}

describe("the quiz outbox, one pass oldest first", () => {
  let items: Map<string, string>;
  let queue: OutboxQueue;
  beforeEach(() => {
    items = installStorage();
    queue = new OutboxQueue("a1");
  });

  it("refused (400) answer first: it says why on its question, leaves the queue, and the good ones behind it go", async () => {
    for (const s of [save("q1", 5), save("q2", 6), save("q3", 7)]) queue.add(s);
    const api = server({ q1: 400 });
    const { log, settle } = settled();

    expect(await drainQueue(queue, api.send, settle)).toEqual({ done: true });
    expect(api.calls).toEqual(["q1@5", "q2@6", "q3@7"]);
    expect(log).toEqual([
      ["q1", BROKEN],
      ["q2", null],
      ["q3", null],
    ]);
    expect(queue.size).toBe(0);
    expect(items.size, "nothing left on the device to retry after a reload").toBe(0);

    // Never sent again: the next pass (a retry timer, the network coming back) finds nothing.
    expect(await drainQueue(queue, api.send, settle)).toEqual({ done: true });
    expect(api.calls).toHaveLength(3);
  });

  it.each([404, 409, 413, 422])("treats %i the same way: refused for good, the rest sent", async (status) => {
    for (const s of [save("q1", 1), save("q2", 2)]) queue.add(s);
    const api = server({ q1: status });
    const { log, settle } = settled();
    expect(await drainQueue(queue, api.send, settle)).toEqual({ done: true });
    expect(api.calls).toEqual(["q1@1", "q2@2"]);
    expect(log).toEqual([
      ["q1", `status ${status}`],
      ["q2", null],
    ]);
  });

  it("a changed answer after a refusal is sent, and its success clears the question's message", async () => {
    queue.add(save("q1", 1));
    const first = server({ q1: 400 });
    const { log, settle } = settled();
    await drainQueue(queue, first.send, settle);
    queue.add(save("q1", 2));
    await drainQueue(queue, server({}).send, settle);
    expect(log).toEqual([
      ["q1", BROKEN],
      ["q1", null],
    ]);
  });

  it("a refusal of an answer already replaced by a newer one settles nothing: the newer one goes and tells", async () => {
    queue.add(save("q1", 1));
    queue.add(save("q2", 2));
    const statuses: Record<string, number> = { q1: 400 };
    const api = server(statuses, {
      q1: () => {
        queue.add(save("q1", 3)); // typed on while version 1 was in flight
        delete statuses.q1; // and this one the server takes
      },
    });
    const { log, settle } = settled();
    expect(await drainQueue(queue, api.send, settle)).toEqual({ done: true });
    expect(api.calls).toEqual(["q1@1", "q2@2", "q1@3"]);
    expect(log).toEqual([
      ["q2", null],
      ["q1", null],
    ]);
  });

  it.each([
    [503, "offline"],
    [0, "offline"],
    [429, "offline"],
    [401, "signed_out"],
    [403, "signed_out"],
  ] as const)("stops at %i, keeping every answer for a retry with backoff", async (status, stopped) => {
    for (const s of [save("q1", 1), save("q2", 2)]) queue.add(s);
    const api = server({ q1: status });
    const { log, settle } = settled();
    expect(await drainQueue(queue, api.send, settle)).toEqual({ done: false, stopped });
    expect(api.calls, "the others would only fail the same way").toEqual(["q1@1"]);
    expect(log).toEqual([]);
    expect(Object.keys(loadOutbox("a1"))).toEqual(["q1", "q2"]);

    const back = server({});
    expect(await drainQueue(queue, back.send, settle)).toEqual({ done: true });
    expect(back.calls).toEqual(["q1@1", "q2@2"]);
  });

  it("holds an answer a 500 was about, sends the others, and retries it on the next pass", async () => {
    for (const s of [save("q1", 1), save("q2", 2), save("q3", 3)]) queue.add(s);
    const api = server({ q1: 500 });
    const { log, settle } = settled();
    expect(await drainQueue(queue, api.send, settle)).toEqual({ done: false, stopped: null });
    expect(api.calls).toEqual(["q1@1", "q2@2", "q3@3"]);
    expect(Object.keys(loadOutbox("a1")), "kept on the device").toEqual(["q1"]);

    const fixed = server({});
    expect(await drainQueue(queue, fixed.send, settle)).toEqual({ done: true });
    expect(fixed.calls).toEqual(["q1@1"]);
    expect(log.map(([q]) => q)).toEqual(["q2", "q3", "q1"]);
  });

  it("sends what another tab of the attempt left on the device", async () => {
    new OutboxQueue("a1").add(save("q9", 4)); // a tab closed while offline
    queue.add(save("q1", 5));
    const api = server({});
    await drainQueue(queue, api.send, settled().settle);
    expect(api.calls).toEqual(["q9@4", "q1@5"]);
  });
});

describe("classifyFailure", () => {
  it("reads any error that is not the server's answer (a bug in the client) as a stop, never a refusal", () => {
    expect(classifyFailure(new TypeError("x"))).toEqual({ kind: "stop", signedOut: false });
    expect(classifyFailure(new ApiError(502, "bad gateway"))).toEqual({ kind: "stop", signedOut: false });
    expect(classifyFailure(new ApiError(504, "timeout"))).toEqual({ kind: "stop", signedOut: false });
  });
});

describe("callApi's reason for a refusal", () => {
  afterEach(() => vi.unstubAllGlobals());

  function answer(status: number, body: unknown) {
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(body), { status }));
  }

  it("is the field's own message when the server names one, not the form's 'check the highlighted fields'", async () => {
    answer(400, {
      error: {
        code: "invalid",
        message: "Please check the highlighted fields.",
        fieldErrors: { answer: [BROKEN] },
      },
    });
    await expect(callApi("/api/x")).rejects.toMatchObject({ status: 400, message: BROKEN });
  });

  it("is the server's message otherwise, and the status when there is none", async () => {
    answer(409, { error: { code: "conflict", message: "This attempt was already submitted." } });
    await expect(callApi("/api/x")).rejects.toMatchObject({ message: "This attempt was already submitted." });
    answer(500, null);
    await expect(callApi("/api/x")).rejects.toMatchObject({ message: "The server answered 500." });
  });
});
