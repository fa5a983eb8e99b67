import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, PREPARED, preparedStatementName, type Db } from "../src/index";
import { createTestDatabase, type TestDatabase } from "../src/testing";

describe("preparedStatementName", () => {
  it("names only statements that start with the PREPARED mark, the same text always the same name", () => {
    const sql = "/* prepared */ \n SELECT 1 AS x WHERE $1::int > 0";
    const name = preparedStatementName(sql);
    expect(name).toMatch(/^defuse_[0-9a-f]{32}$/);
    expect(preparedStatementName(`${sql}`)).toBe(name);
    expect(preparedStatementName(sql.replace("1 AS", "2 AS"))).not.toBe(name);
    expect(preparedStatementName("SELECT 1")).toBeUndefined();
    expect(preparedStatementName(' SELECT "public"."User"."id" FROM "public"."User" /* prepared */')).toBeUndefined();
  });
});

describe("a PREPARED statement on a real database", () => {
  let tdb: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    // The test database's own client: named statements unless it is the embedded PGlite.
    db = tdb.kind === "postgres" ? createDb(tdb.url, { poolMax: 2, preparedStatements: true }) : tdb.db;
  }, 60_000);
  afterAll(async () => {
    if (db !== tdb.db) await db.$disconnect();
    await tdb.drop();
  });

  it("answers like the unnamed one, run after run, with its parameters bound each time", async () => {
    for (let i = 0; i < 8; i++) {
      const rows = await db.$queryRaw<Array<{ n: number; s: string }>>`${PREPARED}SELECT ${i}::int * 2 AS n, ${`x${i}`}::text AS s`;
      expect(rows).toEqual([{ n: i * 2, s: `x${i}` }]);
    }
  });

  it("is kept by PostgreSQL under its name on the connection that ran it (a real server)", async () => {
    if (tdb.kind !== "postgres") return;
    const [row] = await db.$queryRaw<Array<{ names: string[] }>>`${PREPARED}SELECT coalesce(array_agg(name::text), '{}') AS names FROM pg_prepared_statements`;
    expect(row!.names.some((n) => /^defuse_[0-9a-f]{32}$/.test(n))).toBe(true);
  });
});
