#!/usr/bin/env node
// Bundles the role-play CLI (src/cli.ts with @defuse/content, the model's weights and every other
// import) into dist/cli.mjs with esbuild, so `pnpm roleplay label|simulate` starts with no
// TypeScript compile. Runs on `pnpm install` (postinstall) and, when a source changed since the
// last bundle, from bin/roleplay.mjs. dist/ is git-ignored. Also callable as `pnpm --filter
// @defuse/roleplay build`.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const OUT = path.join(pkg, "dist", "cli.mjs");
export const INPUTS = path.join(pkg, "dist", "cli.inputs.json");
const WEIGHTS = path.join(pkg, "src", "model", "weights.json");

/**
 * The model's weights (1.2 MB) stay out of the bundle: inlined, V8 had to parse them as JavaScript
 * source on every start; read as a file next to the bundle, JSON.parse takes a few milliseconds.
 */
const weightsBeside = {
  name: "weights-beside-bundle",
  setup(build) {
    build.onLoad({ filter: /[\\/]model[\\/]weights\.json$/ }, () => ({
      contents: 'import { readFileSync } from "node:fs"; export default JSON.parse(readFileSync(new URL("./weights.json", import.meta.url), "utf8"));',
      loader: "js",
      resolveDir: path.dirname(WEIGHTS),
    }));
  },
};

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
    plugins: [weightsBeside],
    // CommonJS dependencies bundled into ESM still call require()
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  copyFileSync(WEIGHTS, path.join(path.dirname(OUT), "weights.json"));
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
