// Test support: real databases, no mocks (ARCHITECTURE habit 6). Each test file gets its own
// database, and each test its own organisation (createOrgWithUsers), so tests never share rows.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded";
import { createDb, hashPassword, type Db, type Organization, type User } from "./index";
import { applyMigrations } from "./migrate";

export const DEFAULT_TEST_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  url: string;
  db: Db;
  /** "postgres": a throwaway database on a real server; "embedded": an in-memory PGlite. */
  kind: "postgres" | "embedded";
  /** Disconnects the client and removes the database. Idempotent. */
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** True when a PostgreSQL server answers at `url` within ~1.5 s. */
export async function isPostgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const randomSuffix = (bytes = 4) => randomBytes(bytes).toString("hex");

/**
 * A fresh, migrated database: a throwaway `defuse_test_<random>` database on the PostgreSQL at
 * TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) when one answers,
 * otherwise an in-memory embedded PGlite (about 3–5 s to start on two cores).
 * Set DEFUSE_TEST_DB=embedded to force the embedded one.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL || DEFAULT_TEST_SERVER_URL;
  if (process.env.DEFUSE_TEST_DB !== "embedded" && (await isPostgresReachable(serverUrl))) {
    const name = `defuse_test_${randomSuffix()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    const url = withDatabase(serverUrl, name);
    await applyMigrations(url);
    // Small pools: many test files run in parallel against the same server.
    const db = createDb(url, { poolMax: 4 });
    let dropped: Promise<void> | null = null;
    return {
      url,
      db,
      kind: "postgres",
      drop: () =>
        (dropped ??= (async () => {
          await db.$disconnect();
          const c = new pg.Client({ connectionString: serverUrl });
          await c.connect();
          try {
            await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          } finally {
            await c.end();
          }
        })()),
    };
  }

  // In memory: nothing to clean on disk, and no lingering data between runs.
  const embedded = await startEmbeddedPostgres({ dataDir: "memory://" });
  await applyMigrations(embedded.url);
  // One PGlite session serves every connection: named prepared statements would collide (index.ts).
  const db = createDb(embedded.url, { poolMax: 4, preparedStatements: false });
  let dropped: Promise<void> | null = null;
  return {
    url: embedded.url,
    db,
    kind: "embedded",
    drop: () =>
      (dropped ??= (async () => {
        await db.$disconnect();
        await embedded.stop();
      })()),
  };
}

/** An on-disk embedded database in a temporary directory (for persistence tests). */
export function makeTempDataDir(prefix = "defuse-pglite-"): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface OrgWithUsers {
  org: Organization;
  admin: User;
  trainer: User;
  learner: User;
  /** The plain password shared by the three users. */
  password: string;
}

export interface CreateOrgWithUsersOptions {
  /** Organisation name; a random suffix is always added to keep it unique. */
  name?: string;
  /** Plain password for all three users; default "test-password". */
  password?: string;
  /** A precomputed hash of `password`, to skip hashing in tight loops. */
  passwordHash?: string;
}

/** A uniquely named organisation with one admin, one trainer and one learner (unique emails). */
export async function createOrgWithUsers(db: Db, opts: CreateOrgWithUsersOptions = {}): Promise<OrgWithUsers> {
  const suffix = randomSuffix();
  const password = opts.password ?? "test-password";
  const passwordHash = opts.passwordHash ?? (await hashPassword(password));
  const baseName = opts.name ?? "Test Org";
  const org = await db.organization.create({ data: { name: `${baseName} ${suffix}`, slug: `test-${suffix}` } });
  const user = (role: "ADMIN" | "TRAINER" | "LEARNER", name: string) =>
    db.user.create({
      data: { orgId: org.id, role, name: `${name} ${suffix}`, email: `${role.toLowerCase()}-${suffix}@test.defuse`, passwordHash },
    });
  const admin = await user("ADMIN", "Admin");
  const trainer = await user("TRAINER", "Trainer");
  const learner = await user("LEARNER", "Learner");
  return { org, admin, trainer, learner, password };
}
