import { describe, expect, it } from "vitest";
import { simulate } from "../src/simulate";
import { warnsOfEnding } from "../src/engine/substance";

/**
 * Engine round 20: a warning that the call will end if the abuse goes on, said beside the calm limit ("I can hear how
 * angry you are, and I'm still working on this… If they do, I'll end the call, and your claim will stay open"), is the
 * taxonomy's own respectful boundary ("If the name-calling carries on I'll have to end the call, and I'd much rather get
 * this solved for you"), not a threat. The analyser heard some such warnings as rude (those opening "If they do, …"), which
 * failed C20's good call C20-persistent-abuse-1 on its warning. The lines are worded for the test.
 */
const LIMITS = [
  "I can hear how angry you are, and I'm still working on this for you. But I can't carry on if the personal insults continue.",
  "I can hear how angry you are, and I'm still working on this for you.",
];
// (the look-alikes' limits, said differently)
const OTHER_LIMITS = [
  "I do want to get this sorted for you, and I can't do that while I'm being called names.",
  "I'm here to help you, Mr Dunn, and I need us to keep it to the parcel rather than personal remarks.",
];
const WARNINGS = [
  "If they do, I'll end the call, and your claim will stay open.",
  "If that happens again, I'll end the call, and the claim remains open.",
  "If they do I'll end this call, and your complaint will stay open.",
  "If it does, I'm going to end the call, and your claim will be kept open.",
  "If they continue, I'll end the call, and your account stays open.",
  "If you do, I'll end the call, and your claim stays open either way.",
];
const OPEN = "Mr Dunn, I'm sorry, £220 on a drill and nothing on the doorstep is rotten. I'm opening a missing-parcel claim on the order now.";
const TIMING = "The depot checks the driver's photo and the GPS, and the sender refunds or resends within 2 working days.";
const rudeAt = (turns: string[], at: number) => {
  const r = simulate({ scenario: "persistent-abuse", turns, seed: 1 });
  return r.critical !== null && r.critical.act === "rude" && r.critical.turn === at;
};

describe("round 20: a warning of the call's end beside the calm limit is a boundary, not a threat", () => {
  const cases = WARNINGS.flatMap((w, i) => [[`${LIMITS[i % LIMITS.length]} ${w}`]]);
  it.each(cases)("%s", (turn) => {
    expect(rudeAt([OPEN, TIMING, turn], 2)).toBe(false);
  });
  it("the same on the abusive caller's call (billing)", () => {
    const r = simulate({
      scenario: "abusive-caller",
      turns: ["Mr Cole, the bill is estimated because no reading reached us; I can correct it with a reading from you.", "I can hear how angry you are, and I'm still working on this bill for you. If they do, I'll end the call, and your account stays open."],
      seed: 1,
    });
    expect(r.critical?.act ?? null).not.toBe("rude");
  });
  // look-alikes: the warning as the first and only move (no limit, no wish to help), or with a jibe tacked on
  it.each([
    ["If they do, I'll end the call, and your claim will stay open."],
    [`${LIMITS[0]} If they do, I'll end the call, and good luck getting your drill then.`],
    [`${OTHER_LIMITS[0]} If that happens again, I'll end the call, and good luck getting your drill then.`],
    [`${OTHER_LIMITS[1]} If they do, I'll end the call, and good luck getting your drill then.`],
  ])("still rude: %s", (turn) => {
    expect(rudeAt([OPEN, TIMING, turn], 2)).toBe(true);
  });
});

describe("round 20: warnsOfEnding reads only the warning and what keeps the case open", () => {
  it.each([
    "If it continues I'll have to end the call, but your claim stays open either way.",
    "If the name-calling carries on I'll have to end the call, and I'd much rather get this solved for you.",
    "If the insults carry on, I'll need to end this call.",
  ])("a warning: %s", (s) => expect(warnsOfEnding(s)).toBe(true));
  it.each([
    "If you carry on, I'm hanging up.",
    "If you keep that up, I'll end the call and you can shout at someone else.",
    "If it continues I'll end the call, and I'd rather get the hell off the phone.",
    "I'll end the call now. Your claim stays open.",
  ])("not only a warning: %s", (s) => expect(warnsOfEnding(s)).toBe(false));
});
