import { beforeEach, describe, expect, it } from "vitest";
import type { SaveRequest } from "../../components/quiz/api";
import { forgetSent, loadOutbox, mergeNewer, storeUnsent } from "../../components/quiz/outbox-storage";

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
  answer: { type: "single_choice", choiceId: `c${version}` },
  version,
  flagged: false,
});

describe("the outbox shared by an attempt's tabs", () => {
  let items: Map<string, string>;
  beforeEach(() => {
    items = installStorage();
  });

  it("keeps another tab's unsent answer when this tab queues and then sends its own", () => {
    storeUnsent("a1", save("q2", 5)); // tab B, offline, then closed
    storeUnsent("a1", save("q3", 7)); // tab A
    forgetSent("a1", save("q3", 7));
    expect(loadOutbox("a1")).toEqual({ q2: save("q2", 5) });
  });

  it("never replaces a newer answer with an older one, and forgets only up to the version sent", () => {
    storeUnsent("a1", save("q1", 9));
    storeUnsent("a1", save("q1", 8));
    expect(loadOutbox("a1").q1!.version).toBe(9);
    forgetSent("a1", save("q1", 8));
    expect(loadOutbox("a1").q1!.version, "version 9 is still unsent").toBe(9);
    forgetSent("a1", save("q1", 9));
    expect(loadOutbox("a1")).toEqual({});
    expect(items.size, "an empty outbox leaves nothing behind").toBe(0);
  });

  it("keeps attempts apart", () => {
    storeUnsent("a1", save("q1", 1));
    expect(loadOutbox("a2")).toEqual({});
  });

  it("merges per question, the newest version winning", () => {
    const merged = mergeNewer(
      { q1: save("q1", 3), q2: save("q2", 6) },
      { q1: save("q1", 4), q2: save("q2", 2) },
    );
    expect(merged).toEqual({ q1: save("q1", 4), q2: save("q2", 6) });
  });
});
