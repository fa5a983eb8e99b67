#!/usr/bin/env node
// Launcher for the role-play CLI (`pnpm --silent roleplay label|simulate` from the repo root):
// runs the esbuild bundle in dist/cli.mjs. If the bundle is missing or any file it was built from
// has changed since, it is rebuilt first (about a second, once); otherwise nothing is compiled.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";

// One input per run: V8 first runs each regular expression in its interpreter and compiles it to machine code once it is
// used again, so a short run pays for both on the analyser's and the commitment reader's hundreds of patterns. Compiling
// each straight to machine code takes `simulate` from about 780 to about 520 ms on a 2-core machine (issue 11, part 6).
// Set before the bundle is loaded: a pattern is compiled at its first use.
setFlagsFromString("--no-regexp-tier-up");

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(pkg, "dist", "cli.mjs");
const inputsFile = path.join(pkg, "dist", "cli.inputs.json");

function stale() {
  if (!existsSync(out) || !existsSync(inputsFile)) return true;
  const built = statSync(out).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
  } catch {
    return true;
  }
  for (const f of inputs) {
    let m;
    try {
      m = statSync(f).mtimeMs;
    } catch {
      return true;
    }
    if (m > built) return true;
  }
  return false;
}

if (stale()) {
  const { buildCli } = await import("../scripts/build-cli.mjs");
  if (!(await buildCli({ quiet: true }))) {
    process.stderr.write("roleplay: cannot bundle the CLI (esbuild missing); run `pnpm install`\n");
    process.exit(1);
  }
}
await import(pathToFileURL(out).href);
