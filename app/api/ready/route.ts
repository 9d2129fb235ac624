import { NextResponse } from "next/server";
import { readiness } from "@/lib/health/readiness";

// Readiness for load balancers: 503 while this server is shutting down or cannot reach its database.
export async function GET() {
  const state = await readiness();
  return NextResponse.json(state, {
    status: state.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
