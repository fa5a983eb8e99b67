// Bounded load check for learner.finishAttempt (issue 16, finding 10): N learners with a
// two-turn role-play each finish at the same moment through one app-sized pool (DB_POOL_MAX or
// 10) on the loopback PostgreSQL. Prints how many failed and how long it took. A throwaway
// database; nothing leaves 127.0.0.1.
//   pnpm --filter @defuse/api exec tsx bench/finish-load.ts 300 500
import { randomUUID } from "node:crypto";
import { createDb } from "@defuse/db";
import { createOrgWithUsers, createTestDatabase } from "@defuse/db/testing";
import { createCaller, createContextInner } from "../src";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0 && n <= 1000);
const LINES = ["I'm so sorry, I can hear how worrying that is.", "I'll remove the fee and refund it today."];
const deadline = setTimeout(() => {
  console.error("finish-load: gave up after 10 minutes");
  process.exit(1);
}, 600_000);

const tdb = await createTestDatabase();
const app = createDb(tdb.url); // the pool size the app runs with
try {
  for (const n of sizes.length ? sizes : [300, 500]) {
    const org = await createOrgWithUsers(tdb.db);
    const users = await tdb.db.user.createManyAndReturn({
      data: Array.from({ length: n }, (_, i) => ({ orgId: org.org.id, email: `f${i}-${org.org.slug}@t.test`, name: `F ${i}`, passwordHash: "x" })),
    });
    const callers = users.map((u) => createCaller(createContextInner({ db: tdb.db, user: { id: u.id, email: u.email, name: u.name, role: "LEARNER", orgId: u.orgId } })));
    const ids: string[] = [];
    for (let i = 0; i < n; i += 20) {
      const chunk = await Promise.all(
        callers.slice(i, i + 20).map(async (c) => {
          const { attemptId } = await c.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
          for (const text of LINES) await c.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text });
          return attemptId;
        }),
      );
      ids.push(...chunk);
    }
    const onApp = users.map((u) => createCaller(createContextInner({ db: app, user: { id: u.id, email: u.email, name: u.name, role: "LEARNER", orgId: u.orgId } })));
    const started = performance.now();
    const results = await Promise.allSettled(onApp.map((c, i) => c.learner.finishAttempt({ attemptId: ids[i]! })));
    const seconds = (performance.now() - started) / 1000;
    const failed = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    const p2028 = failed.filter((r) => /P2028|Unable to start a transaction/.test(String(r.reason) + String((r.reason as { cause?: unknown }).cause))).length;
    const completed = await tdb.db.attempt.count({ where: { id: { in: ids }, status: "COMPLETED" } });
    console.log(`${n} concurrent finishes: ${failed.length} failed (${((failed.length / n) * 100).toFixed(1)}%, ${p2028} P2028), ${completed} completed, ${seconds.toFixed(1)} s`);
    if (failed[0] && failed.length !== p2028) console.log(`  first other failure: ${String(failed.find((r) => !/P2028|Unable to start/.test(String(r.reason)))?.reason).slice(0, 200)}`);
  }
} finally {
  clearTimeout(deadline);
  await app.$disconnect();
  await tdb.drop();
}
