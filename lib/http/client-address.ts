import "server-only";
import { isIPv4, isIPv6 } from "node:net";
import { env } from "../env";

/** The one bucket for requests whose address is unknown (no header, a malformed one, or no request at all). */
export const UNKNOWN_ADDRESS = "unknown";

type HeaderReader = { get(name: string): string | null };

/**
 * The client address a limit is keyed by. Next.js sets X-Forwarded-For to the socket's address only when the
 * request has none, so with `trustedProxies` = 0 (clients reach Next.js directly) a client that sends its own header
 * picks its address: deployments behind a load balancer set LECTERN_TRUSTED_PROXIES, and then the entry the
 * outermost trusted proxy appended (counted from the right, which clients cannot write) is used.
 */
export function clientAddress(headers: HeaderReader, trustedProxies = env.LECTERN_TRUSTED_PROXIES): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const entry = hops[hops.length - Math.max(1, trustedProxies)];
  return entry ? addressKey(entry) : UNKNOWN_ADDRESS;
}

/** IPv4 as is; IPv6 by its /64 network, since one subscriber usually holds a whole /64. */
export function addressKey(raw: string): string {
  // Some proxies append a port ("203.0.113.9:51234", "[2001:db8::1]:443"); IPv6 zone ids name no host.
  const ip = raw
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1")
    .replace(/^\[|\](:\d+)?$/g, "")
    .replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return UNKNOWN_ADDRESS;
  return `${expandIPv6(ip).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, "::" filled in (an embedded IPv4 tail counts as two). */
function expandIPv6(ip: string): string[] {
  const groups = (part: string) =>
    part
      ? part.split(":").flatMap((g) => {
          if (!g.includes(".")) return [parseInt(g, 16).toString(16)];
          const [a, b, c, d] = g.split(".").map(Number) as [number, number, number, number];
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        })
      : [];
  const [head = "", tail] = ip.split("::");
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
}
