import { db } from "@/server/db";

export const dynamic = "force-dynamic";

/** Liveness + database reachability for load balancers: 200 when a query succeeds within 2 s. */
export async function GET() {
  try {
    await Promise.race([
      db().$queryRaw`select 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), 2000)),
    ]);
    return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "degraded", db: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
