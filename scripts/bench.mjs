#!/usr/bin/env node
// `pnpm bench`: the project's benchmarks, each bounded in time.
//  1. Trainer queries at volume (packages/api/bench/staff-queries.ts): 10,000 learners and
//     1,000,000 attempts seeded into a throwaway database on 127.0.0.1:5432, then p50/p95 of the
//     cohort dashboard and review queue. Needs the local PostgreSQL; skipped with a note otherwise.
//  2. The role-play engine's own bench (pnpm --filter @defuse/roleplay bench), when present.
//  3. HTTP under load (scripts/bench-http.mjs): 50 signed-in sessions against the default
//     `pnpm start` (a worker per core) on a throwaway PostgreSQL database: every learner page, the
//     trainer dashboard and review queue, and role-play turns; req/s and p95 per run with the load
//     average, beside Moodle 4.5's figures and the 5x target; first-load JS per route; peak RSS.
// Pass --only=staff, --only=roleplay or --only=http to run one; for http, --seconds=N, --repeats=N,
// --only-pages=dashboard,lesson,turn,…, --miss-rate=0,0.5 (shares of page-memo misses), --miss-mode=url,data (how a miss is made) and --json=file pass through. --keep (keep the seeded database) and
// --reuse=<database> (time against a kept one, no seeding) are passed to the trainer bench.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const staffArgs = process.argv.slice(2).filter((a) => a === "--keep" || a.startsWith("--reuse="));
const env = { ...process.env, CHECKPOINT_DISABLE: "1" };
let failed = false;

function run(title, cmd, args, opts = {}) {
  console.log(`\n=== ${title} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env, timeout: 15 * 60_000, ...opts });
  if (r.status !== 0) {
    console.error(`${title} failed (${r.error?.message ?? `exit ${r.status}`}).`);
    failed = true;
  }
}

if (!only || only === "staff") {
  run(
    "Trainer queries at 10,000 learners / 1,000,000 attempts",
    process.execPath,
    [
      path.join(root, "node_modules/tsx/dist/cli.mjs"),
      "bench/staff-queries.ts",
      ...staffArgs,
      // Seeding 1,000,000 attempts took over 15 minutes on a loaded 2-core machine, and a killed run
      // leaves its multi-GB database behind: allow 45 (BENCH_STAFF_MINUTES to change it).
    ],
    { cwd: path.join(root, "packages/api"), env: { ...env }, timeout: Number(process.env.BENCH_STAFF_MINUTES ?? 45) * 60_000 },
  );
}
if ((!only || only === "roleplay") && existsSync(path.join(root, "packages/roleplay/src/bench.ts"))) {
  run("Role-play engine", "pnpm", ["--filter", "@defuse/roleplay", "--silent", "bench"], { timeout: 5 * 60_000 });
}
if (!only || only === "http") {
  const httpArgs = process.argv
    .slice(2)
    .filter((a) => /^--(seconds|repeats|connections|only-pages|miss-rate|miss-mode|json)=/.test(a))
    .flatMap((a) => {
      const [k, v] = a.slice(2).split("=");
      return [`--${k === "only-pages" ? "only" : k}`, v];
    });
  // Every page at each share of memo misses (two by default) takes longer than the default 15 minutes.
  run("HTTP: every learner and trainer page and role-play turns, 50 signed-in sessions, default `pnpm start`", process.execPath, ["scripts/bench-http.mjs", ...httpArgs], { timeout: 30 * 60_000 });
}
process.exit(failed ? 1 : 0);
