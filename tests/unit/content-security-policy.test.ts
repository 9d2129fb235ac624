import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../lib/security/content-security-policy";

const directives = (policy: string) =>
  new Map(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );

describe("contentSecurityPolicy", () => {
  it("lets only scripts with the nonce (and what they load) run in production: no unsafe-inline or eval", () => {
    const policy = directives(contentSecurityPolicy("abc123==", false));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    // Style attributes only: server-rendered markup has them, and a nonce cannot cover an attribute.
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
  });

  it("adds eval and inline styles only in development, where React and hot reloading need them", () => {
    const policy = directives(contentSecurityPolicy("n", true));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("style-src")).toContain("'unsafe-inline'");
  });
});
