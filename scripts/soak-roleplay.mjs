#!/usr/bin/env node
// Soak test of role-play turns: many concurrent learners play calls for a bounded time against the
// default `pnpm start` (a worker per core) on a throwaway database on the local PostgreSQL; then
// every turn the server acknowledged is looked up in the database and must be stored exactly once,
// with the text the learner sent, and every attempt's turns must be numbered 0..n-1 without a gap.
// A share of turns is sent twice (a client retry after a lost answer); both answers must name the
// same stored turn.
//
//   node scripts/soak-roleplay.mjs [--learners 500] [--seconds 120] [--think-ms 2000]
//                                  [--retry-share 0.05] [--port 3310]
//
// Not part of `pnpm test` (it takes minutes). Bounded in time and count, traffic to 127.0.0.1 only;
// drops its database when done. Exits 1 when a turn was lost or doubled or a request failed.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { BUSY_RETRIES, busyDelayMs, isBusy, peakRss, percentile, sampleRss, signIn, trpc, waitHealthy } from "./load-client.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const LEARNERS = Math.min(2000, Number(args.learners ?? 500));
const SECONDS = Math.min(3600, Number(args.seconds ?? 120));
const THINK_MS = Number(args["think-ms"] ?? 2000);
const RETRY_SHARE = Number(args["retry-share"] ?? 0.05);
const PORT = Number(args.port ?? 3310);
const BASE = `http://127.0.0.1:${PORT}`;
const SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `defuse_soak_${randomUUID().slice(0, 8)}`;
const dbUrl = Object.assign(new URL(SERVER), { pathname: `/${dbName}` }).toString();

const LINES = [
  "I'm sorry this has been such a hassle, let me look into it right now.",
  "Could you read me the amount you were charged, so I can find it?",
  "I can see the second payment on the 3rd; that should not have happened.",
  "Here's what I'll do: refund the duplicate today and note your account.",
  "You should see it back within three working days. Is there anything else?",
  "Thanks for your patience while I checked that.",
];

/** Runs fn over items with at most `limit` in flight. */
async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const think = () => (THINK_MS > 0 ? sleep(THINK_MS * (0.5 + Math.random())) : Promise.resolve());

/**
 * One turn as the browser sends it: a busy answer (503, nothing done) is sent again after the wait
 * the browser's client keeps, up to BUSY_RETRIES times. `ms` runs from the first send to the answer,
 * waits included: what the learner waits. `busy` counts the busy answers on the way.
 */
async function turn(jar, attemptId, clientTurnId, text) {
  const started = performance.now();
  const body = JSON.stringify({ json: { attemptId, clientTurnId, text } });
  let status = 0;
  let json = null;
  let busy = 0;
  for (let attempt = 0; ; attempt++) {
    let retryAfter = null;
    await new Promise((resolve) => {
      // send() does not read bodies; a turn's answer is small, so read it here.
      fetch(`${BASE}/api/trpc/learner.takeTurn`, { method: "POST", headers: { "content-type": "application/json", cookie: jar.header() }, body, signal: AbortSignal.timeout(30_000) })
        .then(async (res) => {
          status = res.status;
          if (isBusy(res)) retryAfter = res.headers.get("retry-after");
          json = await res.json().catch(() => null);
        })
        .catch(() => {
          status = 0;
        })
        .finally(resolve);
    });
    if (retryAfter === null || attempt >= BUSY_RETRIES) break;
    busy++;
    await sleep(busyDelayMs(retryAfter, attempt));
  }
  return { status, busy, ms: performance.now() - started, index: json?.result?.data?.json?.turn?.index };
}

const admin = new pg.Client({ connectionString: SERVER });
// Someone else's clean-up may end this connection (pg_terminate_backend): report it, do not crash.
admin.on("error", (err) => console.error(`bench: the admin connection to PostgreSQL failed: ${err.message}`));
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
console.log(`soak: database ${dbName}; ${LEARNERS} learners for ${SECONDS} s, think time ${THINK_MS} ms ±50%, ${RETRY_SHARE * 100}% of turns re-sent`);
const server = spawn("node", ["scripts/defuse.mjs", "start"], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(PORT), NODE_ENV: "production", DB_POOL_MAX: process.env.DB_POOL_MAX ?? "20" },
  stdio: ["ignore", "inherit", "inherit"],
});
let exitCode = 1;
let rssTimer = null;
try {
  await waitHealthy(BASE, server);
  rssTimer = setInterval(() => sampleRss(server.pid), 1000);
  const adminJar = await signIn(BASE, "admin@defuse.test", "defuse-demo");
  const password = "soak-password-123";
  const tag = randomUUID().slice(0, 6);
  const emails = Array.from({ length: LEARNERS }, (_, i) => `soak-${i}-${tag}@soak.test`);
  let t0 = Date.now();
  await pool(emails, 8, (email, i) => trpc(adminJar, "people.create", { name: `Soak Learner ${i}`, email, password, role: "LEARNER", cohortId: null }));
  const jars = await pool(emails, 8, (email) => signIn(BASE, email, password));
  console.log(`soak: ${LEARNERS} learners created and signed in (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

  const acked = []; // { attemptId, clientTurnId, text, index }
  const latencies = [];
  const failures = new Map(); // status -> count
  let retries = 0;
  let retryMismatch = 0;
  let busyAnswers = 0;
  const fail = (what) => failures.set(what, (failures.get(what) ?? 0) + 1);
  const attemptIds = new Set();
  const until = Date.now() + SECONDS * 1000;
  t0 = Date.now();
  const loadSamples = [];
  const loadTimer = setInterval(() => loadSamples.push(loadavg()[0]), 5000);

  await Promise.all(
    jars.map(async (jar, learner) => {
      await sleep(Math.random() * Math.min(THINK_MS, 5000)); // spread the first turns out
      const start = async () => {
        const a = await trpc(jar, "learner.startAttempt", { scenarioId: "billing-error", mode: "freeText", restart: true });
        attemptIds.add(a.attemptId);
        return a.attemptId;
      };
      let attemptId = await start().catch(() => (fail("startAttempt"), null));
      let n = learner;
      while (attemptId && Date.now() < until) {
        const clientTurnId = randomUUID();
        const text = LINES[n++ % LINES.length];
        const r = await turn(jar, attemptId, clientTurnId, text);
        busyAnswers += r.busy;
        if (r.status === 412) {
          attemptId = await start().catch(() => (fail("startAttempt"), null)); // the call ended
          continue;
        }
        latencies.push(r.ms);
        if (r.status !== 200) {
          fail(`takeTurn ${r.status || "no answer"}`);
          await think();
          continue;
        }
        acked.push({ attemptId, clientTurnId, text, index: r.index });
        if (Math.random() < RETRY_SHARE) {
          retries++;
          const again = await turn(jar, attemptId, clientTurnId, text);
          busyAnswers += again.busy;
          if (again.status !== 200) fail(`re-sent takeTurn ${again.status || "no answer"}`);
          else if (again.index !== r.index) retryMismatch++;
        }
        await think();
      }
    }),
  );
  clearInterval(loadTimer);
  const elapsed = (Date.now() - t0) / 1000;

  // Every acknowledged turn exactly once, with its text; every attempt's turns numbered without gaps.
  const ids = [...attemptIds];
  const check = new pg.Client({ connectionString: dbUrl });
  await check.connect();
  const stored = await check.query({
    text: `SELECT "attemptId", "clientTurnId", "agentText", "index" FROM "AttemptTurn" WHERE "attemptId" = ANY($1)`,
    values: [ids],
  });
  await check.end();
  const key = (a, c) => `${a}\u0000${c}`;
  const rows = new Map();
  for (const row of stored.rows) {
    const k = key(row.attemptId, row.clientTurnId);
    rows.set(k, [...(rows.get(k) ?? []), row]);
  }
  let lost = 0;
  let doubled = 0;
  let wrongText = 0;
  for (const a of acked) {
    const found = rows.get(key(a.attemptId, a.clientTurnId)) ?? [];
    if (found.length === 0) lost++;
    else if (found.length > 1) doubled++;
    else if (found[0].agentText !== a.text || found[0].index !== a.index) wrongText++;
  }
  const perAttempt = new Map();
  for (const row of stored.rows) perAttempt.set(row.attemptId, [...(perAttempt.get(row.attemptId) ?? []), row.index]);
  let gaps = 0;
  for (const indexes of perAttempt.values()) {
    indexes.sort((x, y) => x - y);
    if (indexes.some((v, i) => v !== i)) gaps++;
  }
  const unacked = stored.rows.length - new Set(acked.map((a) => key(a.attemptId, a.clientTurnId))).size;

  latencies.sort((x, y) => x - y);
  const errors = [...failures.values()].reduce((s, v) => s + v, 0);
  console.log(`\nSoak: ${LEARNERS} concurrent learners, ${elapsed.toFixed(0)} s, think time ${THINK_MS} ms ±50%`);
  console.log(`  turns acknowledged ${acked.length} (${(acked.length / elapsed).toFixed(1)}/s), re-sent ${retries} (answers naming another turn: ${retryMismatch}), attempts ${ids.length}`);
  console.log(`  turn latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms (from the first send, waits after busy answers included)`);
  console.log(`  busy answers (503, nothing done, sent again after a wait) ${busyAnswers}`);
  console.log(`  errors ${errors}${errors ? ` (${[...failures].map(([k, v]) => `${k}: ${v}`).join(", ")})` : ""}`);
  console.log(`  stored exactly once: ${acked.length - lost - doubled - wrongText} of ${acked.length}; lost ${lost}, doubled ${doubled}, different text or index ${wrongText}; attempts with a gap in turn numbers ${gaps}; stored but never acknowledged ${unacked}`);
  console.log(`  load average (1 min) during the run: ${loadSamples.length ? `${Math.min(...loadSamples).toFixed(1)}–${Math.max(...loadSamples).toFixed(1)}` : loadavg()[0].toFixed(1)}`);
  for (const [pid, v] of peakRss) console.log(`  peak RSS ${v.role} ${pid}: ${Math.round(v.kb / 1024)} MB`);
  exitCode = lost || doubled || wrongText || gaps || retryMismatch || errors ? 1 : 0;
} finally {
  if (rssTimer) clearInterval(rssTimer);
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
process.exit(exitCode);
