import { describe, expect, it } from "vitest";
import { isMissRequest, missPath } from "./load-client.mjs";

describe("the bench's page memo misses", () => {
  it("makes exactly the share asked of a session's requests misses, spread evenly", () => {
    const misses = (rate, n) => Array.from({ length: n }, (_, i) => isMissRequest(i, rate));
    expect(misses(0, 100).filter(Boolean)).toHaveLength(0);
    expect(misses(1, 100).every(Boolean)).toBe(true);
    expect(misses(0.5, 100).filter(Boolean)).toHaveLength(50);
    expect(misses(0.5, 4)).toEqual([false, true, false, true]);
    expect(misses(0.3, 10).filter(Boolean)).toHaveLength(3);
    expect(misses(0.25, 8)).toEqual([false, false, false, true, false, false, false, true]);
  });

  it("gives each miss a URL of its own, keeping the page's own query", () => {
    expect(missPath("/dashboard", "3-7")).toBe("/dashboard?bench-miss=3-7");
    expect(missPath("/trainer/reviews?state=RELEASED", 9)).toBe("/trainer/reviews?state=RELEASED&bench-miss=9");
    expect(missPath("/x", 1)).not.toBe(missPath("/x", 2));
  });
});
