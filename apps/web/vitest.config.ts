import { defineConfig } from "vitest/config";

// Unit tests of the web app's server-side modules that do not need Next.js running (the pages
// themselves are covered by the Playwright suite in e2e/).
export default defineConfig({
  test: {
    name: "web",
    include: ["server/**/*.test.ts", "components/**/*.test.ts"],
  },
});
