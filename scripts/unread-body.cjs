// Preloaded into every `next start` / `next dev` worker (--require) by scripts/defuse.mjs, like
// page-headers.cjs. It keeps a refused request's answer readable when the app stops reading the
// request body before its end.
//
// apps/web/server/request-guard.ts refuses a body over its limit with a 413. When the body declared
// no Content-Length (chunked), the guard reads up to the limit and cancels the rest. Next.js hands a
// route the Node request as its web body; cancelling that stream ends Node's async iterator over the
// request, which destroys the request (with an AbortError, after detaching it from its socket). The
// connection stays open, but nothing reads it any more: the client cannot finish sending, and the
// connection is only closed with a TCP reset when its idle timeout fires (6 s with Node's default,
// 66 s with the workers' keep-alive timeout, scripts/keep-alive.mjs). A client that sends its whole
// body before reading the answer (most HTTP libraries) got "connection reset" instead of the 413.
//
// Here, such an abandoned request (destroyed without an error or with an AbortError, its body not
// all arrived, its answer not yet sent) discards the rest of its body instead, as Node does by
// itself for a body nobody read: the client finishes sending and reads the 413, and the connection
// can carry the next request. The discarding is bounded so it cannot hold a connection for long:
// after DRAIN_MAX_BYTES more bytes or DRAIN_MAX_MS, the request is destroyed and the connection
// closed. Nothing is buffered: discarded chunks are dropped as they arrive. A client that goes away
// (an "aborted" error) is destroyed at once as before.
"use strict";
const http = require("node:http");

const DRAIN_MAX_BYTES = Number(process.env.DEFUSE_DRAIN_MAX_BYTES) > 0 ? Number(process.env.DEFUSE_DRAIN_MAX_BYTES) : 128 * 1024 * 1024;
const DRAIN_MAX_MS = 10_000;

/** Discards what is left of `req`'s body, up to the bounds; past them, `destroy` closes the connection. */
function discardRest(req, destroy, limits) {
  req.removeAllListeners("data");
  req.removeAllListeners("readable");
  let bytes = 0;
  const stop = () => {
    clearTimeout(timer);
    destroy.call(req);
  };
  const timer = setTimeout(stop, limits.maxMs);
  timer.unref();
  req.on("data", (chunk) => {
    bytes += chunk.length;
    if (bytes > limits.maxBytes) stop();
  });
  req.once("end", () => clearTimeout(timer));
  req.once("close", () => clearTimeout(timer));
  // After the listeners' removal has been taken into account (on the next tick): a stream with a
  // "readable" listener does not flow on resume().
  process.nextTick(() => req.resume());
}

function guard(req, res, limits) {
  const destroy = req.destroy;
  const socket = req.socket;
  req.destroy = function (err) {
    const abandoned = !err || err.name === "AbortError";
    if (!abandoned || this.complete || this.destroyed || res.writableEnded || !socket || socket.destroyed) return destroy.call(this, err);
    // Node's stream destroyer detached the request from its socket before calling destroy; reading on needs it.
    this.socket = socket;
    discardRest(this, destroy, limits);
    return this;
  };
}

function install(limits = { maxBytes: DRAIN_MAX_BYTES, maxMs: DRAIN_MAX_MS }) {
  if (http.Server.prototype.__defuseUnreadBody) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, res, ...rest) {
    if (event === "request" && req && res && !req.complete && (req.headers["transfer-encoding"] || Number(req.headers["content-length"]) > 0)) guard(req, res, limits);
    return emit.call(this, event, req, res, ...rest);
  };
  http.Server.prototype.__defuseUnreadBody = true;
}

if (process.env.DEFUSE_UNREAD_BODY_PRELOAD !== "off") install();
module.exports = { install, DRAIN_MAX_BYTES, DRAIN_MAX_MS };
