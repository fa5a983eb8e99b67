/**
 * Attacks on the newest inputs (issue 16's method applied to real-call import and scenario
 * authoring), against a real database through the tRPC callers: zip entries that lie about their
 * size, text PostgreSQL cannot store, and documents nested past what any scenario needs.
 */
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { strToU8, zipSync } from "fflate";
import { callerFor, codeOf } from "./trainer-fixtures";

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

/** The error a call fails with (code and message), or "OK". */
async function failure(p: Promise<unknown>) {
  try {
    await p;
    return { code: "OK", message: "" };
  } catch (err) {
    const e = err as { code?: string; message: string };
    return { code: e.code ?? "THROWN", message: e.message };
  }
}

const GOOD_TURNS = [
  { speaker: "customer", text: "You charged me twice!" },
  { speaker: "agent", text: "I'm sorry you were charged twice. I'll refund the second payment today." },
];

describe("text PostgreSQL cannot store (NUL, unpaired surrogates) answers 400 with the file and line, never 500", () => {
  it("a transcript holding a NUL byte, or a JSON transcript escaping NUL or half a surrogate pair", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, org.trainer);
    const email = org.learner.email;
    const cases: Array<[string, Uint8Array]> = [
      [`${email}__nul.txt`, strToU8("Customer: You charged me twice!\u0000\nAgent: I'm sorry you were charged twice. I'll refund it today.")],
      [`${email}__nul.json`, strToU8(JSON.stringify({ turns: [{ ...GOOD_TURNS[0], text: "twice\u0000" }, GOOD_TURNS[1]] }))],
      [`${email}__half.json`, strToU8(JSON.stringify({ turns: [GOOD_TURNS[0], { ...GOOD_TURNS[1], text: "sorry \ud83d" }] }))],
    ];
    for (const [i, [name, bytes]] of cases.entries()) {
      const upload = { fileName: "calls.zip", data: b64(zipSync({ [name]: bytes })), rubricId: "core-deescalation" };
      const preview = await trainer.qa.previewImport(upload);
      expect(preview.ok, name).toBe(false);
      expect(preview.problems, name).toEqual([{ file: name, line: expect.any(Number), message: expect.stringContaining("cannot be stored") }]);
      const refused = await failure(trainer.qa.import({ ...upload, key: `unstorable-${i}-key` }));
      expect(refused, name).toEqual({ code: "BAD_REQUEST", message: expect.stringContaining("cannot be stored") });
    }
    // A zip entry's name is stored too (the transcript's file name and the audit entry).
    const named = { fileName: "calls.zip", data: b64(zipSync({ [`${email}__a\u0000b.json`]: strToU8(JSON.stringify({ turns: GOOD_TURNS })) })), rubricId: "core-deescalation" };
    expect(await failure(trainer.qa.import({ ...named, key: "unstorable-name-key" }))).toEqual({ code: "BAD_REQUEST", message: expect.stringContaining("cannot be stored") });
    expect(await tdb.db.attempt.count({ where: { orgId: org.org.id } })).toBe(0);
  });

  it("a scenario draft or import whose JSON escapes NUL or half a surrogate pair", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, org.trainer);
    const { id } = await trainer.authoring.create({ from: "billing-error" });
    const got = await trainer.authoring.get({ id });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- drafts are edited as plain JSON
    const draft = structuredClone(got.draft) as { scenario: Record<string, any> };
    for (const bad of ["a\u0000b", "a\ud800b", "b\udfffa"]) {
      draft.scenario.summary = bad;
      const saved = await failure(trainer.authoring.saveDraft({ id, revision: got.revision, text: JSON.stringify(draft) }));
      expect(saved).toEqual({ code: "BAD_REQUEST", message: expect.stringMatching(/scenario\.summary.*cannot be stored/) });
      const imported = await trainer.authoring.import({ files: [{ name: "bad.json", text: JSON.stringify(draft) }] });
      expect(imported).toEqual({ imported: [], errors: [{ document: "bad.json", path: "scenario.summary", message: expect.stringContaining("cannot be stored") }] });
    }
    // nothing was lost: the draft is as it was, and the same change without the bad character saves
    expect((await trainer.authoring.get({ id })).revision).toBe(got.revision);
    draft.scenario.summary = "ab";
    expect(await codeOf(trainer.authoring.saveDraft({ id, revision: got.revision, text: JSON.stringify(draft) }))).toBe("OK");
  });

  it("half a surrogate pair in any input (a new scenario's title) is refused like NUL", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, org.trainer);
    expect(await failure(trainer.authoring.create({ from: "billing-error", title: "Refund \ud83d" }))).toEqual({ code: "BAD_REQUEST", message: expect.stringContaining("cannot be stored") });
    expect(await failure(callerFor(tdb.db, org.admin).cohort.create({ name: "Team \udc00" }))).toEqual({ code: "BAD_REQUEST", message: expect.stringContaining("cannot be stored") });
    expect(await tdb.db.authoredScenario.count({ where: { orgId: org.org.id } })).toBe(0);
  });
});

describe("documents nested past what any scenario needs", () => {
  it("a draft or import nested 90,000 levels deep (under the 200,000-character cap) answers 400 naming where, not 500", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, org.trainer);
    const { id } = await trainer.authoring.create({ from: "billing-error" });
    const { revision } = await trainer.authoring.get({ id });
    const deep = `{"scenario":{"title":"Deep","notes":${"[".repeat(90_000)}${"]".repeat(90_000)}}}`;
    expect(deep.length).toBeLessThan(200_000);
    expect(await failure(trainer.authoring.saveDraft({ id, revision, text: deep }))).toEqual({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^scenario\.notes(\[0\])+: nested more than 32 levels deep/),
    });
    const imported = await trainer.authoring.import({ files: [{ name: "deep.json", text: deep }] });
    expect(imported.imported).toEqual([]);
    expect(imported.errors).toEqual([{ document: "deep.json", path: expect.stringMatching(/^scenario\.notes/), message: "nested more than 32 levels deep" }]);
    expect((await trainer.authoring.get({ id })).revision).toBe(revision);
  });
});

describe("a large but honest import does not freeze the server", () => {
  it("other requests are answered while a zip of 40 long calls is being scored", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, org.trainer);
    const customer = "Customer: I was charged twice for March and nobody called me back. " + "I want it sorted today or I am leaving. ".repeat(8);
    const agent = "Agent: I'm sorry you were charged twice. I'll refund the second payment today. " + "Let me check what happened with the March bill and fix it now. ".repeat(8);
    const call = Array.from({ length: 300 }, () => `${customer}\n${agent}`).join("\n");
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${org.learner.email}__call-${String(i).padStart(2, "0")}.txt`, strToU8(call)]));
    const upload = { fileName: "calls.zip", data: b64(zipSync(files)), rubricId: "core-deescalation" };
    const started = performance.now();
    let previewDone = 0;
    const preview = trainer.qa.previewImport(upload).then((r) => {
      previewDone = performance.now();
      return r;
    });
    // A cheap request made just after the upload started (as another person's page load would be).
    await new Promise((r) => setTimeout(r, 50));
    let otherDone = 0;
    const other = tdb.db.$queryRaw`SELECT 1`.then(() => {
      otherDone = performance.now();
    });
    const [result] = await Promise.all([preview, other]);
    expect(result.ok).toBe(true);
    expect(result.files).toHaveLength(40);
    // Scoring all 40 calls (24,000 turns) used to run in one synchronous stretch, so the other
    // request waited for all of it; now it is answered between two files.
    expect(otherDone - started).toBeLessThan((previewDone - started) / 2);
  }, 300_000);
});

describe("out-of-range dates in the newer filters", () => {
  it("the label-corrections export refuses a date PostgreSQL cannot compare with 400, not 500", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, org.trainer);
    for (const d of ["-100000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z"]) {
      expect(await failure(trainer.reports.exportLabelCorrections({ from: new Date(d) })), d).toEqual({ code: "BAD_REQUEST", message: expect.stringContaining("between the years 2000 and 2100") });
      expect(await failure(trainer.reports.exportLabelCorrections({ to: new Date(d) })), d).toEqual({ code: "BAD_REQUEST", message: expect.stringContaining("between the years 2000 and 2100") });
    }
    expect(await codeOf(trainer.reports.exportLabelCorrections({ from: new Date("2026-01-01"), to: new Date("2026-12-31") }))).toBe("OK");
  });
});
