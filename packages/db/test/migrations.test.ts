import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startEmbeddedPostgres } from "../src/embedded";
import { applyMigrations, listMigrations, runPrisma } from "../src/migrate";
import { DEFAULT_TEST_SERVER_URL, isPostgresReachable } from "../src/testing";

const serverUrl = process.env.TEST_DATABASE_URL || DEFAULT_TEST_SERVER_URL;
const hasPostgres = await isPostgresReachable(serverUrl);

async function tableNames(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ t: string }>(`select table_name as t from information_schema.tables where table_schema = 'public' order by 1`);
    return rows.map((r) => r.t);
  } finally {
    await c.end();
  }
}

const expectedTables = ["AttemptTurn", "Organization", "User", "_prisma_migrations"];

describe.skipIf(!hasPostgres)("migrations on a fresh PostgreSQL database", () => {
  const name = `defuse_test_migr_${Math.random().toString(16).slice(2, 10)}`;
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

  afterAll(async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  });

  it("applies every migration once, is idempotent, and Prisma agrees", async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`CREATE DATABASE "${name}"`);
    await c.end();

    const first = await applyMigrations(url);
    expect(first.applied).toEqual(listMigrations().map((m) => m.name));
    const second = await applyMigrations(url);
    expect(second.applied).toEqual([]);
    expect(await tableNames(url)).toEqual(expect.arrayContaining(expectedTables));

    const status = await runPrisma(["migrate", "status"], { DATABASE_URL: url });
    expect(status.output).toContain("Database schema is up to date");
    expect(status.code).toBe(0);
  });
});

describe("migrations on embedded PGlite", () => {
  it("applies on an in-memory embedded server and Prisma agrees", async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: "memory://" });
    try {
      await applyMigrations(embedded.url);
      expect((await applyMigrations(embedded.url)).applied).toEqual([]);
      expect(await tableNames(embedded.url)).toEqual(expect.arrayContaining(expectedTables));
      const status = await runPrisma(["migrate", "status"], { DATABASE_URL: embedded.url });
      expect(status.output).toContain("Database schema is up to date");
    } finally {
      await embedded.stop();
    }
  });
});

describe("drift check", () => {
  it("scripts/db-drift.mjs exits 0 on the committed migrations and schema", async () => {
    const { spawnSync } = await import("node:child_process");
    const { repoRoot } = await import("../src/migrate");
    const env = { ...process.env };
    // With a server the shim replays migrations into a throwaway shadow database there (~2 s);
    // without one, into an in-memory PGlite (~8 s, much more on a busy machine).
    if (hasPostgres) env.DATABASE_URL = serverUrl;
    else delete env.DATABASE_URL;
    const r = spawnSync(process.execPath, ["scripts/db-drift.mjs"], { cwd: repoRoot, env, encoding: "utf8" });
    expect(r.stdout + r.stderr).toContain("No drift");
    expect(r.status).toBe(0);
  }, 180_000);
});
