/** One describe per kind of coherence case and one test per case, each case's last reply checked at every seed. */
import { describe, expect, it } from "vitest";
import { PUT_DOWNS } from "../../src/engine/phrases";
import { lastReplyChecks, type ReplyCase } from "./replies";

export function describeReplyKinds(kinds: Record<string, ReplyCase[]>, seeds: number[]): void {
  for (const [kind, cases] of Object.entries(kinds))
    describe(kind, () => {
      for (const c of cases)
        it(c.name, () =>
          lastReplyChecks(c, seeds, (reply, re, want, seed) => {
            if (want) expect(reply, `seed ${seed}`).toMatch(re);
            else expect(reply, `seed ${seed}`).not.toMatch(re);
          }),
        );
    });
}

/** Digs (PUT_DOWNS) that must be read as one, and look-alikes that must not: one test each. */
export function itReadsDigs(digs: string[], lookAlikes: string[]): void {
  it.each(digs)("a dig: %s", (t) => expect(PUT_DOWNS.some((re) => re.test(t))).toBe(true));
  it.each(lookAlikes)("not a dig: %s", (t) => expect(PUT_DOWNS.some((re) => re.test(t))).toBe(false));
}
