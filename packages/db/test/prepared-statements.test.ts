import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, PREPARED, Prisma, preparedStatementName, type Db } from "../src/index";
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

describe("a PREPARED statement skips Prisma's interpreter but answers as Prisma does", () => {
  let tdb: TestDatabase;
  const zone = process.env.TZ;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    // Not UTC, so a timestamp read or sent in the process's own zone would show.
    process.env.TZ = "America/New_York";
  }, 60_000);
  afterAll(async () => {
    process.env.TZ = zone;
    if (zone === undefined) delete process.env.TZ;
    await tdb.drop();
  });

  // Every column type a page or a turn reads, and the parameter kinds they pass.
  const when = new Date("2026-03-04T05:06:07.089Z");
  const statement = (prepared: boolean) => tdb.db.$queryRaw<Array<Record<string, unknown>>>`${prepared ? PREPARED : Prisma.empty}SELECT 1::int2 a, 2::int4 b, 3::int8 c,
    1.5::float4 d, 2.5::float8 e, true f, 'x'::text g, 'y'::varchar h, '{"k":[1,2]}'::json i, '{"k":"v"}'::jsonb j,
    '2026-01-02 03:04:05.678'::timestamp k, '2026-01-02 03:04:05.678+02'::timestamptz l, '2026-01-02'::date m, 12.50::numeric n,
    ARRAY['a','b',NULL]::text[] o, ARRAY[1,2]::int4[] p, '5d7c8ca1-b6c2-4106-9c52-388f97bdc698'::uuid q, NULL::text r, ARRAY[1,2]::int8[] s,
    ARRAY['{"a":1}'::jsonb] t, ${when}::timestamp u, ${when} v, ${["p", "q,r"]}::text[] w, ${3n}::int8 x, ${1.25}::float8 y, ${7} z,
    ${true} aa, ${null}::text ab, 'Q'::bpchar ac, ARRAY['2026-01-02 03:04:05'::timestamp] ad, 'LEARNER'::"Role" ae,
    ARRAY['LEARNER'::"Role"] af, ${new Prisma.Decimal("1.10")}::numeric ag, ARRAY[1.5]::numeric[] ah, '{}'::text[] ai`;

  it("the same values, column by column, as the unmarked statement through Prisma", async () => {
    const [viaPrisma] = await statement(false);
    const [direct] = await statement(true);
    expect(Object.keys(direct!)).toEqual(Object.keys(viaPrisma!));
    for (const key of Object.keys(viaPrisma!)) {
      expect([key, direct![key]]).toEqual([key, viaPrisma![key]]);
      expect([key, (direct![key] as object)?.constructor?.name]).toEqual([key, (viaPrisma![key] as object)?.constructor?.name]);
    }
    expect(direct!.k).toEqual(new Date("2026-01-02T03:04:05.678Z"));
    expect(direct!.u).toEqual(when);
  });

  it("a failure carries PostgreSQL's SQLSTATE, as isUniqueViolation and isDatabaseUnavailable read it", async () => {
    await expect(tdb.db.$queryRaw`${PREPARED}SELECT 1 / ${0}::int AS x`).rejects.toMatchObject({ code: "22012" });
  });

  it("inside an interactive transaction, marked or not, a statement runs on the transaction's connection", async () => {
    await tdb.db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL application_name = 'inside-the-transaction'`;
      const [marked] = await tx.$queryRaw<Array<{ name: string }>>`${PREPARED}SELECT current_setting('application_name') AS name`;
      const [plain] = await tx.$queryRaw<Array<{ name: string }>>`SELECT current_setting('application_name') AS name`;
      expect([marked!.name, plain!.name]).toEqual(["inside-the-transaction", "inside-the-transaction"]);
    });
  });

  it("refuses a column type it would not read as Prisma does, instead of answering differently", async () => {
    await expect(tdb.db.$queryRaw`${PREPARED}SELECT '\\x01'::bytea AS b`).rejects.toThrow(/cannot return column "b"/);
  });

  it("goes the direct way with the mark of another copy of this module, as a Next.js build's pages have", async () => {
    // Next instantiates @defuse/db once per server runtime; the client is whichever copy made it first.
    vi.resetModules();
    const other = await import("../src/index");
    expect(other.PREPARED).toBe(PREPARED);
    // Only the direct way refuses bytea (Prisma would answer it): the statement did not go through Prisma.
    await expect(tdb.db.$queryRaw`${other.PREPARED}SELECT '\\x01'::bytea AS b`).rejects.toThrow(/cannot return column "b"/);
    const [row] = await tdb.db.$queryRaw<Array<{ n: number }>>`${other.PREPARED}SELECT ${4}::int * 2 AS n`;
    expect(row).toEqual({ n: 8 });
  });
});
