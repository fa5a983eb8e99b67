// Prisma CLI configuration (Prisma 7 reads this instead of package.json#prisma).
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig } from "prisma/config";

const configDir = import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname);

// Prisma's binaries host is unreachable here, so there is usually no native schema engine.
// When none was installed, point the CLI at our shim over the WASM build of the same engine
// (tools/schema-engine-shim.mjs, see docs/prisma-offline.md). The config is loaded
// before the CLI resolves the engine, so setting the variable here is enough; a value set by
// the caller always wins.
function hasNativeSchemaEngine(): boolean {
  try {
    const requireFromPrisma = createRequire(createRequire(path.join(configDir, "package.json")).resolve("prisma/package.json"));
    const dirs = [
      path.dirname(requireFromPrisma.resolve("@prisma/engines/package.json")),
      path.dirname(requireFromPrisma.resolve("prisma/package.json")),
    ];
    return dirs.some((dir) => existsSync(dir) && readdirSync(dir).some((f) => f.startsWith("schema-engine-")));
  } catch {
    return false;
  }
}

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeSchemaEngine()) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(configDir, "tools/schema-engine-shim.mjs");
}

export default defineConfig({
  schema: path.join(configDir, "prisma/schema.prisma"),
  migrations: {
    path: path.join(configDir, "prisma/migrations"),
  },
  // env("DATABASE_URL") would throw while the config loads whenever the variable is unset,
  // which breaks even `prisma generate`; commands that need a database say so themselves.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
