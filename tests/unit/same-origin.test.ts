import { describe, expect, it } from "vitest";
import { crossOriginRefusal } from "../../lib/http/same-origin";

const APP = "https://lectern.school.test";

function request(headers: Record<string, string>, method = "POST", url = `${APP}/api/attempts/a1/submit`) {
  return new Request(url, { method, headers });
}
const json = { "content-type": "application/json" };

describe("crossOriginRefusal with NEXTAUTH_URL set", () => {
  it("lets same-origin JSON through, with or without a charset", () => {
    expect(crossOriginRefusal(request({ ...json, origin: APP }), APP)).toBeNull();
    expect(
      crossOriginRefusal(request({ "content-type": "Application/JSON; charset=utf-8", origin: APP }), APP),
    ).toBeNull();
    expect(crossOriginRefusal(request({ ...json, origin: APP }, "PUT"), `${APP}/`)).toBeNull();
  });

  it.each([
    ["text/plain (a simple request, no preflight)", { "content-type": "text/plain", origin: APP }],
    ["a form post", { "content-type": "application/x-www-form-urlencoded", origin: APP }],
    ["multipart", { "content-type": "multipart/form-data; boundary=x", origin: APP }],
    ["no content type", { origin: APP }],
    ["a look-alike type", { "content-type": "application/jsonp", origin: APP }],
  ])("refuses %s", (_label, headers) => {
    expect(crossOriginRefusal(request(headers), APP)).toMatch(/application\/json/);
  });

  it.each([
    ["another site", "https://evil.test"],
    ["a sibling subdomain (same site, other origin)", "https://evil.school.test"],
    ["the same host over plain http", "http://lectern.school.test"],
    ["another port", "https://lectern.school.test:8443"],
    ['"null" (a sandboxed frame)', "null"],
    ["garbage", "not a url"],
  ])("refuses JSON from %s", (_label, origin) => {
    expect(crossOriginRefusal(request({ ...json, origin }), APP)).toMatch(/another site/);
  });

  it("takes the public origin, not the Host a load balancer forwarded to", () => {
    const internal = request({ ...json, origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000" });
    expect(crossOriginRefusal(internal, APP)).not.toBeNull();
  });

  it("without Origin, trusts only the browser's own Sec-Fetch-Site: same-origin", () => {
    expect(crossOriginRefusal(request({ ...json, "sec-fetch-site": "same-origin" }), APP)).toBeNull();
    for (const site of ["same-site", "cross-site", "none"]) {
      expect(crossOriginRefusal(request({ ...json, "sec-fetch-site": site }), APP), site).toMatch(
        /does not say which site/,
      );
    }
    expect(crossOriginRefusal(request(json), APP)).toMatch(/does not say which site/);
  });

  it("reads a NEXTAUTH_URL without a scheme as https, and refuses everything under a malformed one", () => {
    expect(crossOriginRefusal(request({ ...json, origin: APP }), "lectern.school.test")).toBeNull();
    expect(crossOriginRefusal(request({ ...json, origin: APP }), "https://")).not.toBeNull();
  });

  it("leaves reads alone: they change nothing and another site cannot read the answer", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(crossOriginRefusal(request({ origin: "https://evil.test" }, method), APP), method).toBeNull();
    }
  });
});

describe("crossOriginRefusal without NEXTAUTH_URL (development)", () => {
  it("compares Origin with the request's own Host", () => {
    const local = (origin: string) =>
      request({ ...json, origin, host: "localhost:3000" }, "POST", "http://localhost:3000/api/x");
    expect(crossOriginRefusal(local("http://localhost:3000"), undefined)).toBeNull();
    expect(crossOriginRefusal(local("http://localhost:4000"), undefined)).not.toBeNull();
    expect(crossOriginRefusal(local("http://evil.test"), undefined)).not.toBeNull();
    const hostless = request({ ...json, origin: "http://localhost:3000" });
    expect(crossOriginRefusal(hostless, undefined)).not.toBeNull();
  });
});
