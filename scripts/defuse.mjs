#!/usr/bin/env node
// Orchestrator behind the root scripts: pnpm dev | start | db:migrate | db:seed | db:reset | test:e2e.
//
//   node scripts/defuse.mjs dev       next dev, with the database ready
//   node scripts/defuse.mjs start     production build when missing/stale, then one `next start` worker per
//                                     core under a node:cluster supervisor that replaces any worker that exits
//   node scripts/defuse.mjs migrate   prisma migrate dev (prisma migrate deploy when CI is set); extra args pass through
//   node scripts/defuse.mjs seed      seed the demo data (idempotent)
//   node scripts/defuse.mjs reset     drop everything, re-migrate, re-seed (local databases only unless --force)
//   node scripts/defuse.mjs e2e       Playwright (its config starts `defuse.mjs start` on a fresh embedded db)
//
// Database: DATABASE_URL when set (and non-empty); otherwise an embedded PostgreSQL (PGlite) kept in
// this process, data in .defuse/pglite (DEFUSE_DATA_DIR overrides), and DATABASE_URL is set for
// the child. Every start applies pending migrations and seeds a database without organisations.
import { spawn } from "node:child_process";
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";
import { keepAliveTimeoutMs } from "./keep-alive.mjs";

// packages/db is TypeScript; tsx lets this plain .mjs import it without a build step.
register();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dbSrc = (file) => pathToFileURL(path.join(root, "packages/db/src", file)).href;
const webDir = path.join(root, "apps/web");
const stateDir = path.join(root, ".defuse");

const [command = "help", ...rest] = process.argv.slice(2);
const log = (msg) => console.log(`defuse: ${msg}`);
const shown = (p) => (p.startsWith(root + path.sep) ? path.relative(root, p) : p);

function fail(message) {
  console.error(`defuse: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Database selection
// ---------------------------------------------------------------------------------------------
let embedded = null;

/** Refuses a second process on the same PGlite data directory: two writers would corrupt it. */
function lockDataDir(dataDir) {
  const lockFile = `${dataDir}.lock`;
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    let alive = false;
    try {
      if (pid > 0 && pid !== process.pid) alive = process.kill(pid, 0);
    } catch (err) {
      alive = err.code === "EPERM";
    }
    if (alive) {
      fail(`the embedded database at ${shown(dataDir)} is in use by process ${pid}.\n` + "  Stop that process, or use another DEFUSE_DATA_DIR, or set DATABASE_URL to a PostgreSQL server.");
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

let unlock = () => {};

async function openDatabase() {
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    log(`database: PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname} (from DATABASE_URL)`);
    const { ensureDatabase } = await import(dbSrc("migrate.ts"));
    if (await ensureDatabase(process.env.DATABASE_URL)) log(`created database ${u.pathname.slice(1)}`);
    return { url: process.env.DATABASE_URL, kind: "postgres" };
  }
  const dataDir = path.resolve(root, process.env.DEFUSE_DATA_DIR || path.join(stateDir, "pglite"));
  const firstStart = !existsSync(path.join(dataDir, "PG_VERSION"));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  unlock = lockDataDir(dataDir);
  const { startEmbeddedPostgres } = await import(dbSrc("embedded.ts"));
  const started = Date.now();
  embedded = await startEmbeddedPostgres({ dataDir, port: process.env.DEFUSE_DB_PORT ? Number(process.env.DEFUSE_DB_PORT) : undefined });
  process.env.DATABASE_URL = embedded.url;
  // The job queue (pg-boss) holds its own transactions and locks; the embedded database serves every
  // connection from one session, so it stays off here unless asked for (LMS grade passback then waits).
  process.env.DEFUSE_JOBS ??= "off";
  // For the same reason, no named prepared statements (@defuse/db's PREPARED): two connections
  // preparing a statement of the same name in the one session would collide.
  process.env.DB_PREPARED_STATEMENTS ??= "off";
  log(
    `database: embedded PostgreSQL (PGlite) at ${shown(dataDir)}, ${embedded.url}` +
      ` (${firstStart ? "created" : "started"} in ${((Date.now() - started) / 1000).toFixed(1)} s; set DATABASE_URL to use a server)`,
  );
  return { url: embedded.url, kind: "embedded" };
}

async function closeDatabase() {
  if (embedded) {
    const e = embedded;
    embedded = null;
    await e.stop().catch((err) => console.error("defuse: stopping the embedded database failed:", err));
  }
  unlock();
}

async function migrateDeploy(url) {
  const { applyMigrations } = await import(dbSrc("migrate.ts"));
  const started = Date.now();
  const { applied } = await applyMigrations(url);
  if (applied.length > 0) log(`applied ${applied.length} migration(s) in ${Date.now() - started} ms: ${applied.join(", ")}`);
}

async function runSeed(url, { onlyWhenEmpty }) {
  const { hasAnyOrganization } = await import(dbSrc("migrate.ts"));
  if (onlyWhenEmpty && (await hasAnyOrganization(url))) return;
  const { createDb } = await import(dbSrc("index.ts"));
  // prisma/seed.ts: accounts from @defuse/db, then learner activity played through @defuse/api.
  const { seedDemo } = await import(pathToFileURL(path.join(root, "prisma/seed.ts")).href);
  const db = createDb(url, { poolMax: 2 });
  try {
    const started = Date.now();
    const summary = await seedDemo(db);
    const a = summary.activity;
    log(
      `seeded demo data (${summary.organizations} organisations, ${summary.users} users; played ${a.lessons} lessons, ${a.quizzes} checks, ${a.roleplays} role-plays, ${a.reviews} reviews) in ${Date.now() - started} ms`,
    );
  } finally {
    await db.$disconnect();
  }
}

/** AUTH_SECRET for Auth.js: from the environment, else a random one kept in .defuse/auth-secret. */
function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(stateDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
    log(`generated a local AUTH_SECRET in ${path.relative(root, file)} (set AUTH_SECRET in production)`);
  }
  chmodSync(file, 0o600);
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

// ---------------------------------------------------------------------------------------------
// Children
// ---------------------------------------------------------------------------------------------
let child = null;
let stopping = false;

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    child = spawn(cmd, args, { stdio: "inherit", env: process.env, ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      child = null;
      resolve(code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1));
    });
  });
}

/** Set while `start` supervises web workers: stops them all and resolves when they have exited. */
let stopWorkers = null;

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    // Let the web processes shut down first (they hold connections to the embedded db), then stop the db.
    if (child) child.kill(signal);
    else if (stopWorkers) stopWorkers(signal);
    else {
      await closeDatabase();
      process.exit(130);
    }
  });
}

const webEnv = (port) => ({
  PORT: String(port),
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
});

/** Newest mtime under `dir`, skipping build output, dependencies and generated code. */
function newestMtime(dir) {
  let newest = 0;
  const skip = new Set(["node_modules", ".next", ".turbo", "generated", "dist", "coverage", "test-results"]);
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (skip.has(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(dir);
  return newest;
}

function buildIsStale() {
  const buildId = path.join(webDir, ".next/BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet";
  const built = statSync(buildId).mtimeMs;
  const sources = [webDir, path.join(root, "prisma/schema.prisma")];
  for (const pkg of readdirSync(path.join(root, "packages"))) sources.push(path.join(root, "packages", pkg, "src"));
  for (const src of sources) {
    const m = existsSync(src) && statSync(src).isFile() ? statSync(src).mtimeMs : newestMtime(src);
    if (m > built) return `${path.relative(root, src)} changed since the last build`;
  }
  return null;
}

async function serveWeb(mode) {
  const port = Number(process.env.PORT || 3000);
  const next = path.join(webDir, "node_modules/.bin/next");
  if (mode === "start") {
    const stale = buildIsStale();
    if (stale) {
      log(`building the web app (${stale})…`);
      const code = await run("pnpm", ["--filter", "@defuse/web", "build"], { env: { ...process.env, ...webEnv(port) } });
      if (code !== 0) return code;
    }
  }
  log(`open http://localhost:${port}`);
  // client-address.cjs records the socket's address for the sign-in throttle; page-headers.cjs gives
  // every page its CSP nonce and sends anonymous visitors to /login; unread-body.cjs discards the rest
  // of a body the app stopped reading, so the client can read the 413; request-timeouts.cjs cuts a
  // request whose body has not all arrived within 30 s; trpc-direct.cjs serves /api/trpc without
  // Next's route runtime once the route has loaded; page-memo.cjs sends a signed-in page's HTML again
  // without Next's render when its user, URL and data read are what it was rendered from (see those
  // files). Each wraps the http server's request event, the last loaded outermost: page-memo.cjs and
  // trpc-direct.cjs come first so they run after the others.
  // compression-level.cjs has Next's gzip of pages use level 4 instead of 6 (a third of the CPU), and
  // gzips a page whole in one call once Next has written it, not through a zlib stream chunk by chunk.
  const preloads = [
    "scripts/page-memo.cjs",
    "scripts/trpc-direct.cjs",
    "scripts/client-address.cjs",
    "scripts/page-headers.cjs",
    "scripts/unread-body.cjs",
    "scripts/request-timeouts.cjs",
    "scripts/compression-level.cjs",
  ].map((f) => path.join(root, f));
  if (mode === "dev") {
    const nodeOptions = `${process.env.NODE_OPTIONS ?? ""} ${preloads.map((p) => `--require ${JSON.stringify(p)}`).join(" ")}`.trim();
    return run(next, [mode, "--port", String(port)], { cwd: webDir, env: { ...process.env, ...webEnv(port), NODE_OPTIONS: nodeOptions } });
  }
  return superviseWorkers(port, [
    ...preloads.flatMap((p) => ["--require", p]),
    // Server rendering allocates many short-lived objects: a larger young generation than V8's
    // 16 MB default means fewer scavenges per request. 64 MB gave about +10% pages/s in the HTTP
    // bench but its semi-spaces alone can hold 128+ MB, which took a worker's RSS over the 500 MB
    // budget under load; 32 MB keeps most of the gain (WEB_SEMI_SPACE_MB overrides).
    `--max-semi-space-size=${process.env.WEB_SEMI_SPACE_MB || 32}`,
    // Keeps each worker's heap, and so its RSS, within the 500 MB budget under load; a worker that
    // still runs out is replaced by the supervisor like any other crash. Measured per worker under
    // the soak (issue 16): RSS is 120-150 MB outside V8's heap (Node itself, malloc, sockets), 20-50
    // MB more for a few seconds during a full collection, plus the young generation (two 32 MB
    // semi-spaces), plus the old generation, which V8 lets grow towards this cap under a steady load
    // whatever the live data (with 320 the 10-minute 500-learner soak peaked at 501 MB). The live
    // heap after a full collection is 112 MB serving turns and 142 MB serving every page and turns
    // (heap snapshots), so 256 is still nearly twice the most a worker holds.
    `--max-old-space-size=${process.env.WEB_MAX_OLD_SPACE_MB || 256}`,
    // For profiling a worker: flags Node refuses in NODE_OPTIONS, e.g. WEB_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
    ...(process.env.WEB_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean),
  ]);
}

/** Web workers wanted: WEB_CONCURRENCY when set, else one per core (Next renders on one thread per process). */
function workerCount() {
  const wanted = Number.parseInt(process.env.WEB_CONCURRENCY ?? "", 10);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
}

/**
 * `next start` in N node:cluster workers sharing one port (the primary accepts connections and
 * hands them out round-robin). The primary (this process) also holds the embedded database, so
 * every worker reaches PGlite through its socket server here. A worker that exits for any reason
 * other than shutdown is replaced at once; one that keeps dying within seconds of its start (a
 * broken build, a port in use) is retried with a growing pause, and after 10 such crashes in a row
 * the supervisor gives up and exits 1 rather than spin. node:cluster rather than a supervisor
 * package (pm2 and the like): it ships with Node, needs no daemon or config file, and lets the
 * primary keep the embedded database that the workers share.
 */
function superviseWorkers(port, execArgv) {
  const count = workerCount();
  const nextCli = createRequire(path.join(webDir, "package.json")).resolve("next/dist/bin/next");
  // A long keep-alive timeout, so the server is not the one to close a pooled connection first (keep-alive.mjs).
  const args = ["start", "--port", String(port), "--keepAliveTimeout", String(keepAliveTimeoutMs())];
  cluster.setupPrimary({ exec: nextCli, args, cwd: webDir, execArgv });
  const env = {
    ...webEnv(port),
    NODE_ENV: "production",
    // glibc gives each thread that allocates its own malloc arena; zlib (gzip of every page) and
    // libuv's threads then left 80+ MB of freed-but-kept memory per worker in up to five arenas
    // (/proc/<pid>/smaps under load). Two arenas keep that bounded; MALLOC_ARENA_MAX overrides.
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX || "2",
  };
  const startedAt = new Map();
  let quickCrashes = 0;
  log(`starting ${count} web worker(s) (one per core; WEB_CONCURRENCY overrides)`);

  return new Promise((resolve) => {
    let exitCode = 0;
    const fork = () => {
      const worker = cluster.fork(env);
      startedAt.set(worker.id, Date.now());
      worker.once("listening", () => {
        log(`worker ${worker.process.pid} listening`);
      });
    };
    // Done when no worker process is left alive. Not "cluster.workers is empty": Node removes a
    // worker from it only once both its 'exit' and its 'disconnect' have happened, in either order,
    // so on an 'exit' that came first the map still holds it, and a shutdown waiting for an empty map
    // hung for good (seen as a `pnpm start` that never exited after SIGTERM, its workers gone).
    const finishIfDone = () => {
      if (Object.values(cluster.workers ?? {}).every((w) => !w || w.isDead())) resolve(exitCode);
    };
    stopWorkers = (signal = "SIGTERM") => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) return resolve(exitCode);
      for (const w of workers) w.process.kill(signal);
      // Next finishes in-flight requests on SIGTERM; a worker stuck longer than 10 s is killed.
      setTimeout(() => {
        for (const w of Object.values(cluster.workers ?? {})) w.process.kill("SIGKILL");
      }, 10_000).unref();
    };
    cluster.on("disconnect", () => {
      if (stopping) setImmediate(finishIfDone);
    });
    cluster.on("exit", (worker, code, signal) => {
      const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
      startedAt.delete(worker.id);
      // A Ctrl-C reaches the workers and this process together: let our own handler run first.
      setImmediate(() => {
        if (stopping) return finishIfDone();
        const how = signal ? `signal ${signal}` : `code ${code}`;
        quickCrashes = lived < 10_000 ? quickCrashes + 1 : 0;
        if (quickCrashes >= 10) {
          console.error(`defuse: worker ${worker.process.pid} exited (${how}); 10 workers in a row died within 10 s of starting, giving up`);
          exitCode = 1;
          stopWorkers("SIGTERM");
          return finishIfDone();
        }
        const delay = quickCrashes === 0 ? 0 : Math.min(30_000, 250 * 2 ** quickCrashes);
        console.error(`defuse: worker ${worker.process.pid} exited (${how}) after ${(lived / 1000).toFixed(1)} s; starting a new one${delay ? ` in ${delay} ms` : ""}`);
        setTimeout(() => {
          if (!stopping) fork();
          else finishIfDone();
        }, delay);
      });
    });
    // A worker that revoked a session, deactivated someone or changed a role tells the others, so
    // they drop what they remember of that person's sessions (apps/web/server/session-user-cache.ts).
    cluster.on("message", (from, msg) => {
      if (msg?.type !== "defuse:sessions-changed") return;
      for (const w of Object.values(cluster.workers ?? {})) if (w && w !== from && w.isConnected()) w.send(msg);
    });
    for (let i = 0; i < count; i++) fork();
  });
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------
async function prepare({ seedWhenEmpty = true } = {}) {
  const { url } = await openDatabase();
  await migrateDeploy(url);
  if (seedWhenEmpty) await runSeed(url, { onlyWhenEmpty: true });
  return url;
}

function isLocal(url) {
  return ["127.0.0.1", "localhost", "::1", "[::1]"].includes(new URL(url).hostname);
}

async function main() {
  switch (command) {
    case "dev":
    case "start": {
      await prepare();
      ensureAuthSecret();
      return serveWeb(command);
    }
    case "migrate": {
      const { url } = await openDatabase();
      const { runPrisma } = await import(dbSrc("migrate.ts"));
      const args = process.env.CI ? ["migrate", "deploy"] : ["migrate", "dev", ...rest];
      const { code } = await runPrisma(args, { DATABASE_URL: url }, "inherit");
      if (code === 0) await runSeed(url, { onlyWhenEmpty: true });
      return code;
    }
    case "seed": {
      const url = await prepare({ seedWhenEmpty: false });
      await runSeed(url, { onlyWhenEmpty: false });
      return 0;
    }
    case "reset": {
      const { url, kind } = await openDatabase();
      if (kind === "postgres" && !isLocal(url) && !rest.includes("--force")) {
        fail(`refusing to reset the non-local database at ${new URL(url).hostname}; add --force if you mean it.`);
      }
      const { dropPublicSchema } = await import(dbSrc("migrate.ts"));
      await dropPublicSchema(url);
      log("dropped all tables");
      await migrateDeploy(url);
      await runSeed(url, { onlyWhenEmpty: false });
      return 0;
    }
    case "e2e": {
      // playwright.config.ts starts `defuse.mjs start` itself, on a fresh embedded database.
      return run("pnpm", ["--filter", "@defuse/e2e", "exec", "playwright", "test", ...rest], { cwd: root });
    }
    default:
      console.log("usage: node scripts/defuse.mjs <dev|start|migrate|seed|reset|e2e>");
      return command === "help" || command === "--help" ? 0 : 1;
  }
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  console.error(`defuse: ${command} failed:`, err?.stack ?? err);
  exitCode = 1;
} finally {
  await closeDatabase();
}
process.exit(exitCode);
