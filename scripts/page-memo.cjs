// Preloaded into every `next start` worker (--require) by scripts/defuse.mjs, first of the preloads
// (like trpc-direct.cjs) so that it sees a page request after page-headers.cjs has given it its nonce.
//
// A signed-in page's HTML served again without Next's render when nothing it shows has changed
// (issue 16: Next's own pipeline is 65-80% of a page's CPU, perf19). The app registers a lookup
// (apps/web/server/page-memo.ts, on the first render of a page that has one) which, for a GET of a
// page it knows, checks the session, runs the page's data read through the tRPC caller (the same
// authorisation and organisation scoping as the page, on every request) and fingerprints what the
// page shows: the user, the URL, the content version and the data. The lookup answers:
// - null: not for the memo (unknown page, no session, a role the page refuses, a read that failed,
//   a temporary password...). Next serves it as always.
// - a hit: the same user, URL and fingerprint were rendered before in this worker. That HTML is sent
//   with this request's nonce in place of the one it was rendered with, the headers Next gave it
//   (no cookie is ever replayed), gzipped as Next's compression middleware would.
// - a miss: the data read is handed to the page (x-defuse-page-read names it: the page renders from
//   exactly what was fingerprinted), and once Next has written the page whole (compression-level.cjs
//   calls CAPTURE), a 200 text/html with no Set-Cookie that did use that read is kept (as bytes, within a
//   per-worker budget and a per-person share of it, so no one person can push everyone's pages out).
// RSC payloads (client-side navigations), HEAD and anything else go to Next untouched.
// DEFUSE_PAGE_MEMO=off leaves every page to Next.
"use strict";
const http = require("node:http");
const zlib = require("node:zlib");
const { gzipLevel, gzipsAsMiddlewareWould, varyOnAcceptEncoding, pageCompression } = require("./compression-level.cjs");

const PAGE_MEMO = Symbol.for("defuse.pageMemo");
const CAPTURE = Symbol.for("defuse.pageMemoCapture");
/** The request header that names the data read handed to the page; never taken from a client. */
const READ_HEADER = "x-defuse-page-read";
/** Headers not kept with a page: set afresh per response (by page-headers.cjs, Node, or here), or never replayed. */
const NOT_KEPT = new Set([
  "set-cookie",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "content-security-policy",
  "x-frame-options",
  "strict-transport-security",
]);

/** Whether a request could be a page's HTML the memo serves: a GET that page-headers.cjs gave a nonce, not an RSC fetch. */
function memoCandidate(req) {
  if (req.method !== "GET" || !req.headers["x-nonce"]) return false;
  if (req.headers.rsc !== undefined || req.headers["next-router-prefetch"] !== undefined || req.headers["next-router-state-tree"] !== undefined) return false;
  return !/[?&]_rsc=/.test(req.url ?? "");
}

/** The headers Next gave a page, less those set per response (see NOT_KEPT). */
function keptHeaders(res) {
  const out = [];
  for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_KEPT.has(name.toLowerCase()) && value !== undefined) out.push([name, value]);
  return out;
}

/**
 * A copy of the kept HTML (UTF-8 bytes) with `to` wherever the nonce `from` was. `at` lists the byte
 * offsets of `from`, found once when the page was kept (page-memo.ts nonceOffsets): the copy is one
 * memcpy and a write of the nonce at each, with no search of the page. A nonce of another length
 * (never: page-headers.cjs makes them all 24 characters) falls back to a search and replace.
 */
function withNonce(body, from, to, at) {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) return Buffer.from(body.toString("utf8").split(from).join(to), "utf8");
  const out = Buffer.allocUnsafe(body.length);
  body.copy(out);
  if (Array.isArray(at)) {
    for (const i of at) out.write(to, i, "utf8");
    return out;
  }
  const needle = Buffer.from(from);
  const replacement = Buffer.from(to);
  for (let i = out.indexOf(needle); i !== -1; i = out.indexOf(needle, i + needle.length)) replacement.copy(out, i);
  return out;
}

/**
 * Sends a kept page with `nonce` in place of the one it was rendered with, as a fresh render would be
 * sent: the headers Next gave it, then gzipped (and Vary: Accept-Encoding) when a browser asks for
 * gzip, or else handed to the compression middleware itself, which decides as it does for a render
 * (another encoding, none, and Vary either way). Without that last step a hit for a client that did
 * not ask for plain gzip went out without Vary: Accept-Encoding (an attacker's pass, sec25).
 */
function sendKept(req, res, kept, nonce) {
  const swap = (s) => s.split(kept.nonce).join(nonce);
  for (const [name, value] of kept.headers) res.setHeader(name, Array.isArray(value) ? value.map((v) => swap(String(v))) : swap(String(value)));
  let body = withNonce(kept.body, kept.nonce, nonce, kept.nonceAt);
  res.statusCode = 200;
  if (gzipsAsMiddlewareWould(req, res, body.length)) {
    body = zlib.gzipSync(body, { level: gzipLevel() });
    varyOnAcceptEncoding(res);
    res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", body.length);
    return res.end(body);
  }
  const compress = pageCompression();
  if (compress) compress(req, res, () => {});
  else varyOnAcceptEncoding(res);
  res.end(body);
}

async function serve(lookup, req, res, toNext) {
  let found = null;
  try {
    found = await lookup(req);
  } catch {
    found = null;
  }
  if (!found) return toNext();
  const nonce = req.headers["x-nonce"];
  if (found.hit) return sendKept(req, res, found.hit, nonce);
  req.headers[READ_HEADER] = found.readId;
  res.once("close", found.done);
  res[CAPTURE] = (body) => {
    res[CAPTURE] = undefined;
    if (res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined || !/^\s*text\/html\b/i.test(String(res.getHeader("content-type") ?? ""))) return;
    found.keep({ body, nonce, headers: keptHeaders(res) });
  };
  return toNext();
}

function install() {
  if (http.Server.prototype.__defusePageMemo) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, res, ...rest) {
    if (event === "request" && req && req.headers && res) {
      delete req.headers[READ_HEADER];
      const lookup = globalThis[PAGE_MEMO];
      if (typeof lookup === "function" && memoCandidate(req)) {
        serve(lookup, req, res, () => emit.call(this, event, req, res, ...rest));
        return true;
      }
    }
    return emit.call(this, event, req, res, ...rest);
  };
  http.Server.prototype.__defusePageMemo = true;
}

if (process.env.DEFUSE_PAGE_MEMO !== "off") install();
module.exports = { withNonce, install, memoCandidate, keptHeaders, sendKept, serve, PAGE_MEMO, CAPTURE, READ_HEADER };
