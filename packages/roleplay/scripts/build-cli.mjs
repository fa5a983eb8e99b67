#!/usr/bin/env node
// Bundles the role-play CLI (src/cli.ts with @defuse/content, the model's weights and every other
// import) into dist/cli.mjs with esbuild, so `pnpm roleplay label|simulate` starts with no
// TypeScript compile. Runs on `pnpm install` (postinstall) and, when a source changed since the
// last bundle, from bin/roleplay.mjs. dist/ is git-ignored. Also callable as `pnpm --filter
// @defuse/roleplay build`.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const OUT = path.join(pkg, "dist", "cli.mjs");
export const INPUTS = path.join(pkg, "dist", "cli.inputs.json");

export async function buildCli({ quiet = false } = {}) {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    if (!quiet) console.warn("build-cli: esbuild is not installed (production install?); the CLI will not be bundled.");
    return false;
  }
  mkdirSync(path.dirname(OUT), { recursive: true });
  const r = await esbuild.build({
    entryPoints: [path.join(pkg, "src", "cli.ts")],
    outfile: OUT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    legalComments: "none",
    metafile: true,
    logLevel: "error",
    // CommonJS dependencies bundled into ESM still call require()
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // the files the bundle was made from, so the launcher can tell when it is stale
  const inputs = Object.keys(r.metafile.inputs).map((f) => path.resolve(process.cwd(), f));
  writeFileSync(INPUTS, JSON.stringify(inputs));
  if (!quiet) console.log(`build-cli: ${path.relative(pkg, OUT)} from ${inputs.length} files`);
  return true;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  buildCli().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
