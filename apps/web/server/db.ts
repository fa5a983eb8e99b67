import "server-only";
import { getDb, type Db } from "@defuse/db";
import { serverEnv } from "./env";

/** The process-wide Prisma client; created on first use so `next build` needs no database. */
export function db(): Db {
  serverEnv();
  return getDb();
}
