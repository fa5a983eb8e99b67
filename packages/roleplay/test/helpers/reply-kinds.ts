/** One describe per kind of coherence case and one test per case, each case's last reply checked at every seed. */
import { describe, expect, it } from "vitest";
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
