#!/usr/bin/env node
// HTTP load benchmark of every signed-in page a learner or trainer uses, and of role-play turns,
// measured the way the Moodle yardstick was: PostgreSQL, one signed-in session per connection,
// HTML only, 50 concurrent users, closed loop (wrk-style). Starts the default `pnpm start` (one
// Next.js worker per core under the node:cluster supervisor) on a throwaway database on the local
// PostgreSQL, signs in 50 distinct learners and 50 trainer sessions, then measures each page for a
// fixed time, repeated (--repeats), printing the load average beside every figure: other work on
// the machine moves these numbers a lot. Each session sends its requests on its own kept-alive
// connection (node:http, one socket per session), asks for gzip as a browser does and does not
// inflate what it receives. Also prints first-load JS per route and the web processes' peak RSS.
//
// The page memo (scripts/page-memo.cjs) sends a page again without a render when its user, URL and
// data are what it was rendered from; a bench asking each session for one page again and again is
// then nearly all memo hits, which real use is not (a lesson completed, a review released, a first
// view: a miss). So every page is measured at each share of misses in --miss-rate (default 0 and
// 0.5: every request a hit after warm-up, and every second request a miss, evenly spread), made the
// ways --miss-mode names (default url):
// - url: the page under a URL this session has not asked for before (load-client.mjs missPath),
//   which the memo reads, fingerprints and has Next render, then keeps beside the others: every miss
//   adds a page to the memo.
// - data: the same URL after a write the page shows, made by the session to its own data straight in
//   PostgreSQL before the (timed) request (bench-data-misses.mjs: a learner's lesson completion
//   toggled, a trainer's cohort membership toggled; trainer pages then use 50 trainers of their own),
//   so the memo replaces the session's page instead of adding one, as in real use. A page whose HTML
//   the write does not change is not measured in this mode (the bench checks and says so).
// Each row names its mode. With BENCH_EXTERNAL=1, data mode needs BENCH_DATABASE_URL (the server's database).
//
//   node scripts/bench-http.mjs [--connections 50] [--seconds 15] [--repeats 2] [--port 3300]
//                               [--only dashboard,courses,...] [--miss-rate 0,0.5] [--miss-mode url,data]
//                               [--json out.json] [--db-prefix defuse_bench]
//
// Traffic goes only to 127.0.0.1. Bounded in time; drops its database when done.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { AGENT_LINES, backendCpuDelta, backendCpuMs, isMissRequest, missPath, peakRss, percentile, sampleRss, send, signIn as signInAt, treeCpuMs, trpc, waitHealthy } from "./load-client.mjs";
import { FIRST_LOAD_BUDGET_KB, firstLoadJs, printFirstLoadJs } from "./first-load-js.mjs";
import { prepareDataMisses, showsWrite } from "./bench-data-misses.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const CONNECTIONS = Number(args.connections ?? 50);
const SECONDS = Number(args.seconds ?? 15);
const REPEATS = Number(args.repeats ?? 2);
const PORT = Number(args.port ?? 3300);
const ONLY = args.only ? new Set(String(args.only).split(",")) : null;
const MISS_RATES = String(args["miss-rate"] ?? "0,0.5")
  .split(",")
  .map(Number);
if (MISS_RATES.some((r) => !(r >= 0 && r <= 1))) throw new Error("--miss-rate: shares between 0 and 1, comma-separated");
const MISS_MODES = String(args["miss-mode"] ?? "url").split(",");
if (MISS_MODES.some((m) => m !== "url" && m !== "data")) throw new Error("--miss-mode: url, data, or both (url,data)");
const BASE = `http://127.0.0.1:${PORT}`;
const SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
// --db-prefix keeps side-by-side runs of several people on one PostgreSQL apart (and their clean-up).
const dbName = `${String(args["db-prefix"] ?? "defuse_bench").replace(/[^a-z0-9_]/g, "")}_${randomUUID().slice(0, 8)}`;
const dbUrl = Object.assign(new URL(SERVER), { pathname: `/${dbName}` }).toString();
const signIn = (email, password) => signInAt(BASE, email, password);

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
    load1: +loadavg()[0].toFixed(2),
  };
  const pad = (n, w) => String(n).padStart(w);
  console.log(`${name.padEnd(28)} ${pad(row.rps, 7)} req/s   p50 ${pad(row.p50, 6)} ms   p95 ${pad(row.p95, 6)} ms   p99 ${pad(row.p99, 6)} ms   errors ${errors}/${row.requests}   load ${row.load1}`);
  return row;
}

/**
 * Closed loop: each connection sends its next request when the previous one answered. `before`, when
 * given, runs ahead of each request, untimed (a data-mode miss's write).
 */
async function load(name, jars, makeRequest, seconds, before = null) {
  const latencies = [];
  let errors = 0;
  const began = Date.now();
  const until = began + seconds * 1000;
  await Promise.all(
    jars.map(async (jar, i) => {
      let n = 0;
      while (Date.now() < until) {
        if (before) await before(i, n);
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
  // Throughput over the whole time taken, the requests still in flight at the deadline included.
  return report(name, latencies, errors, (Date.now() - began) / 1000);
}

/**
 * Role-play turns: every connection plays billing-error through learner.takeTurn. When a call
 * ends the connection starts a fresh attempt; only takeTurn requests are timed.
 */
async function roleplayTurns(name, jars, seconds) {
  const latencies = [];
  let errors = 0;
  const began = Date.now();
  const until = began + seconds * 1000;
  const start = (jar) => trpc(jar, "learner.startAttempt", { scenarioId: "billing-error", mode: "freeText", restart: true }).then((a) => a.attemptId);
  await Promise.all(
    jars.map(async (jar) => {
      let attemptId = await start(jar);
      let n = 0;
      while (Date.now() < until) {
        const started = performance.now();
        // A reset connection (say, a kept-alive socket the server closed while this session waited
        // for its new attempt) is a failed turn, counted like any other error, not the end of the run.
        const res = await send(jar, "POST", "/api/trpc/learner.takeTurn", JSON.stringify({ json: { attemptId, clientTurnId: randomUUID(), text: AGENT_LINES[n++ % AGENT_LINES.length] } })).catch(
          () => ({ status: 0 }),
        );
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
  // Throughput over the whole time taken, the requests still in flight at the deadline included.
  return report(name, latencies, errors, (Date.now() - began) / 1000);
}

// BENCH_EXTERNAL=1 measures a server that is already running on --port (e.g. one started under a profiler).
const external = process.env.BENCH_EXTERNAL === "1";
const admin = new pg.Client({ connectionString: SERVER });
// Someone else's clean-up may end this connection (pg_terminate_backend): report it, do not crash.
admin.on("error", (err) => console.error(`bench: the admin connection to PostgreSQL failed: ${err.message}`));
if (!external) {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  console.log(`bench: database ${dbName} on ${new URL(SERVER).host}; ${CONNECTIONS} connections, ${SECONDS} s per page, ${REPEATS} run(s) each`);
}
let server = null;
let rssTimer = null;
let dataPool = null;
const results = [];
try {
  if (!external) {
    server = spawn("node", ["scripts/defuse.mjs", "start"], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        PORT: String(PORT),
        NODE_ENV: "production",
        DB_POOL_MAX: process.env.DB_POOL_MAX ?? "20",
        ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    await waitHealthy(BASE, server);
    rssTimer = setInterval(() => sampleRss(server.pid), 1000);
  }
  const adminJar = await signIn("admin@defuse.test", "defuse-demo");
  const cohorts = await (await fetch(`${BASE}/api/trpc/cohort.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, { headers: { cookie: adminJar.header() } })).json();
  const cohortId = cohorts.result.data.json.find((c) => c.name.startsWith("Onboarding"))?.id ?? null;
  const password = "bench-password-123";
  const learners = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const email = `bench-${i}-${randomUUID().slice(0, 6)}@bench.test`;
    const { id } = await trpc(adminJar, "people.create", { name: `Bench Learner ${i}`, email, password, role: "LEARNER", cohortId });
    learners.push({ id, email });
  }
  const jars = [];
  for (const l of learners) jars.push(await signIn(l.email, password));
  const trainerJars = await Promise.all(Array.from({ length: CONNECTIONS }, () => signIn("trainer@defuse.test", "defuse-demo")));

  // The curriculum's first course, lesson and knowledge check, found the way a learner finds them.
  const html = async (jar, p) => (await fetch(`${BASE}${p}`, { headers: { cookie: jar.header() } })).text();
  const coursePath = /href="(\/courses\/[^"/?#]+)"/.exec(await html(jars[0], "/courses"))?.[1];
  if (!coursePath) throw new Error("no course link on /courses");
  const lessonPath = new RegExp(`href="(${coursePath}/[^"/?#]+)"`).exec(await html(jars[0], coursePath))?.[1];
  if (!lessonPath) throw new Error(`no lesson link on ${coursePath}`);

  // Data-mode misses: each session's own write, and trainers of their own (see bench-data-misses.mjs).
  let data = null;
  if (MISS_MODES.includes("data")) {
    const url = external ? process.env.BENCH_DATABASE_URL : dbUrl;
    if (!url) throw new Error("--miss-mode data with BENCH_EXTERNAL=1 needs BENCH_DATABASE_URL, the server's database");
    dataPool = new pg.Pool({ connectionString: url, max: 4 });
    dataPool.on("error", (err) => console.error(`bench: a data-mode connection to PostgreSQL failed: ${err.message}`));
    const learnerRows = learners.map((l, i) => ({ ...l, jar: jars[i] }));
    data = await prepareDataMisses({ pool: dataPool, trpc, signIn, adminJar, learners: learnerRows, lessonPath, trainers: CONNECTIONS, password });
  }

  const page = (p) => (jar) => send(jar, "GET", p);
  // A share `rate` of each session's requests under a URL never asked for before (a memo miss), the rest the page itself.
  let missTag = 0;
  const pageWithMisses = (p, rate) => (rate === 0 ? page(p) : (jar, i, n) => send(jar, "GET", isMissRequest(n, rate) ? missPath(p, `${i}-${++missTag}`) : p));
  const missLabel = (rate, mode) => (rate === 0 ? "" : ` (${Math.round(rate * 100)}% misses, ${mode})`);
  // name, sessions, request, Moodle's figure for the same kind of page (req/s) where there is one;
  // for data mode, the sessions (when not the same) and each session's write.
  const learnerData = data && { dataWrite: data.learnerWrite };
  const trainerData = data && { dataJars: data.trainerJars, dataWrite: data.trainerWrite };
  const scenarios = [
    { key: "dashboard", name: "learner dashboard", path: "/dashboard", jars, moodle: 35, ...learnerData },
    { key: "courses", name: "learner catalogue", path: "/courses", jars, ...learnerData },
    { key: "course", name: "learner course page", path: coursePath, jars, moodle: 26, ...learnerData },
    { key: "lesson", name: "learner lesson page", path: lessonPath, jars, ...learnerData },
    { key: "check", name: "learner knowledge check", path: `${lessonPath}/check`, jars, moodle: 40, ...learnerData },
    { key: "practice", name: "learner practice", path: "/practice", jars, ...learnerData },
    { key: "progress", name: "learner progress", path: "/progress", jars, ...learnerData },
    { key: "trainer", name: "trainer dashboard", path: "/dashboard", jars: trainerJars, ...trainerData },
    { key: "reviews", name: "trainer review queue", path: "/trainer/reviews", jars: trainerJars, ...trainerData },
    { key: "turn", name: "role-play turn", turns: true, jars },
  ].filter((s) => !ONLY || ONLY.has(s.key));

  // What each page is measured as: a mode, its sessions, and (data mode) the write before a miss.
  // The all-hits rows of a mode are measured once per set of sessions (data mode's trainers are others).
  const variants = (s) => {
    if (s.turns) return [{ mode: null, jars: s.jars, rates: [0] }];
    const out = [];
    for (const mode of MISS_MODES) {
      const modeJars = mode === "data" ? (s.dataJars ?? s.jars) : s.jars;
      const rates = MISS_RATES.filter((r) => r > 0 || !out.some((v) => v.jars === modeJars && v.rates.includes(0)));
      if (mode === "data" && !s.dataWrite) continue;
      out.push({ mode, jars: modeJars, rates, write: mode === "data" ? s.dataWrite : null });
    }
    return out;
  };
  // Warm up every page and set of sessions (JIT, connection pools, caches) before anything is measured.
  for (const s of scenarios)
    for (const jarSet of new Set(s.turns ? [] : variants(s).map((v) => v.jars))) await load(`warm-up ${s.name}${jarSet === s.jars ? "" : " (data mode's trainers)"}`, jarSet, page(s.path), 3);
  // A data-mode miss must be one: the page must show the write.
  for (const s of scenarios) {
    if (s.turns || !s.dataWrite) continue;
    const shown = await showsWrite(BASE, s.dataJars?.[0] ?? s.jars[0], s.path, () => s.dataWrite(0));
    if (shown !== "yes") {
      console.log(`${s.name}: not measured in data mode (${shown === "no" ? "the page does not show its sessions' write" : "its HTML differs from view to view"})`);
      delete s.dataWrite;
    }
  }
  for (let run = 1; run <= REPEATS; run++) {
    console.log(`--- run ${run} of ${REPEATS} ---`);
    for (const s of scenarios) {
      for (const v of variants(s)) {
        for (const missRate of v.rates) {
          const cpuBefore = server ? treeCpuMs(server.pid) : NaN;
          const pgBefore = external ? null : await backendCpuMs(admin, dbName);
          const clientBefore = process.cpuUsage();
          const mode = missRate === 0 ? null : v.mode;
          const sessions = v.jars === s.jars ? "" : " [own trainers]";
          const name = `${s.name}${missLabel(missRate, mode)}${sessions}`;
          const write = mode === "data" ? (i, n) => (isMissRequest(n, missRate) ? v.write(i) : null) : null;
          const request = mode === "url" ? pageWithMisses(s.path, missRate) : page(s.path);
          const row = s.turns ? await roleplayTurns(s.name, s.jars, SECONDS) : await load(`${name} ${s.path}`, v.jars, request, SECONDS, write);
          const cpuMsPerRequest = +((treeCpuMs(server?.pid) - cpuBefore) / row.requests).toFixed(1);
          // The other two users of the same cores: PostgreSQL's backends for this database, and this bench's own client.
          const pgMsPerRequest = pgBefore ? +(backendCpuDelta(pgBefore, await backendCpuMs(admin, dbName)) / row.requests).toFixed(1) : NaN;
          const clientUsage = process.cpuUsage(clientBefore);
          const clientMsPerRequest = +((clientUsage.user + clientUsage.system) / 1000 / row.requests).toFixed(1);
          if (server) console.log(`${"".padEnd(28)} server CPU ${cpuMsPerRequest} ms per request; PostgreSQL ${pgMsPerRequest} ms; the bench's client ${clientMsPerRequest} ms`);
          const key = `${s.key}${missRate === 0 ? "" : `@${missRate}:${mode}`}${sessions ? ":own" : ""}`;
          results.push({
            ...row,
            cpuMsPerRequest,
            pgMsPerRequest,
            clientMsPerRequest,
            key,
            name,
            path: s.path ?? "learner.takeTurn",
            run,
            missRate,
            missMode: mode,
            moodle: s.moodle ?? null,
            turns: !!s.turns,
          });
        }
      }
    }
  }
} finally {
  if (rssTimer) clearInterval(rssTimer);
  await dataPool?.end().catch(() => {});
  if (!external) {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Summary beside the yardstick
// ---------------------------------------------------------------------------------------------
const TARGET = { rps: 35 * 5, p95: 300, turnP95: 150 };
console.log(
  `\nYardstick: Moodle 4.5 on this kind of machine, same method: dashboard 35 req/s (p95 1,574 ms), course page 26 req/s, quiz attempt 40 req/s.` +
    `\nTarget (5x): every page >= ${TARGET.rps} req/s with p95 <= ${TARGET.p95} ms; role-play turn p95 <= ${TARGET.turnP95} ms.\n`,
);
const byKey = new Map();
for (const r of results) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
const range = (xs, digits = 0) => {
  const lo = Math.min(...xs).toFixed(digits);
  const hi = Math.max(...xs).toFixed(digits);
  return lo === hi ? lo : `${lo}–${hi}`;
};
const summary = [];
console.log(
  `${"".padEnd(40)} ${"req/s".padStart(11)} ${"p95 ms".padStart(11)} ${"load avg".padStart(11)}  vs Moodle  target  server CPU/req  req/s on 2 free cores  CPU/req with PostgreSQL and client`,
);
for (const [key, rows] of byKey) {
  const first = rows[0];
  const ok = first.turns ? rows.every((r) => r.p95 <= TARGET.turnP95 && r.errors === 0) : rows.every((r) => r.rps >= TARGET.rps && r.p95 <= TARGET.p95 && r.errors === 0);
  const vs = first.moodle
    ? `${range(
        rows.map((r) => r.rps / first.moodle),
        1,
      )}×`
    : "—";
  const line = {
    key,
    name: first.name,
    rps: range(rows.map((r) => r.rps)),
    p95: range(rows.map((r) => r.p95)),
    load: range(
      rows.map((r) => r.load1),
      1,
    ),
    vsMoodle: vs,
    errors: rows.reduce((n, r) => n + r.errors, 0),
    ok,
    cpuMs: range(
      rows.map((r) => r.cpuMsPerRequest),
      1,
    ),
    // What the web workers alone could serve with both cores to themselves (no client, no database).
    ceiling: range(rows.map((r) => (2 * 1000) / r.cpuMsPerRequest)),
    // Everything a request costs on the machine's two cores: the web processes, PostgreSQL and the bench's own client.
    allCpuMs: range(
      rows.map((r) => r.cpuMsPerRequest + (r.pgMsPerRequest || 0) + r.clientMsPerRequest),
      1,
    ),
  };
  summary.push(line);
  console.log(
    `${first.name.padEnd(40)} ${line.rps.padStart(11)} ${line.p95.padStart(11)} ${line.load.padStart(11)}  ${vs.padStart(9)}  ${ok ? "✓" : "✗"}     ${`${line.cpuMs} ms`.padStart(13)}  ${line.ceiling.padStart(20)}  ${`${line.allCpuMs} ms`.padStart(13)}${line.errors ? ` (${line.errors} errors)` : ""}`,
  );
}

console.log("");
let jsRows = [];
try {
  jsRows = firstLoadJs();
  printFirstLoadJs(jsRows);
} catch (err) {
  console.log(`first-load JS: ${err.message}`);
}
const rss = [...peakRss].map(([pid, v]) => ({ pid, role: v.role, mb: Math.round(v.kb / 1024) }));
if (rss.length) {
  console.log(`\nPeak RSS during the bench (budget 500 MB per process):`);
  for (const r of rss) console.log(`${r.mb <= 500 ? "✓" : "✗"} ${r.role} ${r.pid}: ${r.mb} MB`);
}
if (args.json) {
  writeFileSync(
    args.json,
    JSON.stringify({ connections: CONNECTIONS, seconds: SECONDS, missRates: MISS_RATES, missModes: MISS_MODES, results, summary, firstLoadJs: jsRows, rss, budgetKb: FIRST_LOAD_BUDGET_KB }, null, 2),
  );
}
