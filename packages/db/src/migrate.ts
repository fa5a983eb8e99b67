// Applies the committed Prisma migrations (prisma/migrations/<timestamp>_<name>/migration.sql).
//
// Two ways, same result:
// - applyMigrations(): runs each pending migration.sql through `pg` and records it in Prisma's
//   own `_prisma_migrations` table exactly as `prisma migrate deploy` would (same checksum, same
//   advisory lock), so `prisma migrate status` / `migrate dev` stay consistent. ~0.1–0.3 s.
// - applyMigrationsWithPrisma(): shells out to `prisma migrate deploy` through the WASM engine
//   shim. ~3–5 s here, because the CLI and the WASM engine have to start.
// Start-up and every test database use the first; the second stays for parity checks.
import { spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const defaultMigrationsDir = path.join(repoRoot, "prisma/migrations");

// The key `prisma migrate deploy` takes (schema-engine's advisory lock), so the two never overlap.
const PRISMA_ADVISORY_LOCK = 72707369;

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of migration.sql, hex: what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

/** The committed migrations, in the order Prisma applies them (directory names sort by timestamp). */
export function listMigrations(migrationsDir = defaultMigrationsDir): Migration[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(migrationsDir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface ApplyMigrationsResult {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Applies pending migrations to the database at `url`; a no-op when all are applied.
 * Throws, leaving the failed row behind as Prisma does, when a migration fails or an earlier
 * one is marked failed (resolve it with `prisma migrate resolve` / `pnpm db:reset`).
 */
export async function applyMigrations(url: string, migrationsDir = defaultMigrationsDir): Promise<ApplyMigrationsResult> {
  const migrations = listMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    // Same definition as the schema engine's, so either tool can take over afterwards.
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed.length > 0) {
      throw new Error(
        `Migration ${failed.map((r) => r.migration_name).join(", ")} failed earlier and is still marked as failed ` +
          `(Prisma error P3009). Fix the database, then run \`prisma migrate resolve\`, or \`pnpm db:reset\` in development.`,
      );
    }
    const done = new Set(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name));
    const result: ApplyMigrationsResult = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      if (done.has(migration.name)) {
        result.alreadyApplied.push(migration.name);
        continue;
      }
      const id = randomUUID();
      await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [
        id,
        migration.checksum,
        migration.name,
      ]);
      try {
        // One simple-protocol query: PostgreSQL runs a multi-statement string as a single implicit
        // transaction, so a failing migration leaves no half-applied schema behind.
        await client.query(migration.sql);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
        throw new Error(`Migration ${migration.name} failed: ${message}`);
      }
      await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
}

/** Runs the Prisma CLI from the repository root (through the schema-engine shim). */
export function runPrisma(args: string[], env: NodeJS.ProcessEnv = {}, stdio: "inherit" | "pipe" = "pipe"): Promise<{ code: number; output: string }> {
  const bin = path.join(repoRoot, "node_modules/.bin/prisma");
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: repoRoot,
      env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", ...env },
      stdio: stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** `prisma migrate deploy` against `url`; throws with the CLI's output on failure. */
export async function applyMigrationsWithPrisma(url: string): Promise<void> {
  const { code, output } = await runPrisma(["migrate", "deploy"], { DATABASE_URL: url });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`);
}

/**
 * Creates the database named in `url` when the server says it does not exist (like the Prisma
 * CLI does before `migrate deploy`). Returns true when it was created.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await probe.connect();
    return false;
  } catch (err) {
    if ((err as { code?: string }).code !== "3D000") throw err;
  } finally {
    await probe.end().catch(() => {});
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    return true;
  } finally {
    await admin.end();
  }
}

/** True when the database holds at least one organisation (start-up seeds only empty databases). */
export async function hasAnyOrganization(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Organization") AS any`);
    return rows[0]?.any ?? false;
  } finally {
    await c.end();
  }
}

/** Drops everything Prisma manages (tables, enums, _prisma_migrations all live in `public`). */
export async function dropPublicSchema(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await c.end();
  }
}
