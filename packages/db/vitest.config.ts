import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real databases: PGlite needs a few seconds to start on two shared cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
