/**
 * Floor on the held-out call sets, never tuned on: at seed 1, each set's count of verdicts as expected must not fall
 * below what the nineteenth round measured after every merge (README, "Nineteenth round, the lead's part"). Only the
 * totals are computed and asserted; no call of these sets is printed, named or pinned here (the dev sets have their own
 * per-call tests). A change that costs a held-out call shows here as a lower total, to be looked into, not tuned away.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/simulate";

const REACHED: Record<string, number> = {
  "calls-heldout.json": 32,
  "calls-heldout-H.json": 35,
  "calls-heldout-M.json": 40,
  "calls-heldout-S.json": 38,
  "calls-heldout-C12.json": 36,
  "calls-heldout-C17.json": 35,
  "calls-heldout-C19.json": 36,
  "calls-heldout-C22.json": 37,
  "calls-heldout-C25.json": 38,
  "calls-heldout-C28.json": 39,
  // (round 24: a Chennai-and-Leicester customer-experience coach's 40 calls, written after the round's first merges)
  "calls-heldout-C31.json": 40,
  // (round 25: a Johannesburg-and-Glasgow quality manager's 40 calls, written before the round's changes)
  "calls-heldout-C32.json": 40,
  // (round 26: a Kraków quality specialist's 40 calls, Polish, Ukrainian and Irish agents, written before the round's changes)
  "calls-heldout-C35.json": 37,
  // (round 27: a Cardiff complaints-training manager's 40 calls, Welsh, English and Polish agents, written before the round's changes)
  "calls-heldout-C37.json": 39,
  // (round 28: a Lisbon-and-Edinburgh QA and compliance manager's 40 calls, Portuguese, Brazilian, Scottish and Irish agents, written before the round's changes)
  "calls-heldout-C39.json": 40,
  // (round 28: a black-box red team's 30 calls, mostly holes it found in main's scorer before the round's merges; 10 then)
  "calls-heldout-RU.json": 16,
};

type Call = { scenario: string; turns: string[]; expect: { passed: boolean } };
const dir = join(__dirname, "..", "src", "eval", "data", "v2");

describe("held-out call sets: verdicts as expected at seed 1 stay at the floor", () => {
  it.each(Object.entries(REACHED))("%s at least %i", (file, floor) => {
    const raw = JSON.parse(readFileSync(join(dir, file), "utf8")) as Call[] | { calls: Call[] };
    const calls = Array.isArray(raw) ? raw : raw.calls;
    const ok = calls.filter((c) => simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).passed === c.expect.passed).length;
    expect(ok).toBeGreaterThanOrEqual(floor);
  });
});
