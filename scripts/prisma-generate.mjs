#!/usr/bin/env node
// Root postinstall: generates the Prisma client into packages/db/src/generated/prisma (git-ignored)
// without network. `prisma generate` never talks to the schema engine, but the CLI still resolves
// the engine path and would try to download the native engine, so point it at our shim.
// Skips the work when the schema and Prisma version are unchanged since the last run (~3 s saved
// on every install); DEFUSE_FORCE_GENERATE=1 forces it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const outDir = path.join(root, "packages/db/src/generated/prisma");
const stampPath = path.join(outDir, ".generated-from");
const prismaBin = path.join(root, "node_modules/.bin", process.platform === "win32" ? "prisma.cmd" : "prisma");

if (!existsSync(prismaBin)) {
  console.warn("prisma-generate: the prisma CLI is not installed (production install?); skipping client generation.");
  process.exit(0);
}

const prismaVersion = (() => {
  try {
    return JSON.parse(readFileSync(path.join(root, "node_modules/prisma/package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
})();
const stamp = createHash("sha256")
  .update(readFileSync(schemaPath))
  .update(`\0${prismaVersion}`)
  .update(readFileSync(path.join(root, "prisma.config.ts")))
  .digest("hex");

if (!process.env.DEFUSE_FORCE_GENERATE && existsSync(path.join(outDir, "client.ts")) && existsSync(stampPath) && readFileSync(stampPath, "utf8").trim() === stamp) {
  console.log("prisma-generate: Prisma client is up to date.");
  process.exit(0);
}

const result = spawnSync(prismaBin, ["generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "tools/schema-engine-shim.mjs"),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
if (result.status !== 0) {
  console.error(`prisma-generate: \`prisma generate\` failed (exit ${result.status ?? result.signal}).`);
  process.exit(result.status ?? 1);
}
writeFileSync(stampPath, `${stamp}\n`);
