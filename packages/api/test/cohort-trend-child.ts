// Run by cohort-trend-timezone.test.ts in a child process with its own TZ: prints the cohort
// trend's week starts as the API returns them. argv: database URL, trainer JSON, cohort id.
import { createDb } from "@defuse/db";
import { callerFor } from "./trainer-fixtures";

const [url, trainerJson, cohortId] = process.argv.slice(2) as [string, string, string];
const db = createDb(url, { poolMax: 2 });
try {
  const d = await callerFor(db, JSON.parse(trainerJson)).trainer.cohortDashboard({
    cohortId,
    from: new Date("2026-11-01T00:00:00Z"),
    to: new Date("2026-12-31T00:00:00Z"),
  });
  process.stdout.write(JSON.stringify(d.trend.map((t) => ({ week: t.week.toISOString(), attempts: t.attempts }))));
} finally {
  await db.$disconnect();
}
