#!/usr/bin/env node
// Web-worker CPU per request of two servers measured side by side, for judging a change on a
// machine that other work keeps busy: each server runs one worker (WEB_CONCURRENCY=1) on a database
// of its own; the same load (16 signed-in sessions, closed loop) goes to one server, then the other,
// in short slices that alternate, so both see the same machine. Prints each server's median CPU per
// request over the slices and the median of the per-pair ratios (B / A). Loopback only.
//
//   node scripts/side-by-side.mjs --a 3321 --b 3322 [--slices 14] [--seconds 2] [--sessions 16] [--warmup 4] l:/dashboard t:/trainer/reviews turn …
//   (l: as learner@defuse.test, t: as trainer@defuse.test; turn: role-play turns through
//   learner.takeTurn, each session a learner of its own, created through the admin account;
//   a path with `_rsc` in its query, e.g. t:/dashboard?_rsc, asks for the page's RSC payload as a
//   client-side navigation does, with the RSC header)
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { AGENT_LINES, send as sendOnce, signIn, trpc } from "./load-client.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : dflt;
};
const ports = { A: Number(opt("a")), B: Number(opt("b")) };
const SLICES = Number(opt("slices", 14));
const SECONDS = Number(opt("seconds", 2));
const SESSIONS = Number(opt("sessions", 16));
const WARMUP = Number(opt("warmup", 4)); // slices per server before measuring (JIT, pools, caches)
const specs = args;
const send = (j, m, p, b, h) => sendOnce(j, m, p, b, h).catch(() => sendOnce(j, m, p, b, h)); // a kept-alive socket the server closed: once more

/** The one web worker listening on `port` (the supervisor's child). */
function workerPid(port) {
  const out = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
  const pids = [...out.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1]));
  const children = pids.flatMap((p) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  const worker = children.find((c) => readFileSync(`/proc/${c}/cmdline`, "utf8").includes("next")) ?? pids.find((p) => readFileSync(`/proc/${p}/cmdline`, "utf8").includes("next"));
  if (!worker) throw new Error(`no web worker found on port ${port}`);
  return worker;
}
const cpuMs = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8");
  const x = f.slice(f.lastIndexOf(")") + 2).split(" ");
  return (Number(x[11]) + Number(x[12])) * 10;
};

async function setUp(name, port) {
  const base = `http://127.0.0.1:${port}`;
  const pid = workerPid(port);
  const sessions = (email) => Promise.all(Array.from({ length: SESSIONS }, () => signIn(base, email, "defuse-demo")));
  const server = { name, base, pid, l: await sessions("learner@defuse.test"), t: await sessions("trainer@defuse.test"), turn: [] };
  if (specs.includes("turn")) {
    const admin = await signIn(base, "admin@defuse.test", "defuse-demo");
    for (let i = 0; i < SESSIONS; i++) {
      const email = `side-${i}-${randomUUID().slice(0, 6)}@bench.test`;
      await trpc(admin, "people.create", { name: `Side Learner ${i}`, email, password: "side-password-123", role: "LEARNER", cohortId: null });
      const jar = await signIn(base, email, "side-password-123");
      server.turn.push({ jar, attemptId: null, n: 0 });
    }
  }
  return server;
}

/** One closed-loop slice against one server: requests answered and the worker's CPU meanwhile. */
async function slice(server, spec) {
  const until = Date.now() + SECONDS * 1000;
  let n = 0;
  let bad = 0;
  const c0 = cpuMs(server.pid);
  if (spec === "turn") {
    const start = (s) => trpc(s.jar, "learner.startAttempt", { scenarioId: "billing-error", mode: "freeText", restart: true }).then((a) => (s.attemptId = a.attemptId));
    await Promise.all(
      server.turn.map(async (s) => {
        while (Date.now() < until) {
          if (!s.attemptId) await start(s);
          const body = JSON.stringify({ json: { attemptId: s.attemptId, clientTurnId: randomUUID(), text: AGENT_LINES[s.n++ % AGENT_LINES.length] } });
          const r = await send(s.jar, "POST", "/api/trpc/learner.takeTurn", body);
          if (r.status === 412)
            s.attemptId = null; // the call ended: a fresh attempt (its start is counted in the CPU, in both servers alike)
          else if (r.status === 200) n++;
          else bad++;
        }
      }),
    );
  } else {
    const [who, path] = spec.split(":");
    const headers = /[?&]_rsc\b/.test(path) ? { rsc: "1", accept: "*/*" } : undefined;
    await Promise.all(
      server[who].map(async (jar) => {
        while (Date.now() < until) {
          const r = await send(jar, "GET", path, undefined, headers);
          if (r.status === 200) n++;
          else bad++;
        }
      }),
    );
  }
  if (bad) throw new Error(`${server.name} ${spec}: ${bad} answers not 200`);
  return { n, cpuPerReq: (cpuMs(server.pid) - c0) / n };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const servers = [await setUp("A", ports.A), await setUp("B", ports.B)];
console.log(`A: port ${ports.A}, worker ${servers[0].pid}; B: port ${ports.B}, worker ${servers[1].pid}; ${SESSIONS} sessions, ${SLICES} slices of ${SECONDS} s per page`);
for (const spec of specs) {
  for (let i = 0; i < WARMUP; i++) for (const s of servers) await slice(s, spec);
  const a = [];
  const b = [];
  for (let i = 0; i < SLICES; i++) {
    // Alternate which server goes first, so neither always follows the other.
    const order = i % 2 ? [1, 0] : [0, 1];
    const r = [];
    for (const k of order) r[k] = await slice(servers[k], spec);
    a.push(r[0]);
    b.push(r[1]);
  }
  const ratios = a.map((x, i) => b[i].cpuPerReq / x.cpuPerReq);
  // Also over all slices together: the CPU of all of B's requests per request, over A's.
  const pooled = (xs) => xs.reduce((t, x) => t + x.cpuPerReq * x.n, 0) / xs.reduce((t, x) => t + x.n, 0);
  console.log(
    `${spec.padEnd(40)} A ${median(a.map((x) => x.cpuPerReq))
      .toFixed(2)
      .padStart(6)} ms  B ${median(b.map((x) => x.cpuPerReq))
      .toFixed(2)
      .padStart(
        6,
      )} ms  median B/A ${median(ratios).toFixed(2)}, all slices ${(pooled(b) / pooled(a)).toFixed(2)}  (B/A ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; requests A ${a.reduce((t, x) => t + x.n, 0)}, B ${b.reduce((t, x) => t + x.n, 0)}; load ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]})`,
  );
}
process.exit(0);
