#!/usr/bin/env node
// `pnpm test`: typecheck, lint (dependency direction + cycles), schema drift, unit and integration
// tests (vitest, real PostgreSQL or the embedded one), then Playwright e2e in Debian Chromium
// against the production server. Every step runs even when an earlier one fails, so one run shows
// everything that is wrong; the last lines sum all suites as "N passed, N failed, N skipped" and
// name every skipped test, so a test that silently stopped running shows up.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { playwrightSkipped, vitestSkipped } from "./test-summary.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const out = path.join(root, ".defuse/test-results");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", FORCE_COLOR: "0" };
const only = process.argv.slice(2); // e.g. `pnpm test unit e2e`

const results = [];
function step(name, cmd, args, opts = {}) {
  if (only.length && !only.includes(name)) return;
  const started = Date.now();
  console.log(`\n━━ ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: opts.cwd ?? root, env, stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = { skipped: [], ...(opts.count?.() ?? { passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1 }) };
  if (r.status !== 0 && counts.failed === 0) counts.failed = 1; // a crash with no report still fails
  results.push({ name, ok: r.status === 0, seconds, ...counts });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

step("typecheck", "pnpm", ["exec", "turbo", "run", "typecheck", "--output-logs=errors-only"]);
step("lint", "pnpm", ["run", "--silent", "lint"]);
step("drift", "node", ["scripts/db-drift.mjs"]);
step("unit", "pnpm", ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${out}/vitest.json`], {
  count() {
    const j = readJson(`${out}/vitest.json`);
    return j ? { passed: j.numPassedTests, failed: j.numFailedTests, skipped: vitestSkipped(j, root) } : { passed: 0, failed: 1 };
  },
});
step("e2e", "pnpm", ["exec", "playwright", "test"], {
  cwd: path.join(root, "e2e"),
  count() {
    const j = readJson(`${out}/playwright.json`);
    return j ? { passed: j.stats.expected + (j.stats.flaky ?? 0), failed: j.stats.unexpected, skipped: playwrightSkipped(j) } : { passed: 0, failed: 1 };
  },
});

console.log("\n━━ summary");
for (const r of results) {
  console.log(`${r.ok ? "✓" : "✗"} ${r.name.padEnd(10)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.skipped.length).padStart(3)} skipped  ${r.seconds}s`);
}
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
const skipped = results.flatMap((r) => r.skipped.map((name) => `${r.name}: ${name}`));
if (skipped.length) console.log(`\nskipped:\n${skipped.map((n) => `  - ${n}`).join("\n")}\n`);
console.log(`${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
