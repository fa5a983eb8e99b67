import { publicJwks } from "@defuse/api";
import { db } from "../../../../server/db";

/** The tool's public keys (current and recently rotated), for platforms verifying Defuse's signatures. */
export async function GET() {
  return Response.json(await publicJwks(db()), { headers: { "cache-control": "public, max-age=300" } });
}
