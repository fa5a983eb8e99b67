#!/usr/bin/env node
// What one role-play turn costs, against a server already running on a PostgreSQL database of its
// own (e.g. `WEB_CONCURRENCY=1 DATABASE_URL=…/mydb PORT=7000 pnpm start`): the web worker's CPU
// time per turn, PostgreSQL's (the CPU time of that database's backend processes, which runs on the
// same cores but is not in the worker's figure), and the statements per turn (PostgreSQL's committed
// transactions for the database, over sequential turns of one learner; a statement outside a
// transaction is one). Each session is a learner of its own (created through the admin account)
// playing billing-error; a call that ends starts a fresh attempt, untimed but counted in the CPU.
// Loopback only, bounded in time.
//
//   node scripts/turn-cost.mjs <port> <database name> <worker pid> [--sessions 16] [--seconds 5] [--rounds 3]
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { AGENT_LINES, backendCpuDelta, backendCpuMs, numberOption, processCpuMs, send as sendOnce, signIn, trpc } from "./load-client.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => numberOption(args, name, dflt);
const SESSIONS = opt("sessions", 16);
const SECONDS = opt("seconds", 5);
const ROUNDS = opt("rounds", 3);
const [port, dbName, pid] = args;
const BASE = `http://127.0.0.1:${port}`;
const send = (j, m, p, b) => sendOnce(j, m, p, b).catch(() => sendOnce(j, m, p, b)); // a kept-alive socket the server closed: once more

const admin = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres" });
await admin.connect();
const pgCpuMs = () => backendCpuMs(admin, dbName);
// Statistics reach pg_stat_database up to a second late: the pauses below wait for them.
const xacts = async () => Number((await admin.query("select xact_commit + xact_rollback as n from pg_stat_database where datname = $1", [dbName])).rows[0].n);

const adminJar = await signIn(BASE, "admin@defuse.test", "defuse-demo");
const sessions = [];
for (let i = 0; i < SESSIONS; i++) {
  const email = `turncost-${i}-${randomUUID().slice(0, 6)}@bench.test`;
  await trpc(adminJar, "people.create", { name: `Turn Cost ${i}`, email, password: "turn-cost-123", role: "LEARNER", cohortId: null });
  sessions.push({ jar: await signIn(BASE, email, "turn-cost-123"), attemptId: null, n: 0 });
}

/** One turn of a session; false when the call had ended (a fresh attempt is then started). */
async function turn(s) {
  if (!s.attemptId) s.attemptId = (await trpc(s.jar, "learner.startAttempt", { scenarioId: "billing-error", mode: "freeText", restart: true })).attemptId;
  const body = JSON.stringify({ json: { attemptId: s.attemptId, clientTurnId: randomUUID(), text: AGENT_LINES[s.n++ % AGENT_LINES.length] } });
  const r = await send(s.jar, "POST", "/api/trpc/learner.takeTurn", body);
  if (r.status === 412) {
    s.attemptId = null;
    return false;
  }
  if (r.status !== 200) throw new Error(`takeTurn answered ${r.status}`);
  return true;
}

async function load(seconds) {
  const until = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    sessions.map(async (s) => {
      while (Date.now() < until) if (await turn(s)) n++;
    }),
  );
  return n;
}

// Statements per turn: one learner, sequential turns, attempts already started (a call that ends
// mid-way adds its new attempt's statements: counted, but rare over 20 turns). A backend reports
// its statistics when it goes idle, but at most once a second, else within PostgreSQL's 10 s idle
// interval: the pauses wait that long. The job queue's polling (pg-boss) is counted over as long
// again with no turns, and taken off (start the server with DEFUSE_JOBS=off to leave it out).
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const SETTLE_MS = 11_000;
for (let i = 0; i < 5; i++) await turn(sessions[0]);
await sleep(SETTLE_MS);
const x0 = await xacts();
const t0 = Date.now();
let turns = 0;
while (turns < 20) if (await turn(sessions[0])) turns++;
await sleep(SETTLE_MS);
const x1 = await xacts();
await sleep(Date.now() - t0);
const idle = (await xacts()) - x1;
const perTurn = (x1 - x0 - idle) / 20;

await load(SECONDS); // warm-up: JIT, pools, caches
for (let round = 1; round <= ROUNDS; round++) {
  const c0 = processCpuMs(pid);
  const p0 = await pgCpuMs();
  const n = await load(SECONDS);
  const c1 = processCpuMs(pid);
  const p1 = await pgCpuMs();
  console.log(
    `round ${round}: ${n} turns (${(n / SECONDS).toFixed(0)}/s)  worker CPU ${((c1 - c0) / n).toFixed(2)} ms/turn  PostgreSQL CPU ${(backendCpuDelta(p0, p1) / n).toFixed(2)} ms/turn  statements/turn ${perTurn.toFixed(1)}  load ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]}`,
  );
}
await admin.end();
process.exit(0);
