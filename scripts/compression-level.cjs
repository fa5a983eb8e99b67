// Preloaded into every `next start` / `next dev` worker (--require) by scripts/defuse.mjs, like
// page-headers.cjs. It sets the gzip level of Next's compression middleware, and has a page
// gzipped whole in one call instead of as a stream (bufferWholePage below).
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
const zlib = require("node:zlib");

const DEFAULT_LEVEL = 4;
/** Set on a response by page-memo.cjs (the same Symbol.for key there). */
const PAGE_MEMO_CAPTURE = Symbol.for("defuse.pageMemoCapture");

/** The level asked for in `WEB_GZIP_LEVEL`, else DEFAULT_LEVEL. */
function gzipLevel(env = process.env) {
  const n = Number(env.WEB_GZIP_LEVEL);
  return env.WEB_GZIP_LEVEL !== undefined && env.WEB_GZIP_LEVEL !== "" && Number.isInteger(n) && n >= 0 && n <= 9 ? n : DEFAULT_LEVEL;
}

/** The answers kept whole: pages and their RSC payloads (see bufferWholePage). */
const WHOLE_TYPES = /^\s*text\/(?:html|x-component)\b/i;

/**
 * Has `res` hand a page (text/html) to the compression middleware whole, in one `end`, instead of
 * chunk by chunk. Next writes a page in a few chunks and flushes after each (`res.flushHeaders()`
 * before the first, `res.flush()` after every one), so the middleware's zlib stream ran a sync flush
 * per chunk, each a trip to libuv's thread pool and a socket write of its own, and sent the headers
 * in a write of their own: side by side that cost a page about as much CPU again as the deflate
 * itself (issue 16). Here the chunks are kept until Next ends the response, then given to the
 * middleware's own `end`, which decides as before (content type, no-transform, size threshold,
 * encoding already set, HEAD, the client's Accept-Encoding) and deflates them in one call. Only
 * pages: their HTML is there in full within a tick or two (no page streams a Suspense fallback),
 * and is 20-50 kB; anything else (tRPC through Next, files, route handlers' streams) and any
 * response whose headers were already sent go through unchanged. `WEB_GZIP_WHOLE_PAGES=off`
 * streams pages as before.
 *
 * A page's RSC payload (text/x-component) is treated the same way: it is what a client-side
 * navigation fetches (PlainLinkNavigation turns every in-app link click into one), a page's payload
 * without its HTML (5-20 kB), written and flushed in chunks like a page, and as complete within a
 * tick or two, since no page streams a Suspense fallback (perf17).
 */
function bufferWholePage(res, level = gzipLevel()) {
  const write = res.write;
  const end = res.end;
  const flush = res.flush;
  const flushHeaders = res.flushHeaders;
  let chunks = null; // the page so far, once it is known to be one
  const restore = () => {
    res.write = write;
    res.end = end;
    res.flush = flush;
    res.flushHeaders = flushHeaders;
  };
  /** At the first write, end or header flush: buffer a page whose headers are still unsent, else step aside. */
  const decide = () => {
    if (chunks) return true;
    if (!res._header && WHOLE_TYPES.test(String(res.getHeader("content-type") ?? ""))) {
      chunks = [];
      return true;
    }
    restore();
    return false;
  };
  res.flushHeaders = function flushHeadersOfPage() {
    if (!decide()) return flushHeaders.call(this);
  };
  res.flush = function flushPage() {
    if (!chunks) return flush.call(this);
  };
  res.write = function writePage(chunk, encoding) {
    if (!decide()) return write.apply(this, arguments);
    if (chunk != null && chunk.length !== 0) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : chunk);
    return true;
  };
  res.end = function endPage(chunk, encoding) {
    if (!decide()) return end.apply(this, arguments);
    if (typeof chunk === "function") chunk = undefined;
    if (typeof encoding === "function") encoding = undefined;
    if (chunk != null && chunk.length !== 0) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : chunk);
    const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    chunks = null;
    restore();
    // page-memo.cjs keeps a page it asked Next to render (the whole HTML, before gzip).
    if (typeof this[PAGE_MEMO_CAPTURE] === "function") this[PAGE_MEMO_CAPTURE](body);
    if (!gzipsAsMiddlewareWould(this.req, this, body.length)) return end.call(this, body);
    const gzipped = zlib.gzipSync(body, { level });
    varyOnAcceptEncoding(this);
    this.setHeader("Content-Encoding", "gzip");
    this.setHeader("Content-Length", gzipped.length);
    return end.call(this, gzipped);
  };
}

const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/;

/**
 * Whether the compression middleware would gzip this whole page (a text/html or text/x-component body of `length`
 * bytes, headers unsent), checked the way it checks: no Cache-Control no-transform, at least its
 * 1 KB threshold (and any Content-Length said so too), no Content-Encoding but identity, not HEAD,
 * and gzip the encoding it would choose from Accept-Encoding. That last is answered here only for
 * what browsers send: a `gzip` with no q-value (or q=1) and no `identity`; then its negotiator
 * (gzip, deflate, identity; gzip preferred to deflate) picks gzip whatever else is listed. Anything
 * else returns false and the middleware decides, as it always has.
 */
function gzipsAsMiddlewareWould(req, res, length) {
  if (!req || req.method === "HEAD" || length < 1024) return false;
  const declared = res.getHeader("Content-Length");
  if (declared !== undefined && Number(declared) < 1024) return false;
  const encoding = res.getHeader("Content-Encoding");
  if (encoding !== undefined && encoding !== "identity") return false;
  const cacheControl = res.getHeader("Cache-Control");
  if (cacheControl !== undefined && NO_TRANSFORM.test(String(cacheControl))) return false;
  let gzip = false;
  for (const part of String(req.headers["accept-encoding"] ?? "").split(",")) {
    const [name, ...params] = part.trim().split(";");
    const coding = name.trim().toLowerCase();
    if (coding === "identity") return false;
    if (coding !== "gzip") continue;
    const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
    if (params.length === 0 || (params.length === 1 && q !== undefined && /^q=1(?:\.0{0,3})?$/.test(q))) gzip = true;
    else return false;
  }
  return gzip;
}

/** Adds Accept-Encoding to Vary as the middleware's `vary` does: kept if `*` or already named. */
function varyOnAcceptEncoding(res) {
  const current = res.getHeader("Vary");
  if (current === undefined || current === "") return res.setHeader("Vary", "Accept-Encoding");
  const fields = String(current)
    .split(",")
    .map((f) => f.trim().toLowerCase());
  if (fields.includes("*") || fields.includes("accept-encoding")) return;
  res.setHeader("Vary", `${current}, Accept-Encoding`);
}

/** The compression middleware as install() left it (null before, or where Next was not found). */
let installed = null;

/**
 * A compression middleware for one page response, as Next's router gives every page: for the page
 * memo's hits (page-memo.cjs), so that a kept page is encoded, and its Vary set, as a fresh render.
 */
function pageCompression() {
  return installed ? installed() : null;
}

/** Makes Next's compression middleware (resolved from `fromDir`, the web app) gzip at `level` unless told otherwise. */
function install(fromDir = process.cwd(), level = gzipLevel(), wholePages = process.env.WEB_GZIP_WHOLE_PAGES !== "off") {
  let id;
  try {
    id = createRequire(path.join(fromDir, "package.json")).resolve("next/dist/compiled/compression");
  } catch {
    return false; // not a Next app: nothing to set
  }
  const compression = require(id);
  if (compression.__defuseLevel !== undefined) {
    installed = compression;
    return true;
  }
  const withLevel = (opts) => {
    const inner = compression({ level, ...opts });
    if (!wholePages) return inner;
    return (req, res, next) => {
      inner(req, res, () => {});
      bufferWholePage(res, level);
      next();
    };
  };
  withLevel.__defuseLevel = level;
  require.cache[id].exports = withLevel;
  installed = withLevel;
  return true;
}

if (process.env.DEFUSE_COMPRESSION_LEVEL_PRELOAD !== "off") install();
module.exports = { gzipLevel, install, bufferWholePage, gzipsAsMiddlewareWould, varyOnAcceptEncoding, pageCompression, DEFAULT_LEVEL };
