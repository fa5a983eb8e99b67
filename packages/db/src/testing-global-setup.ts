// Optional vitest globalSetup: one migrated test database for the whole run, so test files do
// not each pay the start-up (mostly relevant for the embedded PGlite, ~4 s to start).
//   // vitest.config.ts
//   test: { globalSetup: ["@defuse/db/testing/global-setup"] }
//   // in a test
//   const db = createDb(inject("defuseDatabaseUrl"));
// Tests must then isolate by organisation (createOrgWithUsers), never by truncating tables.
import type {} from "vitest";
import { createTestDatabase } from "./testing";

declare module "vitest" {
  export interface ProvidedContext {
    defuseDatabaseUrl: string;
    defuseDatabaseKind: "postgres" | "embedded";
  }
}

interface GlobalSetupContext {
  provide(key: "defuseDatabaseUrl" | "defuseDatabaseKind", value: string): void;
}

export default async function setup(project: GlobalSetupContext): Promise<() => Promise<void>> {
  const testDb = await createTestDatabase();
  // The global setup process only hosts the database; workers open their own clients.
  await testDb.db.$disconnect();
  project.provide("defuseDatabaseUrl", testDb.url);
  project.provide("defuseDatabaseKind", testDb.kind);
  process.env.DEFUSE_TEST_DATABASE_URL = testDb.url;
  return () => testDb.drop();
}
