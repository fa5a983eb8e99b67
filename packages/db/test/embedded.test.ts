import { describe, expect, it } from "vitest";
import { createDb } from "../src/index";
import { startEmbeddedPostgres } from "../src/embedded";
import { applyMigrations } from "../src/migrate";
import { makeTempDataDir } from "../src/testing";

describe("embedded PostgreSQL", () => {
  it("keeps data across stop/start with the same dataDir and serves several connections", async () => {
    const tmp = makeTempDataDir();
    try {
      const first = await startEmbeddedPostgres({ dataDir: tmp.dir });
      await applyMigrations(first.url);
      const db = createDb(first.url, { poolMax: 5 });
      await db.organization.create({ data: { name: "Persisted", slug: "persisted" } });
      // Several pool connections at once (maxConnections > 1), serialised by PGlite.
      const counts = await Promise.all(Array.from({ length: 8 }, () => db.organization.count()));
      expect(counts).toEqual(Array(8).fill(1));
      await db.$disconnect();
      await first.stop();

      const second = await startEmbeddedPostgres({ dataDir: tmp.dir });
      const db2 = createDb(second.url);
      try {
        expect((await db2.organization.findUnique({ where: { slug: "persisted" } }))?.name).toBe("Persisted");
        expect((await applyMigrations(second.url)).applied).toEqual([]);
      } finally {
        await db2.$disconnect();
        await second.stop();
      }
    } finally {
      tmp.remove();
    }
  });
});
