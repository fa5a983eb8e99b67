import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { request as playwrightRequest } from "@playwright/test";
import { expect, signInViaApi, test, trpc, unique } from "../fixtures";

const root = fileURLToPath(new URL("../..", import.meta.url));

function startDefuse(port: number, dataDir: string): ChildProcess {
  return spawn("node", ["scripts/defuse.mjs", "start"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DEFUSE_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: "ignore",
  });
}

async function waitHealthy(base: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`defuse exited early with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("defuse did not become healthy in 120 s");
}

/** SIGTERM, and `pnpm start` must be gone within 30 s (a supervisor that waited for good once hung this spec until its timeout). */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("`pnpm start` did not exit within 30 s of SIGTERM")), 30_000);
  });
  try {
    await Promise.race([exited, late]);
  } catch (err) {
    child.kill("SIGKILL");
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

test("the embedded database keeps its data across a restart of `pnpm start`", async () => {
  test.setTimeout(300_000);
  const port = 3190 + Math.floor(Math.random() * 50);
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "defuse-restart-"));
  const cohortName = unique("Survives restart");
  let child = startDefuse(port, dataDir);
  try {
    await waitHealthy(base, child);
    const admin = await playwrightRequest.newContext({ baseURL: base });
    await signInViaApi(admin, "admin@defuse.test");
    await trpc(admin, "cohort.create", { name: cohortName });
    await admin.dispose();
    await stop(child);

    child = startDefuse(port, dataDir);
    await waitHealthy(base, child);
    const again = await playwrightRequest.newContext({ baseURL: base });
    await signInViaApi(again, "admin@defuse.test");
    const cohorts = await trpc<Array<{ name: string }>>(again, "cohort.list", undefined, "query");
    expect(cohorts.map((c) => c.name)).toContain(cohortName);
    // Seeding ran once: the demo cohort exists exactly once after the second start.
    expect(cohorts.filter((c) => c.name.startsWith("Onboarding")).length).toBe(1);
    await again.dispose();
  } finally {
    if (child.exitCode === null) await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
