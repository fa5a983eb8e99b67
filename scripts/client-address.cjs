// Preloaded into `next start` / `next dev` (NODE_OPTIONS=--require) by scripts/defuse.mjs.
// Next.js hands route handlers no socket address: it only fills in X-Forwarded-For when the
// client did not send one, so anyone could claim any address and dodge the per-address sign-in
// throttle. Here, before Next sees a request, the address Defuse trusts is written to
// `x-defuse-client-ip` (any incoming copy is overwritten): the socket's peer, or, behind
// TRUSTED_PROXY_HOPS proxies that each append to X-Forwarded-For, the entry that many hops in
// from the right.
"use strict";
const http = require("node:http");

/** The client address given the X-Forwarded-For header, the socket's peer and the trusted hop count. */
function clientAddress(forwardedFor, socketAddress, trustedHops) {
  const chain = String(forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (socketAddress) chain.push(socketAddress);
  if (chain.length === 0) return "";
  const hops = Number.isInteger(trustedHops) && trustedHops > 0 ? trustedHops : 0;
  return chain[Math.max(0, chain.length - 1 - hops)];
}

function install() {
  if (http.Server.prototype.__defuseClientAddress) return;
  const hops = Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? "0", 10) || 0;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, ...rest) {
    if (event === "request" && req && req.headers) {
      req.headers["x-defuse-client-ip"] = clientAddress(req.headers["x-forwarded-for"], req.socket && req.socket.remoteAddress, hops);
    }
    return emit.call(this, event, req, ...rest);
  };
  http.Server.prototype.__defuseClientAddress = true;
}

if (process.env.DEFUSE_CLIENT_ADDRESS_PRELOAD !== "off") install();
module.exports = { clientAddress };
