import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`;
/**
 * The LMS the LTI specs run (packages/api/test/lti/platform-simulator.ts) listens here, on the same
 * host as Defuse but another port: the same site, so Defuse's LTI cookies are first-party inside its
 * course-page iframe over plain HTTP (see e2e/tests/lti.spec.ts).
 */
export const LMS_PORT = Number(process.env.E2E_LMS_PORT ?? PORT + 1000);
// A fresh embedded database per run: the run also proves first-start migration and seeding.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "defuse-e2e-"));

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Machines of the same kind differ up to threefold in speed per CPU second (the label bench: 14,000 to 28,000
  // utterances per CPU second on different days), so whole-call tests get room; speed is judged by `pnpm bench`.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "../.defuse/test-results/playwright.json" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    // Reduced motion turns colour transitions off (the app honours it), so axe never samples a
    // button half-way between its disabled and enabled colours.
    reducedMotion: "reduce",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: "node ../scripts/defuse.mjs start",
        url: `${BASE_URL}/api/health`,
        timeout: 600_000,
        reuseExistingServer: !process.env.CI,
        stdout: "pipe",
        stderr: "pipe",
        // The job queue runs as in production (grade passback to the simulated LMS); the simulated
        // LMS's course page may frame Defuse's pages. The simulated LMS is on plain http://127.0.0.1,
        // which Defuse's server only calls when the operator allows it (DEFUSE_OUTBOUND_*, README).
        env: {
          PORT: String(PORT),
          DEFUSE_DATA_DIR: dataDir,
          DATABASE_URL: "",
          DEFUSE_JOBS: "on",
          LTI_FRAME_ANCESTORS: `http://127.0.0.1:${LMS_PORT} http://localhost:${LMS_PORT}`,
          DEFUSE_OUTBOUND_ALLOW_HTTP: "1",
          // Host and port: only 443 (and 80 for http) are reachable unless a port is named.
          DEFUSE_OUTBOUND_ALLOW_HOSTS: `127.0.0.1:${LMS_PORT}`,
        },
      },
});
