#!/usr/bin/env node
// Fails when workspace dependencies point the wrong way or any source file takes part in an
// import cycle. The allowed edges are the diagram in ARCHITECTURE.md: content <- roleplay <- api <- web,
// content <- db <- api, and web may also read content and db directly (server/db.ts, page data).
// Both the package.json declarations and the import specifiers in the sources are checked, so an
// undeclared import that only works because pnpm linked the package elsewhere fails too.
import { readdirSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const ALLOWED = {
  "@defuse/content": [],
  "@defuse/roleplay": ["@defuse/content"],
  "@defuse/db": ["@defuse/content"],
  "@defuse/api": ["@defuse/content", "@defuse/roleplay", "@defuse/db"],
  "@defuse/web": ["@defuse/content", "@defuse/roleplay", "@defuse/db", "@defuse/api"],
  "@defuse/e2e": ["@defuse/db", "@defuse/content"],
};
const dirs = {
  "@defuse/content": "packages/content",
  "@defuse/roleplay": "packages/roleplay",
  "@defuse/db": "packages/db",
  "@defuse/api": "packages/api",
  "@defuse/web": "apps/web",
  "@defuse/e2e": "e2e",
};
/** [file, "@defuse/…" specifier] for every workspace import in a package's own sources. */
function workspaceImports(dir) {
  const found = [];
  const skip = new Set(["node_modules", ".next", ".turbo", "generated", "dist", "coverage", "test-results"]);
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (skip.has(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|mts|mjs|js|cjs)$/.test(e.name)) {
        const text = readFileSync(p, "utf8");
        for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)["'](@defuse\/[a-z-]+(?:\/[^"']*)?)["']/g)) found.push([p, m[1]]);
      }
    }
  };
  walk(dir);
  return found;
}

let failed = false;
for (const [name, dir] of Object.entries(dirs)) {
  const pkg = JSON.parse(readFileSync(path.join(root, dir, "package.json"), "utf8"));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => d.startsWith("@defuse/") && d !== "@defuse/tsconfig");
  for (const d of deps) {
    if (!ALLOWED[name].includes(d)) {
      console.error(`✗ ${name} must not depend on ${d} (see the diagram in ARCHITECTURE.md)`);
      failed = true;
    }
  }
  for (const [file, spec] of workspaceImports(path.join(root, dir))) {
    const target = spec.split("/").slice(0, 2).join("/");
    if (target !== name && target !== "@defuse/tsconfig" && !ALLOWED[name].includes(target)) {
      console.error(`✗ ${path.relative(root, file)} imports ${spec}: ${name} must not depend on ${target} (see the diagram in ARCHITECTURE.md)`);
      failed = true;
    }
  }
}

// File-level cycles, across all packages at once.
const madge = path.join(root, "node_modules/.bin/madge");
const targets = ["packages/content/src", "packages/roleplay/src", "packages/api/src", "packages/db/src", "apps/web/app", "apps/web/components", "apps/web/server", "apps/web/lib", "apps/web/trpc"];
try {
  execFileSync(
    madge,
    ["--circular", "--no-spinner", "--no-color", "--extensions", "ts,tsx", "--exclude", "generated", "--ts-config", "apps/web/tsconfig.json", ...targets],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
} catch (err) {
  console.error("✗ import cycle found:\n" + (err.stdout?.toString() ?? "") + (err.stderr?.toString() ?? ""));
  failed = true;
}
if (failed) process.exit(1);
console.log("✓ dependency direction and no import cycles");
