// Preloaded into every `next start` / `next dev` worker (--require) by scripts/defuse.mjs, like
// page-headers.cjs. It sets the gzip level of Next's compression middleware.
//
// `next start` gzips every page through its copy of the `compression` middleware, created with no
// options, so at zlib's default level 6. A signed-in page is 25-50 kB of HTML (the markup and the
// RSC payload inlined beside it) and is gzipped anew on every view: at level 6 that cost 0.65 ms of
// CPU for the 46 kB progress page on this machine, at level 4 0.21 ms and at level 1 0.09 ms, for
// 6.7, 7.0 and 7.8 kB on the wire (issue 16). Level 4 is zlib's first level with lazy matching:
// a third of the CPU for 5% more bytes. `WEB_GZIP_LEVEL` (0-9) sets another.
//
// Next's router server loads the middleware with require("next/dist/compiled/compression") when a
// worker starts, after the preloads: the module's export is replaced here by the same factory with
// the level as its default. tRPC answers served by trpc-direct.cjs are gzipped there, not here.
"use strict";
const path = require("node:path");
const { createRequire } = require("node:module");

const DEFAULT_LEVEL = 4;

/** The level asked for in `WEB_GZIP_LEVEL`, else DEFAULT_LEVEL. */
function gzipLevel(env = process.env) {
  const n = Number(env.WEB_GZIP_LEVEL);
  return env.WEB_GZIP_LEVEL !== undefined && env.WEB_GZIP_LEVEL !== "" && Number.isInteger(n) && n >= 0 && n <= 9 ? n : DEFAULT_LEVEL;
}

/** Makes Next's compression middleware (resolved from `fromDir`, the web app) gzip at `level` unless told otherwise. */
function install(fromDir = process.cwd(), level = gzipLevel()) {
  let id;
  try {
    id = createRequire(path.join(fromDir, "package.json")).resolve("next/dist/compiled/compression");
  } catch {
    return false; // not a Next app: nothing to set
  }
  const compression = require(id);
  if (compression.__defuseLevel !== undefined) return true;
  const withLevel = (opts) => compression({ level, ...opts });
  withLevel.__defuseLevel = level;
  require.cache[id].exports = withLevel;
  return true;
}

if (process.env.DEFUSE_COMPRESSION_LEVEL_PRELOAD !== "off") install();
module.exports = { gzipLevel, install, DEFAULT_LEVEL };
