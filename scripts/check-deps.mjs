#!/usr/bin/env node
// Fails when workspace dependencies point the wrong way or any source file takes part in an
// import cycle. Allowed: content <- roleplay <- api <- web, db <- api (db may read content ids).
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const ALLOWED = {
  "@defuse/content": [],
  "@defuse/roleplay": ["@defuse/content"],
  "@defuse/db": ["@defuse/content", "@defuse/roleplay"],
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
let failed = false;
for (const [name, dir] of Object.entries(dirs)) {
  const pkg = JSON.parse(readFileSync(path.join(root, dir, "package.json"), "utf8"));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => d.startsWith("@defuse/") && d !== "@defuse/tsconfig");
  for (const d of deps) {
    if (!ALLOWED[name].includes(d)) {
      console.error(`✗ ${name} must not depend on ${d} (dependencies point content <- roleplay <- api <- web, db <- api)`);
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
