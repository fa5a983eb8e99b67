import { defineConfig } from "vitest/config";

// Own config so `pnpm --filter @defuse/content test` doesn't pick up the root multi-project config.
export default defineConfig({
  test: {
    name: "content",
    include: ["test/**/*.test.ts"],
  },
});
