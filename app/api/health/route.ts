import { NextResponse } from "next/server";

// Liveness only: no database, no session, so a load balancer and the benchmarks see the bare server.
export function GET() {
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
