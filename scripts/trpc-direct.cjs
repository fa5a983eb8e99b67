// Preloaded into every `next start` / `next dev` worker (--require) by scripts/defuse.mjs, first of
// the preloads so that it sees each request after the others (client-address.cjs's
// x-defuse-client-ip, unread-body.cjs's guard, request-timeouts.cjs's bounds) have been applied.
//
// Once the tRPC route has registered its direct handler (apps/web/server/trpc-direct.ts, on the
// route's first request, in production only), a GET or POST to /api/trpc/<procedures> is handed to
// that handler in the http server's request event instead of to Next.js: the same checks, session,
// procedures and answer, without Next's route runtime around them (a third or more of a role-play
// turn's CPU time). Anything else, including a tRPC URL of another shape (a trailing slash, a
// doubled slash: Next redirects those), goes to Next as before. DEFUSE_TRPC_DIRECT=off leaves every
// request to Next.
"use strict";
const http = require("node:http");
const { API_CSP, COMMON_HEADERS, HSTS } = require("./response-headers.cjs");

const TRPC_DIRECT = Symbol.for("defuse.trpcDirect");
/** A tRPC call as the app's client and tRPC's own links send it: procedure paths, optionally a query string. */
const TRPC_PATH = /^\/api\/trpc\/[A-Za-z0-9_.,-]+(?:\?|$)/;

/** The headers next.config.mjs gives an API answer, which Next no longer adds to these. */
const API_HEADERS = [...Object.entries(COMMON_HEADERS), ["X-Frame-Options", "DENY"], ["Content-Security-Policy", API_CSP]];
function setApiHeaders(req, res) {
  for (const [key, value] of API_HEADERS) res.setHeader(key, value);
  // next.config.mjs's `has` matches the whole header value.
  if (req.headers["x-forwarded-proto"] === "https") res.setHeader("Strict-Transport-Security", HSTS);
}

/** Whether this request is one the direct handler takes. */
function isDirectTrpc(method, url) {
  return (method === "GET" || method === "POST") && typeof url === "string" && TRPC_PATH.test(url);
}

function install() {
  if (http.Server.prototype.__defuseTrpcDirect) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, res, ...rest) {
    if (event === "request" && req && res && isDirectTrpc(req.method, req.url)) {
      const direct = globalThis[TRPC_DIRECT];
      if (typeof direct === "function") {
        setApiHeaders(req, res);
        direct(req, res);
        return true;
      }
    }
    return emit.call(this, event, req, res, ...rest);
  };
  http.Server.prototype.__defuseTrpcDirect = true;
}

if (process.env.DEFUSE_TRPC_DIRECT !== "off") install();
module.exports = { isDirectTrpc, install, TRPC_DIRECT };
