import { defineConfig } from "vitest/config";

// One vitest run over every package (each keeps its own vitest.config.ts when it has one).
export default defineConfig({
  test: {
    projects: ["packages/*"],
  },
});
