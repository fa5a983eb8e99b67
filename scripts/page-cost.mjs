#!/usr/bin/env node
// What one page view costs the server, page by page, against a server already running on a
// PostgreSQL database of its own (e.g. `WEB_CONCURRENCY=1 DEFUSE_JOBS=off DATABASE_URL=…/mydb PORT=3330 pnpm start`):
// - statements per request: the database's committed transactions over 20 sequential requests of one
//   session (a statement outside a transaction is one; the job queue's polling, if on, adds a little);
// - the web worker's CPU time per request and PostgreSQL's (the CPU time of that database's backend
//   processes, on the same cores but not in the worker's figure) under --sessions concurrent
//   sessions, --rounds rounds of --seconds each after a warm-up, each round printed, then the median;
// - the HTML the page sends: bytes as rendered and as gzipped on the wire.
// Loopback only, bounded in time.
//
//   node scripts/page-cost.mjs <port> <database name> <worker pid> [--sessions 10] [--seconds 5] [--rounds 3] [--warmup 3] [--statements 0] l:/dashboard t:/trainer/reviews …
//   l: as learner@defuse.test (the demo learner, with played lessons, checks and calls),
//   b: as a learner with no activity in the Onboarding cohort, as the HTTP bench signs in (one per session),
//   t: as trainer@defuse.test.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import { backendCpuDelta, backendCpuMs, numberOption, processCpuMs, signIn, send as sendOnce, trpc } from "./load-client.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => numberOption(args, name, dflt);
const SESSIONS = opt("sessions", 10);
const SECONDS = opt("seconds", 5);
const ROUNDS = opt("rounds", 3);
const WARMUP = opt("warmup", 3);
const COUNT_STATEMENTS = opt("statements", 1) !== 0; // --statements 0 skips the count (and its 22 s of pauses)
const [port, dbName, pid, ...pages] = args;
const BASE = `http://127.0.0.1:${port}`;
const send = (j, m, p) => sendOnce(j, m, p).catch(() => sendOnce(j, m, p)); // a kept-alive socket the server closed: once more
const admin = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres" });
await admin.connect();
const pgCpuMs = () => backendCpuMs(admin, dbName);
// A backend reports its statistics when it goes idle, at most once a second, else within
// PostgreSQL's 10 s idle interval: the pauses below wait that long.
const xacts = async () => Number((await admin.query("select xact_commit + xact_rollback as n from pg_stat_database where datname=$1", [dbName])).rows[0].n);
const SETTLE_MS = 11_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The page as the browser gets it: gzipped bytes on the wire and the HTML's own size. */
function bytes(jar, p) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${BASE}${p}`, { headers: { cookie: jar.header(), "accept-encoding": "gzip", accept: "text/html" } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const wire = Buffer.concat(chunks);
        const html = res.headers["content-encoding"] === "gzip" ? gunzipSync(wire) : wire;
        resolve({ wire: wire.length, html: html.length });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

const jarsOf = async (email, password) => Promise.all(Array.from({ length: SESSIONS }, () => signIn(BASE, email, password)));
const sessions = {};
const sessionsFor = async (who) => {
  if (sessions[who]) return sessions[who];
  if (who === "l") sessions.l = await jarsOf("learner@defuse.test", "defuse-demo");
  else if (who === "t") sessions.t = await jarsOf("trainer@defuse.test", "defuse-demo");
  else if (who === "b") {
    const adminJar = await signIn(BASE, "admin@defuse.test", "defuse-demo");
    const cohorts = (await (await fetch(`${BASE}/api/trpc/cohort.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, { headers: { cookie: adminJar.header() } })).json()).result.data.json;
    const cohortId = cohorts.find((c) => c.name.startsWith("Onboarding"))?.id ?? null;
    sessions.b = [];
    for (let i = 0; i < SESSIONS; i++) {
      const email = `pagecost-${i}-${randomUUID().slice(0, 6)}@bench.test`;
      await trpc(adminJar, "people.create", { name: `Page Cost ${i}`, email, password: "page-cost-123", role: "LEARNER", cohortId });
      sessions.b.push(await signIn(BASE, email, "page-cost-123"));
    }
  } else throw new Error(`unknown session kind ${who}: use l:, b: or t:`);
  return sessions[who];
};

async function load(jars, p, seconds) {
  const until = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    jars.map(async (j) => {
      while (Date.now() < until) {
        const r = await send(j, "GET", p);
        if (r.status !== 200) throw new Error(`${p} ${r.status}`);
        n++;
      }
    }),
  );
  return n;
}

for (const spec of pages) {
  const [who, p] = [spec.slice(0, spec.indexOf(":")), spec.slice(spec.indexOf(":") + 1)];
  const jars = await sessionsFor(who);
  await load(jars, p, WARMUP); // JIT, pools, caches
  let statements = NaN;
  if (COUNT_STATEMENTS) {
    await sleep(SETTLE_MS);
    const x0 = await xacts();
    for (let i = 0; i < 20; i++) await send(jars[0], "GET", p);
    await sleep(SETTLE_MS);
    statements = ((await xacts()) - x0) / 20;
  }
  const size = await bytes(jars[0], p);
  const worker = [];
  const database = [];
  for (let round = 0; round < ROUNDS; round++) {
    const c0 = processCpuMs(pid);
    const p0 = await pgCpuMs();
    const n = await load(jars, p, SECONDS);
    worker.push((processCpuMs(pid) - c0) / n);
    database.push(backendCpuDelta(p0, await pgCpuMs()) / n);
  }
  const ms = (xs) => xs.map((x) => x.toFixed(1)).join("/");
  console.log(
    `${spec.padEnd(44)} statements/req ${statements.toFixed(1).padStart(4)}  worker CPU/req ${median(worker).toFixed(1).padStart(5)} ms (${ms(worker)})  PostgreSQL CPU/req ${median(database).toFixed(2)} ms  HTML ${(size.html / 1024).toFixed(1)} kB (${(size.wire / 1024).toFixed(1)} kB gzipped)  load ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]}`,
  );
}
await admin.end();
process.exit(0);
