/**
 * The lead's fix after round 10 (found through dev9's c9-cancellation-2): "it's just a setting in your phone"
 * makes the FIX sound easy, which is reassurance, not minimising the customer's problem (the taxonomy's
 * `dismissive`: "minimising the problem or telling the customer how to feel"). The minimising cues stand down
 * when what is "just a ..." is a step of the remedy (a setting, a form, a tick box, a minute); minimising the
 * problem itself keeps its reading.
 */
import { describe, expect, it } from "vitest";
import { labelIds } from "../src/analyser/label";

describe("a step of the fix called easy is not dismissing the problem", () => {
  it.each([
    "I can switch it on on our side now and then it's just a setting in your phone, I'll talk you through it.",
    "It's just a quick form, I'll send it now.",
    "It's just one tick box on the form and then the cancellation's done.",
  ])("%s: not dismissive", (t) => expect(labelIds(t, { scenario: "cancellation" })).not.toContain("dismissive"));
  it.each(["Honestly it's just a few pounds, not worth the fuss.", "It's just a router fee, nothing to get upset about.", "It's just a setting, it's not a big problem."])(
    "%s: still dismissive",
    (t) => expect(labelIds(t, { scenario: "billing-error" })).toContain("dismissive"),
  );
});
