// HTTP client helpers shared by the load scripts (bench-http.mjs, soak-roleplay.mjs): a signed-in
// session with its own kept-alive connection, tRPC calls, timed raw requests, server start-up wait.
// Loopback only: every caller passes a http://127.0.0.1:<port> base.
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";

/** What the load scripts' learners say in a role-play (billing-error), in turn. */
export const AGENT_LINES = [
  "Let me pull up your account so I can see what happened.",
  "I can see why that charge would worry you.",
  "Could you tell me the date on the statement you're looking at?",
  "Thanks, give me a moment while I check the billing history.",
  "What would be the most helpful outcome for you today?",
];

export class Jar {
  cookies = new Map();
  constructor(base) {
    this.base = base;
    // One kept-alive connection per signed-in session, as in the yardstick.
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  }
  take(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

export async function signIn(base, email, password) {
  const jar = new Jar(base);
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.take(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/dashboard" }),
  });
  jar.take(res);
  const session = await (await fetch(`${base}/api/auth/session`, { headers: { cookie: jar.header() } })).json();
  if (session?.user?.email !== email) throw new Error(`sign-in failed for ${email}`);
  return jar;
}

/** Whether the server turned a POST away as busy without doing anything (apps/web/server/trpc-direct.ts), so it may be sent again. */
export const isBusy = (res) => res.status === 503 && res.headers.get("x-defuse-busy") === "1";
/** The wait before sending a busy call again, as the browser's client waits (apps/web/trpc/client.ts busyDelayMs). */
export function busyDelayMs(retryAfter, attempt) {
  const s = Math.min(10, Math.max(0, Number(retryAfter) || 1));
  return Math.round((s + attempt) * 1000 * (0.75 + 0.5 * Math.random()));
}
export const BUSY_RETRIES = 5;

export async function trpc(jar, pathName, input) {
  let res;
  for (let attempt = 0; ; attempt++) {
    res = await fetch(`${jar.base}/api/trpc/${pathName}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: jar.header() },
      body: JSON.stringify({ json: input }),
    });
    if (!isBusy(res) || attempt >= BUSY_RETRIES) break;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, busyDelayMs(res.headers.get("retry-after"), attempt)));
  }
  const body = await res.json();
  if (!res.ok) throw new Error(`${pathName}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body.result.data.json;
}

/**
 * One timed request on the session's own connection. Asks for gzip like a browser but does not
 * inflate the body (the client's work is not what is measured): resolves when the last byte is in.
 * `extraHeaders` adds to or overrides the request's headers (e.g. `rsc: "1"` for a page's RSC payload).
 */
export function send(jar, method, pathName, body, extraHeaders) {
  const { hostname, port } = new URL(jar.base);
  const headers = { cookie: jar.header(), "accept-encoding": "gzip", accept: body ? "application/json" : "text/html", ...extraHeaders };
  if (body) Object.assign(headers, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: pathName, method, agent: jar.agent, headers }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve({ status: res.statusCode }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function waitHealthy(base, child) {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

/** Peak resident memory per web process (the supervisor and its workers), sampled every second. */
export const peakRss = new Map();
function processTree(rootPid) {
  const parents = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* gone */
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}
export function sampleRss(rootPid) {
  for (const pid of processTree(rootPid)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      // Next renames its process ("next-server (v16…)"), which rewrites the command line.
      const role = cmd.some((a) => a.startsWith("next-server") || a.endsWith("next/dist/bin/next")) ? "web worker" : cmd.some((a) => a.endsWith("defuse.mjs")) ? "supervisor" : null;
      if (!role) continue; // the pnpm/sh wrappers
      const prev = peakRss.get(pid);
      if (!prev || kb > prev.kb) peakRss.set(pid, { role, kb });
    } catch {
      /* gone */
    }
  }
}

/**
 * CPU time (user + system, ms) used so far by the web processes under rootPid. Divided by the
 * requests served it gives the server's CPU cost per request, which other work on the machine
 * hardly changes, unlike req/s and latency.
 */
export function treeCpuMs(rootPid) {
  let ms = 0;
  for (const pid of processTree(rootPid)) ms += processCpuMs(pid);
  return ms;
}

/** CPU time (user + system, ms) used so far by one process; 0 once it has exited. */
export function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime (fields 14 and 15 of stat); USER_HZ is 100 on Linux
  } catch {
    return 0; // gone
  }
}

/** CPU ms so far of every PostgreSQL backend connected to `dbName`, by backend pid (`admin` is connected elsewhere). */
export async function backendCpuMs(admin, dbName) {
  const { rows } = await admin.query("select pid from pg_stat_activity where datname = $1", [dbName]);
  return new Map(rows.map((r) => [r.pid, processCpuMs(r.pid)]));
}

/** The CPU ms the backends spent between two `backendCpuMs` samples (backends that appeared count from zero). */
export const backendCpuDelta = (a, b) => [...b].reduce((t, [p, ms]) => t + ms - (a.get(p) ?? 0), 0);

/** `--name N` taken out of `args` (so what is left is positional) as a number, or `dflt`. */
export function numberOption(args, name, dflt) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
}

/**
 * Whether a session's request number `n` (0, 1, 2…) is one of the page memo's misses when a share
 * `rate` (0 to 1) of requests should be: spread evenly, exactly floor(N·rate) of the first N requests.
 */
export function isMissRequest(n, rate) {
  return Math.floor((n + 1) * rate) > Math.floor(n * rate);
}

/**
 * The page's path as a request that the page memo (scripts/page-memo.cjs) cannot answer from what it
 * kept: a query parameter no page reads makes it a URL this user has not seen, so the memo runs the
 * page's read, fingerprints it, finds nothing and has Next render it (then keeps it), the path a page
 * whose data changed takes. `tag` must differ for every such request.
 */
export function missPath(pathName, tag) {
  return `${pathName}${pathName.includes("?") ? "&" : "?"}bench-miss=${tag}`;
}
