import { expect, it } from "vitest";

it("Zod adopts the jitless setting the browser's instrumentation sets before Zod loads", async () => {
  await import("../../instrumentation-client");
  const { z } = await import("zod");
  expect(z.config().jitless).toBe(true);
});
