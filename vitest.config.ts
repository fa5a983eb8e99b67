import { defineConfig } from "vitest/config";

// One vitest run over every package and the web app (each keeps its own vitest.config.ts).
export default defineConfig({
  test: {
    projects: [
      "packages/*",
      "apps/web",
      // test-all.mjs's own helpers.
      { test: { name: "scripts", include: ["scripts/**/*.test.mjs"] } },
    ],
  },
});
