/**
 * The lead's fix after round 13 (found through dev16's c16-persistent-abuse-3): a warning that the call will end IF the
 * abuse goes on is the taxonomy's boundary ("If the name-calling carries on I'll have to end the call"), not a threat at
 * the customer, whoever or whatever is the subject of the condition ("if it continues", "if this carries on", "if the
 * insults go on"). An ending announced with no condition, or said as a retort, keeps its `rude` reading.
 */
import { describe, expect, it } from "vitest";
import { labelIds } from "../src/analyser/label";

describe("a conditional warning that the call will end is not rude", () => {
  it.each([
    "Mr Dunn, I'm asking again: please stop the insults. If it continues I will end the call.",
    "If this continues I'll end the call, and I'd much rather sort your parcel out.",
    "If the swearing carries on I will end this call.",
    "If the insults go on I'll have to end the call.",
  ])("%s: not rude", (t) => expect(labelIds(t, { scenario: "persistent-abuse" })).not.toContain("rude"));
  it.each(["I'm going to end this call now.", "Fine, I'll hang up then.", "Right, I'm hanging up on you."])("%s: still rude", (t) =>
    expect(labelIds(t, { scenario: "persistent-abuse" })).toContain("rude"),
  );
});
