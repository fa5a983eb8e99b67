import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { request as playwrightRequest } from "@playwright/test";
import { expect, signInViaApi, test } from "../fixtures";

const root = fileURLToPath(new URL("../..", import.meta.url));
// Its own server, on a port derived from this run's E2E_PORT so parallel runs do not collide (E2E_PORT + 1000 is
// the LTI spec's simulated LMS, which can still be listening when this spec runs after it in the same worker).
const port = Number(process.env.E2E_PORT ?? 3100) + 1100;
const base = `http://127.0.0.1:${port}`;

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(what: string, probe: () => T | undefined | false, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function healthy(child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`defuse exited early with ${child.exitCode}:\n${output().slice(-4000)}`);
    if (
      await fetch(`${base}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`defuse did not become healthy in 120 s:\n${output().slice(-4000)}`);
}

test("`pnpm start` runs a worker per core under a supervisor that replaces a worker killed with -9", async () => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "defuse-supervisor-"));
  const child = spawn("node", ["scripts/defuse.mjs", "start"], {
    cwd: root,
    // The embedded database: the workers reach PGlite through the socket server in the supervisor.
    env: { ...process.env, PORT: String(port), DEFUSE_DATA_DIR: dataDir, DATABASE_URL: "", WEB_CONCURRENCY: "2" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const listening: number[] = [];
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    for (const m of chunk.toString().matchAll(/defuse: worker (\d+) listening/g)) listening.push(Number(m[1]));
  });
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await healthy(child, () => output);
    const [first, second] = (await until("two workers", () => listening.length >= 2 && listening.slice(0, 2))) as [number, number];
    // Sign-ins land on both workers (connections are handed out in turn); each must work against
    // the one embedded database they share.
    for (let i = 0; i < 4; i++) {
      const context = await playwrightRequest.newContext({ baseURL: base });
      await signInViaApi(context, "trainer@defuse.test");
      await context.dispose();
    }
    const signedIn = await playwrightRequest.newContext({ baseURL: base });
    await signInViaApi(signedIn, "learner@defuse.test");
    const storageState = await signedIn.storageState();
    await signedIn.dispose();

    for (const victim of [first, second]) {
      const startedBefore = listening.length;
      process.kill(victim, "SIGKILL");
      await until(`worker ${victim} to die`, () => !alive(victim), 10_000);
      // A learner's next requests (on a new connection, as a browser opens after a reset) succeed:
      // the other worker serves them, with the database still reachable through the supervisor.
      const after = await playwrightRequest.newContext({ baseURL: base, storageState });
      for (let i = 0; i < 6; i++) {
        const res = await after.get("/dashboard", { maxRedirects: 0 });
        expect(res.status(), `request ${i} after killing worker ${victim}`).toBe(200);
        expect(await res.text()).toContain('id="main"');
      }
      await after.dispose();
      // The supervisor has started a replacement and is still running itself.
      await until(`a worker to replace ${victim}`, () => listening.length > startedBefore && alive(listening.at(-1)!));
      expect(child.exitCode).toBeNull();
    }
    expect(output).toMatch(/worker \d+ exited \(signal SIGKILL\).*starting a new one/);

    // Stopping the supervisor stops every worker: nothing is left holding the port.
    const workers = listening.filter(alive);
    expect(workers).toHaveLength(2);
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
    await until("the workers to stop", () => workers.every((pid) => !alive(pid)), 15_000);
  } finally {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});
