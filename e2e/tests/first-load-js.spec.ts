import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

/**
 * First-load JavaScript of every route stays within the budget (150 kB gzipped, issue 16), measured
 * on the production build this run's server started from (scripts/defuse.mjs rebuilds a stale one
 * before the suite starts, so nothing is built twice). The count must stay honest: it includes
 * every chunk Next.js itself lists as the route's first load (.next/diagnostics).
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const nextDir = path.join(root, "apps/web/.next");
const BUDGET_KB = 150;

type Row = { route: string; kb: number; chunks: string[] };

test.skip(!!process.env.E2E_BASE_URL, "the server under test was not built from this checkout");

test("every route's first-load JavaScript is at most 150 kB gzipped, counting every chunk Next.js loads first", () => {
  const rows = JSON.parse(execFileSync("node", [path.join(root, "scripts/first-load-js.mjs"), "--json"], { encoding: "utf8" })) as Row[];
  const routes = rows.map((r) => r.route);
  // The pages with the heaviest forms are measured, not missing.
  for (const heavy of ["/practice/[scenarioId]/[attemptId]", "/trainer/reviews/[attemptId]", "/admin/people", "/dashboard", "/login", "/"]) expect(routes).toContain(heavy);

  const over = rows.filter((r) => r.kb > BUDGET_KB).map((r) => `${r.route} ${r.kb} kB`);
  expect(over, `routes over the ${BUDGET_KB} kB first-load budget`).toEqual([]);

  const statsFile = path.join(nextDir, "diagnostics/route-bundle-stats.json");
  expect(existsSync(statsFile), "Next.js writes its own first-load list at build time").toBe(true);
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const byRoute = new Map(rows.map((r) => [r.route, new Set(r.chunks)]));
  let compared = 0;
  for (const s of stats) {
    const counted = byRoute.get(s.route);
    if (!counted) continue; // API routes and Next's own pages
    compared++;
    const left = s.firstLoadChunkPaths.map((c) => c.replace(/^\.next\//, "")).filter((c) => !counted.has(c));
    expect(left, `chunks of ${s.route} that Next loads first but the budget check leaves out`).toEqual([]);
  }
  expect(compared).toBe(rows.length);
});
