// Preloaded into every `next start` / `next dev` worker (--require) by scripts/defuse.mjs, like
// page-headers.cjs. It bounds how long a client may take to send one request.
//
// Node's defaults: the headers within 60 s, the whole request (headers and body) within 300 s,
// checked every 30 s. A client that declares a Content-Length and then trickles the body in a byte
// at a time held a connection, a parser and, for the API routes, a request handler waiting on the
// body for up to 5.5 minutes; a few hundred such clients tie up a worker without sending anything
// worth reading. Here every server the process listens with gets:
// - requestTimeout 30 s (WEB_REQUEST_TIMEOUT_MS): headers and body must have arrived within it,
//   else Node answers 408 and closes the connection. It bounds receiving the request only: a slow
//   answer (a long query, a streamed page) is not cut. The largest body Defuse takes, a real-call
//   transcript upload of at most 11.5 MB (apps/web/server/request-guard.ts), needs about 3 Mbit/s
//   to arrive in 30 s;
// - headersTimeout 20 s (two thirds of it, and never above it, as Node requires);
// - the check every second instead of every 30 s, so the bound is the bound and not up to 30 s
//   later (it walks the list of open connections that have a request in progress: microseconds).
// A keep-alive connection waiting idle for its next request is not affected (keep-alive.mjs).
"use strict";
const http = require("node:http");
const https = require("node:https");

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const CHECK_INTERVAL_MS = 1_000;

/** The bounds in ms: WEB_REQUEST_TIMEOUT_MS when it is a positive integer, else 30 s; headers within two thirds of it. */
function requestTimeouts(env = process.env) {
  const v = Number(env.WEB_REQUEST_TIMEOUT_MS);
  const requestTimeout = Number.isInteger(v) && v > 0 ? v : DEFAULT_REQUEST_TIMEOUT_MS;
  const headersTimeout = Math.max(1, Math.floor((requestTimeout * 2) / 3));
  return { requestTimeout, headersTimeout, connectionsCheckingInterval: Math.min(CHECK_INTERVAL_MS, headersTimeout) };
}

/** Applies the bounds to a server that still has Node's defaults (a server that chose its own keeps them). */
function apply(server, t) {
  if (server.requestTimeout === 300_000 || server.requestTimeout > t.requestTimeout) server.requestTimeout = t.requestTimeout;
  if (server.headersTimeout === 60_000 || server.headersTimeout > server.requestTimeout) server.headersTimeout = Math.min(t.headersTimeout, server.requestTimeout);
  // Read by Node when the server starts listening (setupConnectionsTracking).
  if (server.connectionsCheckingInterval > t.connectionsCheckingInterval) server.connectionsCheckingInterval = t.connectionsCheckingInterval;
}

function install(t = requestTimeouts()) {
  if (http.Server.prototype.__defuseRequestTimeouts) return;
  for (const Server of [http.Server, https.Server]) {
    const listen = Server.prototype.listen;
    Server.prototype.listen = function (...args) {
      apply(this, t);
      return listen.apply(this, args);
    };
  }
  http.Server.prototype.__defuseRequestTimeouts = true;
}

if (process.env.DEFUSE_REQUEST_TIMEOUTS_PRELOAD !== "off") install();
module.exports = { install, requestTimeouts, DEFAULT_REQUEST_TIMEOUT_MS };
