#!/usr/bin/env node
// What a page costs against what Next's app-page pipeline costs with nothing of Defuse's in it: the
// web worker's CPU per request of several paths on ONE server, the paths alternating round by round
// so that each round's machine load falls on all of them alike (on a shared machine single rounds
// move by a third; compare medians of paths measured together, never figures of separate runs).
// Put a floor beside the pages: a static file (Node's HTTP and Next's router only), `a:/login` (an
// anonymous page: the root layout, a small client form, no session, no query), and the pages you are
// working on. The gap between a page and the floor is the most that trimming the page can save.
// Loopback only, bounded in time (paths × (rounds + 1) × seconds).
//
//   node scripts/page-floor.mjs --port 3191 [--seconds 2] [--rounds 9] [--sessions 16] a:/login l:/dashboard t:/trainer/reviews …
//   (a: anonymous, l: as learner@defuse.test, t: as trainer@defuse.test; the server's single web worker
//   is found from its port, as side-by-side.mjs does: start it with WEB_CONCURRENCY=1)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { Jar, numberOption, processCpuMs, send, signIn } from "./load-client.mjs";

const args = process.argv.slice(2);
const PORT = numberOption(args, "port", 3000);
const SECONDS = numberOption(args, "seconds", 2);
const ROUNDS = numberOption(args, "rounds", 9);
const SESSIONS = numberOption(args, "sessions", 16);
const specs = args.filter((a) => /^[alt]:\//.test(a)); // numberOption took the options out of args
if (specs.length === 0) throw new Error("name at least one path: a:/login l:/dashboard t:/trainer/reviews …");
const BASE = `http://127.0.0.1:${PORT}`;

/** The one web worker behind the port (the supervisor's child, or the listener itself). */
function workerPid(port) {
  const out = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
  const pids = [...out.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1]));
  const cmd = (p) => readFileSync(`/proc/${p}/cmdline`, "utf8");
  const children = pids.flatMap((p) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  const worker = children.find((c) => cmd(c).includes("next")) ?? pids.find((p) => cmd(p).includes("next"));
  if (!worker) throw new Error(`no web worker found on port ${port}`);
  return worker;
}

const pid = workerPid(PORT);
const kinds = new Set(specs.map((s) => s[0]));
const sessions = async (email) => Promise.all(Array.from({ length: SESSIONS }, () => signIn(BASE, email, "defuse-demo")));
const jars = {
  a: Array.from({ length: SESSIONS }, () => new Jar(BASE)),
  l: kinds.has("l") ? await sessions("learner@defuse.test") : [],
  t: kinds.has("t") ? await sessions("trainer@defuse.test") : [],
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perRequest = Object.fromEntries(specs.map((s) => [s, []]));
const loads = [];
for (let round = -1; round < ROUNDS; round++) {
  // Round -1 warms every path (JIT, chunk loading, caches) and is not counted.
  for (const spec of specs) {
    const path = spec.slice(2);
    const until = Date.now() + SECONDS * 1000;
    let n = 0;
    let notOk = 0;
    const before = processCpuMs(pid);
    await Promise.all(
      jars[spec[0]].map(async (jar) => {
        while (Date.now() < until) {
          const res = await send(jar, "GET", path);
          if (res.status !== 200) notOk++;
          n++;
        }
      }),
    );
    if (notOk) console.log(`${spec}: ${notOk} of ${n} answers were not 200`);
    if (round >= 0) perRequest[spec].push((processCpuMs(pid) - before) / n);
  }
  if (round >= 0) loads.push(loadavg()[0]);
}
const first = median(perRequest[specs[0]]);
for (const spec of specs) {
  const m = median(perRequest[spec]);
  console.log(`${spec.padEnd(52)} worker CPU/req ${m.toFixed(2).padStart(6)} ms  (${(m / first).toFixed(2)}× ${specs[0]})  rounds ${perRequest[spec].map((x) => x.toFixed(1)).join("/")}`);
}
console.log(`load average by round: ${loads.map((x) => x.toFixed(1)).join(" ")}`);
process.exit(0);
