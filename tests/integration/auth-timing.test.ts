import { describe, expect, it } from "vitest";
import { authenticate } from "../../lib/auth/sign-in";
import { clearFailedSignIns } from "../../lib/auth/rate-limit";
import { createUserWithPassword } from "../support/scenario";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

describe("authenticate timing", () => {
  it("spends about as long on an unknown account as on a wrong password (a hash is verified either way)", async () => {
    const user = await createUserWithPassword({ role: "student", password: "right-password-1" });
    // Warm-up: the first unknown-account call also computes the stand-in hash.
    await authenticate("warm-up-unknown", "some-password");
    await authenticate(user.login, "warm-up-wrong");

    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 10; i++) {
      // Fresh unknown names and a cleared counter keep the rate limit out of the measurement.
      unknown.push(await timed(() => authenticate(`unknown-${i}-${Date.now()}`, "wrong-password")));
      await clearFailedSignIns(user.login);
      wrong.push(await timed(() => authenticate(user.login, "wrong-password")));
    }
    expect(median(unknown)).toBeGreaterThan(0.5 * median(wrong));
  });
});
