import { defineConfig } from "vitest/config";

// Unit tests of the web app's modules that do not need Next.js running: server-side ones, and the
// browser's tRPC client (trpc/) against a real tRPC fetch handler. The pages themselves are covered
// by the Playwright suite in e2e/.
export default defineConfig({
  test: {
    name: "web",
    include: ["server/**/*.test.ts", "components/**/*.test.ts", "trpc/**/*.test.ts"],
  },
});
