#!/usr/bin/env node
// CI check (ARCHITECTURE habit 8): the committed migrations must produce exactly the data model in
// prisma/schema.prisma. Replays prisma/migrations into a shadow database and diffs it with the
// schema. Without DATABASE_URL the shim uses an in-memory PGlite shadow, so no server is needed.
//   exit 0: in sync; exit 2: drift (a migration is missing or was edited); other: could not check.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prisma = path.join(root, "node_modules/.bin/prisma");
const args = ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"];

const result = spawnSync(prisma, args, {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();

if (result.status === 0) {
  console.log("db-drift: No drift: prisma/migrations matches prisma/schema.prisma.");
  process.exit(0);
}
if (result.status === 2) {
  console.error("db-drift: DRIFT: prisma/schema.prisma differs from what prisma/migrations produce:\n");
  console.error(output.replace(/^Loaded Prisma config.*\n?/m, ""));
  console.error("\nCreate a migration for the schema change: `pnpm db:migrate` (prisma migrate dev --name <what-changed>),");
  console.error("and commit the new prisma/migrations/<timestamp>_<name>/ directory. Never edit an applied migration.");
  process.exit(2);
}
console.error(`db-drift: could not check for drift (prisma exited ${result.status ?? result.signal}):\n${output}`);
process.exit(result.status || 1);
