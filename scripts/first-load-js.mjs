#!/usr/bin/env node
// First-load JavaScript per route, from the production build's own manifests (Next 16 with
// Turbopack no longer prints the sizes): the root main files every page loads, plus the chunks the
// route's page and layouts name in its client reference manifest (`entryJSFiles`), each counted
// once and gzipped at level 9 as Next's old build output did. Polyfills are left out: they are
// `nomodule` scripts that current browsers skip.
//
//   node scripts/first-load-js.mjs [--json]      (after `pnpm build` or `pnpm start`)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIRST_LOAD_BUDGET_KB = 150;

function manifestsUnder(dir) {
  const found = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "page_client-reference-manifest.js") found.push(p);
    }
  };
  walk(dir);
  return found;
}

/** [{ route, kb, files, chunks }] for every App Router page of the build in `nextDir`, largest first. */
export function firstLoadJs(nextDir = path.join(root, "apps/web/.next")) {
  const buildManifest = path.join(nextDir, "build-manifest.json");
  if (!existsSync(buildManifest)) throw new Error(`no production build at ${nextDir}: run pnpm build first`);
  const { rootMainFiles = [] } = JSON.parse(readFileSync(buildManifest, "utf8"));
  const gz = new Map();
  const size = (file) => {
    const rel = file.replace(/^\/?_next\//, "");
    if (!gz.has(rel)) gz.set(rel, gzipSync(readFileSync(path.join(nextDir, rel)), { level: 9 }).length);
    return gz.get(rel);
  };
  const rows = [];
  for (const file of manifestsUnder(path.join(nextDir, "server/app"))) {
    const sandbox = { globalThis: {} };
    vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
    for (const [entry, manifest] of Object.entries(sandbox.globalThis.__RSC_MANIFEST ?? {})) {
      if (entry.startsWith("/_")) continue; // _not-found, _global-error
      const files = new Set(rootMainFiles.map((f) => f.replace(/^\/?_next\//, "")));
      for (const chunks of Object.values(manifest.entryJSFiles ?? {})) for (const c of chunks) files.add(c.replace(/^\/?_next\//, ""));
      const bytes = [...files].reduce((sum, f) => sum + size(f), 0);
      const route = entry.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
      rows.push({ route, kb: +(bytes / 1024).toFixed(1), files: files.size, chunks: [...files] });
    }
  }
  return rows.sort((a, b) => b.kb - a.kb || a.route.localeCompare(b.route));
}

export function printFirstLoadJs(rows) {
  console.log(`First-load JS per route (gzipped; budget ${FIRST_LOAD_BUDGET_KB} kB):`);
  for (const r of rows) console.log(`${r.kb <= FIRST_LOAD_BUDGET_KB ? "✓" : "✗"} ${r.route.padEnd(44)} ${String(r.kb).padStart(6)} kB  (${r.files} files)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = firstLoadJs();
  if (process.argv.includes("--json")) console.log(JSON.stringify(rows));
  else printFirstLoadJs(rows);
}
