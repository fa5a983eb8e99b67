// How long a `next start` worker keeps an idle keep-alive connection open (scripts/defuse.mjs passes
// it as `--keepAliveTimeout`).
//
// Node's default is 5 s (it closes after 6 s, advertising `Keep-Alive: timeout=5`). A client that
// pools connections, Playwright's request client or a reverse proxy (nginx and cloud load balancers
// keep idle upstream connections for 60 s), can send its next request on a connection the server
// has just closed: its own idle timer did not get to run, or is longer. The request then fails with
// EPIPE or ECONNRESET before any answer (a 502 behind a proxy). Under load that is not rare: a
// Playwright test that builds a 100 MB body between two requests kept its pooled connection idle for
// 6.5 s, and `POST /api/lti/login` failed with `write EPIPE` without ever reaching the server.
// The server must be the side that closes last, so its timeout is above the common proxies' 60 s.
// An idle connection costs a file descriptor and a few KB; Node's headers and request timeouts still
// bound a request that has started.
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** The keep-alive timeout in ms: WEB_KEEP_ALIVE_MS when it is a positive integer, else the default. */
export function keepAliveTimeoutMs(env = process.env) {
  const v = Number(env.WEB_KEEP_ALIVE_MS);
  return Number.isInteger(v) && v > 0 ? v : KEEP_ALIVE_TIMEOUT_MS;
}
