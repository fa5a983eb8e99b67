// Seed entry: `pnpm db:seed` (scripts/defuse.mjs) or directly `DATABASE_URL=… tsx prisma/seed.ts`.
// Two parts, because @defuse/db must not import the API:
//   1. @defuse/db's seed(): organisations, demo accounts, cohort, assignments (packages/db/src/seed.ts);
//   2. the demo learners' activity, played through the learner and review services so every
//      attempt is exactly what the engine produces (packages/api/src/seed/demoActivity.ts).
// Both are idempotent, so seedDemo() is too.
import { pathToFileURL } from "node:url";
import { createDb, type Db } from "../packages/db/src/index";
import { seed } from "../packages/db/src/seed";
import { seedDemoActivity, type ActivitySummary } from "../packages/api/src/seed/demoActivity";

export interface DemoSeedSummary {
  organizations: number;
  users: number;
  activity: ActivitySummary;
}

export async function seedDemo(db: Db, now = new Date()): Promise<DemoSeedSummary> {
  const base = await seed(db, now);
  const activity = await seedDemoActivity(db, now);
  return { ...base, activity };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("prisma/seed.ts: DATABASE_URL is not set (use `pnpm db:seed` to seed the embedded database).");
    process.exit(1);
  }
  const db = createDb(url);
  try {
    const summary = await seedDemo(db);
    console.log(`Seeded demo data: ${summary.organizations} organisations, ${summary.users} users.`);
  } finally {
    await db.$disconnect();
  }
}
