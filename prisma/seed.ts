// Seed entry: `pnpm db:seed` (scripts/defuse.mjs) or directly `DATABASE_URL=… tsx prisma/seed.ts`.
// The implementation lives in @defuse/db (packages/db/src/seed.ts) so it is typechecked and
// importable by tests and e2e fixtures.
import { pathToFileURL } from "node:url";
import { createDb } from "../packages/db/src/index";
import { seed } from "../packages/db/src/seed";

export { seed };

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("prisma/seed.ts: DATABASE_URL is not set (use `pnpm db:seed` to seed the embedded database).");
    process.exit(1);
  }
  const db = createDb(url);
  try {
    const summary = await seed(db);
    console.log(`Seeded demo data: ${summary.organizations} organisations, ${summary.users} users.`);
  } finally {
    await db.$disconnect();
  }
}
