import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../src/embedded";
import { applyMigrations } from "../src/migrate";

let server: EmbeddedPostgres;
let db: Db;
beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: "memory://" });
  await applyMigrations(server.url);
  db = createDb(server.url, { poolMax: 8 });
  const org = await db.organization.create({ data: { name: "Concurrency", slug: `c-${Date.now()}` } });
  await db.cohort.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ orgId: org.id, name: `Cohort ${i}` })) });
}, 60_000);
afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

describe("embedded PostgreSQL under concurrent connections", () => {
  it("answers a page's parallel queries of different shapes correctly", async () => {
    // Queries with different numbers of parameters, in parallel over several pool connections, as
    // a dashboard's Promise.all does. This guards correct answers under concurrency; it does not
    // reproduce the interleaving bug fixed in embedded.ts (that timing shows up in the trainer
    // pages: e2e/tests/trainer-review.spec.ts fails without the fix).
    const orgId = (await db.organization.findFirstOrThrow({ where: { name: "Concurrency" } })).id;
    const jobs = Array.from({ length: 120 }, (_, i) => {
      if (i % 3 === 0) return db.cohort.count({ where: { orgId } }).then((n) => expect(n).toBe(20));
      if (i % 3 === 1) {
        return db.cohort
          .findMany({ where: { orgId, name: { in: [`Cohort ${i % 20}`, "x", "y"] }, archivedAt: null }, select: { name: true } })
          .then((rows) => expect(rows.map((r) => r.name)).toEqual([`Cohort ${i % 20}`]));
      }
      return db.assignment
        .findMany({ where: { orgId, cohortId: { in: ["a", "b", "c", "d"] }, withdrawnAt: null, kind: "MODULE", contentId: { not: "z" } } })
        .then((rows) => expect(rows).toEqual([]));
    });
    await Promise.all(jobs);
  }, 60_000);

  it("keeps queries correct while another connection runs transactions (as the trainer pages do)", async () => {
    const orgId = (await db.organization.findFirstOrThrow({ where: { name: "Concurrency" } })).id;
    const inTransactions = Array.from({ length: 20 }, (_, i) =>
      db.$transaction(async (tx) => {
        const rows = await tx.cohort.findMany({
          where: { orgId, archivedAt: null, name: { in: [`Cohort ${i}`, "p", "q", "r", "s", "t"] } },
          select: { name: true },
        });
        expect(rows.map((r) => r.name)).toEqual([`Cohort ${i}`]);
      }),
    );
    const plain = Array.from({ length: 60 }, (_, i) =>
      db.cohort.findMany({ where: { orgId, name: `Cohort ${i % 20}` }, select: { name: true } }).then((rows) => expect(rows).toHaveLength(1)),
    );
    await Promise.all([...inTransactions, ...plain]);
  }, 60_000);
});
