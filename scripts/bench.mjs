#!/usr/bin/env node
// `pnpm bench`: the project's benchmarks, each bounded in time.
//  1. Trainer queries at volume (packages/api/bench/staff-queries.ts): 10,000 learners and
//     1,000,000 attempts seeded into a throwaway database on 127.0.0.1:5432, then p50/p95 of the
//     cohort dashboard and review queue. Needs the local PostgreSQL; skipped with a note otherwise.
//  2. The role-play engine's own bench (pnpm --filter @defuse/roleplay bench), when present.
//  3. HTTP under load (scripts/bench-http.mjs): 50 signed-in sessions against `next start` on a
//     throwaway PostgreSQL database: learner and trainer dashboards and role-play turns, req/s and
//     p50/p95/p99, against the target of 5x Moodle 4.5's 35 req/s with p95 under 300 ms.
// Pass --only=staff, --only=roleplay or --only=http to run one. --keep (keep the seeded database) and
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
  run("Trainer queries at 10,000 learners / 1,000,000 attempts", process.execPath, [
    path.join(root, "node_modules/tsx/dist/cli.mjs"),
    "bench/staff-queries.ts",
    ...staffArgs,
  ], { cwd: path.join(root, "packages/api"), env: { ...env } });
}
if ((!only || only === "roleplay") && existsSync(path.join(root, "packages/roleplay/src/bench.ts"))) {
  run("Role-play engine", "pnpm", ["--filter", "@defuse/roleplay", "--silent", "bench"], { timeout: 5 * 60_000 });
}
if (!only || only === "http") {
  run("HTTP: signed-in pages and role-play turns, 50 sessions", process.execPath, ["scripts/bench-http.mjs", "--seconds", "15"]);
  run("HTTP: the same on two stateless instances sharing the database", process.execPath, ["scripts/bench-http.mjs", "--seconds", "15", "--instances", "2"]);
}
process.exit(failed ? 1 : 0);
