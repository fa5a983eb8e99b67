/**
 * Attacks on the newest inputs (issue 16's method applied to real-call import and scenario
 * authoring), against a real database through the tRPC callers: zip entries that lie about their
 * size, text PostgreSQL cannot store, and documents nested past what any scenario needs.
 */
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { callerFor } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await tdb?.drop();
});

const b64 = (u: Uint8Array) => Buffer.from(u).toString("base64");

/** A zip whose directory says every entry holds `claimed` bytes while its deflate data inflates to `data`. */
function lyingZip(names: string[], data: Buffer, claimed: number): Uint8Array {
  const deflated = deflateRawSync(data, { level: 9 });
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, deflated);
    centrals.push(central, n);
    offset += local.length + n.length + deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

describe("real-call uploads", () => {
  it("refuses a zip whose entries inflate past the size its directory claims, without inflating them (a zip bomb under the 8 MB cap)", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, org.trainer);
    // 24 entries of 128 MB of zeros, each claiming 100 bytes: about 3 MB on the wire, 3 GB inflated.
    const zip = lyingZip(
      Array.from({ length: 24 }, (_, i) => `${org.learner.email}__call-${i}.txt`),
      Buffer.alloc(128 * 1024 * 1024, 0x41),
      100,
    );
    expect(zip.length).toBeLessThan(8 * 1024 * 1024);
    const cpu = process.cpuUsage();
    const preview = await trainer.qa.previewImport({ fileName: "calls.zip", data: b64(zip), rubricId: "core-deescalation" });
    const used = process.cpuUsage(cpu);
    expect(preview.ok).toBe(false);
    expect(preview.problems).toEqual([{ file: "calls.zip", line: null, message: expect.stringContaining("unpacks to more than it claims") }]);
    // Inflating it all took over a minute of CPU (blocking every other request); stopping at the
    // claimed size costs a few milliseconds per entry. The bound leaves a wide margin for a loaded machine.
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
    expect(await tdb.db.attempt.count({ where: { orgId: org.org.id } })).toBe(0);
  }, 300_000);
});
