#!/usr/bin/env node
// What one page view costs the server, page by page, against a server already running on a
// PostgreSQL database of its own (e.g. `WEB_CONCURRENCY=1 DATABASE_URL=…/mydb PORT=3330 pnpm start`):
// SQL statements per request (the database's committed transactions, counted over 20 sequential
// requests of the demo learner or trainer; each statement outside a transaction is one) and the web
// worker's CPU time per request under 10 concurrent sessions for 5 s. Loopback only, bounded in time.
//
//   node scripts/page-cost.mjs <port> <database name> <worker pid> l:/dashboard t:/trainer/reviews …
//   (l: as learner@defuse.test, t: as trainer@defuse.test; background jobs add a little to the counts)
import pg from "pg";
import { readFileSync } from "node:fs";
import { signIn, send as sendOnce } from "./load-client.mjs";
const send = (j, m, p) => sendOnce(j, m, p).catch(() => sendOnce(j, m, p)); // a kept-alive socket the server closed: once more
const [port, dbName, pid, ...pages] = process.argv.slice(2);
const BASE = `http://127.0.0.1:${port}`;
const cpu = () => { const f = readFileSync(`/proc/${pid}/stat`, "utf8"); const x = f.slice(f.lastIndexOf(")") + 2).split(" "); return (Number(x[11]) + Number(x[12])) * 10; };
const admin = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres" });
await admin.connect();
// Statistics reach pg_stat_database up to a second late: the pauses below wait for them.
const xacts = async () => Number((await admin.query("select xact_commit + xact_rollback as n from pg_stat_database where datname=$1", [dbName])).rows[0].n);
const learner = await signIn(BASE, "learner@defuse.test", "defuse-demo");
const trainer = await signIn(BASE, "trainer@defuse.test", "defuse-demo");
const jarsL = [learner, ...(await Promise.all(Array.from({ length: 9 }, () => signIn(BASE, "learner@defuse.test", "defuse-demo"))))];
const jarsT = [trainer, ...(await Promise.all(Array.from({ length: 9 }, () => signIn(BASE, "trainer@defuse.test", "defuse-demo"))))];
for (const spec of pages) {
  const [who, p] = spec.split(":");
  const jars = who === "t" ? jarsT : jarsL;
  for (let i = 0; i < 10; i++) { const r = await send(jars[0], "GET", p); if (r.status !== 200) throw new Error(`${p} ${r.status}`); }
  await new Promise((r) => setTimeout(r, 600));
  const x0 = await xacts();
  for (let i = 0; i < 20; i++) await send(jars[0], "GET", p);
  await new Promise((r) => setTimeout(r, 600));
  const x1 = await xacts();
  const c0 = cpu(); let n = 0; const until = Date.now() + 5000;
  await Promise.all(jars.map(async (j) => { while (Date.now() < until) { await send(j, "GET", p); n++; } }));
  const c1 = cpu();
  console.log(`${spec.padEnd(60)} statements/req ${((x1 - x0) / 20).toFixed(1).padStart(5)}  cpu/req ${((c1 - c0) / n).toFixed(1).padStart(5)} ms  (${n} reqs)`);
}
await admin.end();
