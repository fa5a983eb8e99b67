#!/usr/bin/env node
// Bundles the role-play CLI (src/cli.ts with @defuse/content, the model's weights and every other
// import) into dist/cli.mjs with esbuild, so `pnpm roleplay label|simulate` starts with no
// TypeScript compile. Runs on `pnpm install` (postinstall) and, when a source changed since the
// last bundle, from bin/roleplay.mjs. dist/ is git-ignored. Also callable as `pnpm --filter
// @defuse/roleplay build`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** What every bundle this script makes shares: ESM for Node 20, with require() for the CommonJS dependencies bundled in. */
const NODE_ESM = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // CommonJS dependencies bundled into ESM still call require()
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};
export const OUT = path.join(pkg, "dist", "cli.mjs");
export const INPUTS = path.join(pkg, "dist", "cli.inputs.json");
const WEIGHTS = path.join(pkg, "src", "model", "weights.json");

const MODEL_TS = path.join(pkg, "src", "model", "model.ts");

/**
 * The model's weights stay out of the bundle: inlined, V8 had to parse them as JavaScript source
 * on every start. `weights.bin` beside the bundle holds them with the run-time table already built
 * (model.ts `toBinary`), so the CLI reads views of one file instead of decoding base64 and hashing
 * every feature at start-up.
 */
const weightsBeside = {
  name: "weights-beside-bundle",
  setup(build) {
    build.onLoad({ filter: /[\\/]model[\\/]weights\.json$/ }, () => ({
      contents: `import { readFileSync } from "node:fs"; import { fromBinary } from ${JSON.stringify(MODEL_TS)}; export default fromBinary(readFileSync(new URL("./weights.bin", import.meta.url)));`,
      loader: "js",
      resolveDir: path.dirname(WEIGHTS),
    }));
  },
};

/** weights.json as weights.bin, by model.ts's own `toBinary` (bundled for the occasion). */
async function writeWeightsBin(esbuild, outDir) {
  const tmp = path.join(outDir, "model.build.mjs");
  await esbuild.build({ entryPoints: [MODEL_TS], outfile: tmp, bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "error" });
  try {
    const { toBinary } = await import(`${pathToFileURL(tmp).href}?t=${Date.now()}`);
    writeFileSync(path.join(outDir, "weights.bin"), toBinary(JSON.parse(readFileSync(WEIGHTS, "utf8"))));
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * The rule table's regex prefilters (src/analyser/prefilter.ts), read from the patterns here once instead of at every start
 * (perf round 20): rules.ts is bundled for the occasion and each cue's filter is keyed by its flags and source, so the CLI
 * looks them up (a pattern not found is read at start-up as before). Returns the `define` that puts them in the bundle.
 */
async function prefiltersDefine(esbuild, outDir) {
  const tmp = path.join(outDir, "prefilters.build.mjs");
  await esbuild.build({
    stdin: {
      // (and the commitment reader's kind cues, speed round 23)
      contents:
        'import { COMPILED } from "./src/analyser/rules"; import { literalPrefilter } from "./src/analyser/prefilter"; import { KIND_CUES } from "./src/commitments/lexicon"; export const known = Object.fromEntries([...COMPILED.map((r) => [`${r.cue.flags}/${r.cue.source}`, r.needs]), ...KIND_CUES.map((k) => [`${k.re.flags}/${k.re.source}`, literalPrefilter(k.re)])]);',
      resolveDir: pkg,
      loader: "ts",
    },
    absWorkingDir: pkg,
    outfile: tmp,
    ...NODE_ESM,
    logLevel: "error",
  });
  try {
    const { known } = await import(`${pathToFileURL(tmp).href}?t=${Date.now()}`);
    return { __DEFUSE_PREFILTERS__: JSON.stringify(known) };
  } finally {
    rmSync(tmp, { force: true });
  }
}

const CATALOGUE_TS = /[\\/]content[\\/]src[\\/]catalogue\.ts$/;
const LOAD_FN = /function load\(\): Catalogue \{[\s\S]*?\n\}\n/;

/**
 * The content catalogue, validated here once instead of at every start: zod's parse of the whole
 * curriculum was the largest part of the CLI's start-up. The catalogue is bundled and imported on
 * its own, and written as JSON beside the bundle when it survives a JSON round trip unchanged;
 * `catalogue.ts`'s `load()` then reads that file. Returns the files it was made from, or null (the
 * bundle then validates at start-up as before) when the round trip or the source does not fit.
 */
async function prevalidateCatalogue(esbuild, outDir) {
  const tmp = path.join(outDir, "catalogue.build.mjs");
  const r = await esbuild.build({
    stdin: { contents: 'export { catalogue } from "@defuse/content";', resolveDir: pkg, loader: "ts" },
    absWorkingDir: pkg,
    outfile: tmp,
    ...NODE_ESM,
    metafile: true,
    logLevel: "error",
  });
  try {
    const { catalogue } = await import(`${pathToFileURL(tmp).href}?t=${Date.now()}`);
    const json = JSON.stringify(catalogue);
    if (!isDeepStrictEqual(JSON.parse(json), catalogue)) return null;
    const src = Object.keys(r.metafile.inputs).find((f) => CATALOGUE_TS.test(f));
    if (!src || !LOAD_FN.test(readFileSync(path.resolve(pkg, src), "utf8"))) return null;
    writeFileSync(path.join(outDir, "catalogue.json"), json);
    // (the entry itself is "<stdin>", not a file: listing it would make the bundle look stale at every start)
    return Object.keys(r.metafile.inputs).filter((f) => f !== "<stdin>").map((f) => path.resolve(pkg, f));
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Replaces `load()` in content's catalogue.ts by a read of the pre-validated JSON beside the bundle. */
const catalogueBeside = {
  name: "catalogue-beside-bundle",
  setup(build) {
    build.onLoad({ filter: CATALOGUE_TS }, (args) => ({
      contents:
        'import { readFileSync as __readCatalogue } from "node:fs";\n' +
        readFileSync(args.path, "utf8").replace(
          LOAD_FN,
          '// validated when the CLI was bundled (scripts/build-cli.mjs)\nfunction load(): Catalogue {\n  return JSON.parse(__readCatalogue(new URL("./catalogue.json", import.meta.url), "utf8")) as Catalogue;\n}\n',
        ),
      loader: "ts",
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
  const catalogueInputs = await prevalidateCatalogue(esbuild, path.dirname(OUT));
  if (!catalogueInputs && !quiet) console.warn("build-cli: the catalogue is validated at start-up (it does not survive a JSON round trip, or catalogue.ts changed shape)");
  const define = await prefiltersDefine(esbuild, path.dirname(OUT));
  const r = await esbuild.build({
    entryPoints: [path.join(pkg, "src", "cli.ts")],
    define,
    outfile: OUT,
    ...NODE_ESM,
    minify: true,
    legalComments: "none",
    metafile: true,
    logLevel: "error",
    plugins: catalogueInputs ? [weightsBeside, catalogueBeside] : [weightsBeside],
  });
  await writeWeightsBin(esbuild, path.dirname(OUT));
  rmSync(path.join(path.dirname(OUT), "weights.json"), { force: true });
  // the files the bundle was made from, so the launcher can tell when it is stale
  // (with the catalogue pre-validated, its data files are not in the bundle but still make it stale)
  // (a `define` is listed as "<define:NAME>", no file: the prefilters come from rules.ts, an input already)
  const inputs = [
    ...new Set([...Object.keys(r.metafile.inputs).filter((f) => !f.startsWith("<")).map((f) => path.resolve(process.cwd(), f)), ...(catalogueInputs ?? [])]),
  ];
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
