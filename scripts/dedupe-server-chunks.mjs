#!/usr/bin/env node
// Run after `next build` (apps/web's build script). Turbopack writes some server chunks several
// times under different names with the same code (only the trailing sourceMappingURL differs): in
// the build of 5 December 2026 the chunk holding @defuse/api, @defuse/db, Prisma and the role-play
// engine with its model and embeddings, 4.8 MB, three times for the server-rendering layer and
// 4.4 MB three times for the React-server layer. Each route loads the copy its chunk list names,
// and Node keeps every copy it has loaded: its source (as a two-byte string, 9.6 MB per copy) and
// the array of module factories in require.cache, although Turbopack's runtime then instantiates
// each module id only once. A worker that served a few kinds of page held every copy.
//
// Here every copy after the first becomes a one-line module that re-exports the first, so Node
// loads and keeps each chunk's code once per worker; Turbopack's runtime then finds every module id
// of the later copies already installed and skips them, as it does today for ids shared across
// chunks. Only chunks whose code is byte-for-byte the same (sourceMappingURL aside) are touched.
//
//   node scripts/dedupe-server-chunks.mjs [apps/web/.next]
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=[^\n]*\s*$/;
/** Small chunks are not worth a stub (and the stub itself is about 60 bytes). */
const MIN_BYTES = 10_000;

/** The chunk files (`*.js`) under dir, recursively. */
function chunkFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...chunkFiles(p));
    else if (e.name.endsWith(".js")) out.push(p);
  }
  return out;
}

/**
 * Groups the chunks under `chunksDir` whose code is the same and rewrites every copy after the
 * first (in name order, so a rebuild picks the same one) to re-export it. Returns what it did.
 */
export function dedupeServerChunks(chunksDir) {
  const groups = new Map();
  for (const file of chunkFiles(chunksDir).sort()) {
    const code = readFileSync(file, "utf8");
    if (code.length < MIN_BYTES || !code.startsWith("module.exports=")) continue;
    const key = createHash("sha256").update(code.replace(SOURCE_MAP_COMMENT, "")).digest("hex");
    groups.set(key, [...(groups.get(key) ?? []), { file, bytes: code.length }]);
  }
  const rewritten = [];
  for (const [first, ...copies] of groups.values()) {
    for (const copy of copies) {
      const target = `./${path.relative(path.dirname(copy.file), first.file).split(path.sep).join("/")}`;
      writeFileSync(copy.file, `// Same code as ${path.basename(first.file)} (scripts/dedupe-server-chunks.mjs).\nmodule.exports = require(${JSON.stringify(target)});\n`);
      rewritten.push({ file: copy.file, sameAs: first.file, bytes: copy.bytes });
    }
  }
  return rewritten;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const nextDir = path.resolve(process.argv[2] ?? path.join(root, "apps/web/.next"));
  const chunksDir = path.join(nextDir, "server/chunks");
  if (!existsSync(chunksDir)) {
    console.error(`dedupe-server-chunks: no ${chunksDir}; run next build first`);
    process.exit(1);
  }
  const rewritten = dedupeServerChunks(chunksDir);
  const saved = rewritten.reduce((n, r) => n + r.bytes, 0);
  console.log(`dedupe-server-chunks: ${rewritten.length} duplicate server chunk(s) now load their first copy (${(saved / 1e6).toFixed(1)} MB of code a worker no longer holds twice)`);
}
