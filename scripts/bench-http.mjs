#!/usr/bin/env node
// HTTP load benchmark of signed-in pages (and role-play turns once the learner API has them),
// measured the way the Moodle yardstick was: PostgreSQL, one signed-in session per connection,
// HTML only, 50 concurrent users. Starts `next start` on a throwaway database on the local
// PostgreSQL, signs in 50 distinct learners, then runs closed-loop clients for a fixed time. Each
// session sends its requests on its own kept-alive connection (node:http, one socket per session),
// asks for gzip as a browser does and does not inflate what it receives.
//
//   node scripts/bench-http.mjs [--connections 50] [--seconds 20] [--port 3300] [--instances 1]
//
// Traffic goes only to 127.0.0.1. Bounded in time; drops its database when done.
import { spawn } from "node:child_process";
import http from "node:http";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const CONNECTIONS = Number(args.connections ?? 50);
const SECONDS = Number(args.seconds ?? 20);
const PORT = Number(args.port ?? 3300);
const INSTANCES = Number(args.instances ?? 1);
// Several stateless instances share one database, as behind a load balancer; each connection is
// pinned to one instance (i % INSTANCES), like a balancer with sticky connections.
const BASES = Array.from({ length: INSTANCES }, (_, i) => `http://127.0.0.1:${PORT + i}`);
const BASE = BASES[0];
const SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `defuse_bench_${randomUUID().slice(0, 8)}`;
const dbUrl = Object.assign(new URL(SERVER), { pathname: `/${dbName}` }).toString();

class Jar {
  cookies = new Map();
  constructor(base = BASE) {
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

async function signIn(email, password, base = BASE) {
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

async function trpc(jar, pathName, input) {
  const res = await fetch(`${jar.base}/api/trpc/${pathName}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: jar.header() },
    body: JSON.stringify({ json: input }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${pathName}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body.result.data.json;
}

/**
 * One timed request on the session's own connection. Asks for gzip like a browser but does not
 * inflate the body (the client's work is not what is measured): resolves when the last byte is in.
 */
function send(jar, method, pathName, body) {
  const { hostname, port } = new URL(jar.base);
  const headers = { cookie: jar.header(), "accept-encoding": "gzip", accept: body ? "application/json" : "text/html" };
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

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One result row: throughput and latency percentiles, printed and returned. */
function report(name, latencies, errors, seconds) {
  latencies.sort((a, b) => a - b);
  const row = {
    name,
    requests: latencies.length,
    rps: +(latencies.length / seconds).toFixed(1),
    p50: +percentile(latencies, 50).toFixed(1),
    p95: +percentile(latencies, 95).toFixed(1),
    p99: +percentile(latencies, 99).toFixed(1),
    errors,
  };
  const pad = (n, w) => String(n).padStart(w);
  console.log(
    `${name.padEnd(28)} ${pad(row.rps, 7)} req/s   p50 ${pad(row.p50, 6)} ms   p95 ${pad(row.p95, 6)} ms   p99 ${pad(row.p99, 6)} ms   errors ${errors}/${row.requests}`,
  );
  return row;
}

/** Closed loop: each connection sends its next request when the previous one answered. */
async function load(name, jars, makeRequest, seconds) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    jars.map(async (jar, i) => {
      let n = 0;
      while (Date.now() < until) {
        const started = performance.now();
        try {
          const res = await makeRequest(jar, i, n++);
          if (res.status !== 200) errors++; // a redirect to /login is a failure too
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  return report(name, latencies, errors, seconds);
}

const AGENT_LINES = [
  "Let me pull up your account so I can see what happened.",
  "I can see why that charge would worry you.",
  "Could you tell me the date on the statement you're looking at?",
  "Thanks, give me a moment while I check the billing history.",
  "What would be the most helpful outcome for you today?",
];

/**
 * Role-play turns: every connection plays billing-error through learner.takeTurn. When a call
 * ends the connection starts a fresh attempt; only takeTurn requests are timed.
 */
async function roleplayTurns(jars, seconds) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const start = (jar) => trpc(jar, "learner.startAttempt", { scenarioId: "billing-error", mode: "freeText", restart: true }).then((a) => a.attemptId);
  await Promise.all(
    jars.map(async (jar) => {
      let attemptId = await start(jar);
      let n = 0;
      while (Date.now() < until) {
        const started = performance.now();
        const res = await send(jar, "POST", "/api/trpc/learner.takeTurn", JSON.stringify({ json: { attemptId, clientTurnId: randomUUID(), text: AGENT_LINES[n++ % AGENT_LINES.length] } }));
        const ms = performance.now() - started;
        if (res.status === 412) {
          attemptId = await start(jar); // the call ended: begin again, untimed
          continue;
        }
        latencies.push(ms);
        if (res.status !== 200) errors++;
      }
    }),
  );
  return report("learner role-play turn", latencies, errors, seconds);
}

async function waitHealthy(child, base = BASE) {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

// BENCH_EXTERNAL=1 measures a server that is already running on --port (e.g. one started under a profiler).
const external = process.env.BENCH_EXTERNAL === "1";
const admin = new pg.Client({ connectionString: SERVER });
if (!external) {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  console.log(`bench: database ${dbName} on ${new URL(SERVER).host}; ${CONNECTIONS} connections, ${SECONDS} s per scenario`);
}
function startInstance(port) {
  return spawn("node", ["scripts/defuse.mjs", "start"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      NODE_ENV: "production",
      DB_POOL_MAX: process.env.DB_POOL_MAX ?? "20",
      ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
}
const servers = [];
const results = [];
try {
  if (!external) {
    // The first instance builds, migrates and seeds; the others then start on the same database.
    servers.push(startInstance(PORT));
    await waitHealthy(servers[0], BASES[0]);
    for (let i = 1; i < INSTANCES; i++) {
      servers.push(startInstance(PORT + i));
      await waitHealthy(servers[i], BASES[i]);
    }
    console.log(`bench: ${INSTANCES} instance(s) at ${BASES.join(", ")}`);
  }
  const adminJar = await signIn("admin@defuse.test", "defuse-demo");
  const cohorts = await (
    await fetch(`${BASE}/api/trpc/cohort.list?input=${encodeURIComponent(JSON.stringify({ json: null }))}`, { headers: { cookie: adminJar.header() } })
  ).json();
  const cohortId = cohorts.result.data.json.find((c) => c.name.startsWith("Onboarding"))?.id ?? null;
  const password = "bench-password-123";
  const learners = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const email = `bench-${i}-${randomUUID().slice(0, 6)}@bench.test`;
    await trpc(adminJar, "people.create", { name: `Bench Learner ${i}`, email, password, role: "LEARNER", cohortId });
    learners.push(email);
  }
  const jars = [];
  for (const [i, email] of learners.entries()) jars.push(await signIn(email, password, BASES[i % INSTANCES]));
  const trainerJars = await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => signIn("trainer@defuse.test", "defuse-demo", BASES[i % INSTANCES])));

  const page = (p) => (jar) => send(jar, "GET", p);
  // Warm up both kinds of page (JIT, connection pools, caches) before anything is measured.
  await load("warm-up learner /dashboard", jars, page("/dashboard"), 5);
  await load("warm-up trainer /dashboard", trainerJars, page("/dashboard"), 5);
  results.push(await load("learner /dashboard", jars, page("/dashboard"), SECONDS));
  results.push(await load("trainer /dashboard", trainerJars, page("/dashboard"), SECONDS));
  results.push(await roleplayTurns(jars, SECONDS));
  for (const extra of (process.env.BENCH_PAGES ?? "").split(",").filter(Boolean)) {
    results.push(await load(`learner ${extra}`, jars, page(extra), SECONDS));
  }
} finally {
  if (!external) {
    for (const server of servers) {
      if (server.exitCode !== null) continue;
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}
const yardstick = { rps: 35 * 5, p95: 300 };
console.log(`\nTarget: ≥ ${yardstick.rps} req/s with p95 < ${yardstick.p95} ms (5× Moodle 4.5's 35 req/s, p95 1.6 s, at 50 users).`);
for (const r of results) console.log(`${r.rps >= yardstick.rps && r.p95 < yardstick.p95 ? "✓" : "✗"} ${r.name}: ${r.rps} req/s, p95 ${r.p95} ms`);
