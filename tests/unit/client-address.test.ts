import { describe, expect, it } from "vitest";
import { addressKey, clientAddress, UNKNOWN_ADDRESS } from "../../lib/http/client-address";

const withForwardedFor = (value?: string) =>
  new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("reads the address Next.js records from the socket when clients reach it directly", () => {
    expect(clientAddress(withForwardedFor("198.51.100.7"), 0)).toBe("198.51.100.7");
  });

  it("behind trusted proxies, takes the entry the outermost one appended, not what the client wrote", () => {
    const header = withForwardedFor("1.2.3.4, 198.51.100.7, 10.0.0.2");
    expect(clientAddress(header, 1)).toBe("10.0.0.2");
    expect(clientAddress(header, 2)).toBe("198.51.100.7");
  });

  it("puts requests with no usable address in one shared bucket", () => {
    expect(clientAddress(withForwardedFor(), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(withForwardedFor("198.51.100.7"), 2)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(withForwardedFor("not-an-address"), 0)).toBe(UNKNOWN_ADDRESS);
  });
});

describe("addressKey", () => {
  it("keeps IPv4 as is and unwraps IPv4-mapped IPv6", () => {
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("203.0.113.9:51234")).toBe("203.0.113.9");
  });

  it("groups IPv6 by /64, so one subscriber's many addresses share a bucket", () => {
    expect(addressKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressKey("[2001:db8::5]:443")).toBe("2001:db8:0:0::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });
});
