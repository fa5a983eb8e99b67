import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Engine round 21. (1) An allowed remedy said to be hers ("There's also a free manufacturer repair", "you're also entitled
 * to a free repair under the maker's warranty") is offered; before, it was read as an explanation and the customer never
 * heard the repair offered. (2) A remedy named and then turned down by a clause pointing back at it ("Another option would
 * be a refund today, but I can't do that") is refused, not promised; before, it failed an honest call on a forbidden
 * promise. (3) "I can do a refund today if you want it": "if you want" is no report of what she said, so the time is read
 * and the promise is the breach. The lines are worded for the test (UK and US, terse and rambling).
 */
const { rules } = lookalikes();
const coffee = getScenario("refund-demand");
const photos = getScenario("misled-features");
const parcel = getScenario("persistent-abuse");
const chat = getScenario("chat-complaint");
const offered = (s: ReturnType<typeof getScenario>, text: string) => [...new Set(readCommitments(s, text).offers.map((o) => o.remedyId))].sort();

describe("round 21: an allowed remedy said to be available is offered", () => {
  it.each([
    [coffee, "There's also a free manufacturer repair.", "repair"],
    [coffee, "You're also entitled to a free repair under the maker's warranty.", "repair"],
    [coffee, "There is still the option of a manufacturer repair, collected and returned within 10 working days.", "repair"],
    [coffee, "A free repair is also available to you if you'd rather keep this one.", "repair"],
    [coffee, "It's still under guarantee, so it qualifies for a free repair.", "repair"],
    [coffee, "we also offer a free repair through the manufacturer", "repair"],
    [coffee, "Because it's faulty you're entitled to a full refund once the courier has collected it.", "refund-after-collection"],
    [coffee, "you're eligible for a replacement by next-day courier too", "express-replacement"],
    [coffee, "There's a £20 goodwill voucher as well for the emails nobody answered.", "goodwill-voucher"],
    [photos, "There's also the monthly plan at £7.99 if you'd rather try it for longer.", "switch-monthly"],
    [photos, "You're within 14 days, so the full £79 refund is available.", "cooling-off-refund"],
  ])("%#: %s", (s, text, remedy) => {
    expect(offered(s, text)).toEqual([remedy]);
    expect(rules(s, text)).toEqual([]);
  });
  it.each([
    [coffee, "There's no repair available for that model."],
    [coffee, "A repair isn't available on that model."],
    [coffee, "Is there a repair option?"],
    [coffee, "There's a delay on repairs at the moment."],
    [coffee, "You'd have been entitled to a repair if you'd registered it."],
    [coffee, "There's a note about a repair on your account."],
    [coffee, "There's a refund policy on our website."],
    [photos, "There's a guide in the app that walks you through it."],
    [photos, "There's a guide on our help centre if you search for 'offline'."],
    [getScenario("cancellation"), "You're out of contract, so there's no exit fee."],
  ])("look-alike, nothing offered %#: %s", (s, text) => {
    expect(offered(s, text)).toEqual([]);
  });
  it("a forbidden remedy said to be available is no offer, and still the breach", () => {
    expect(offered(coffee, "There's also a refund today if you want it.")).toEqual([]);
    expect(rules(coffee, "There's also a refund today if you want it.")).toEqual(["no-refund-before-collection"]);
    expect(rules(coffee, "You're entitled to a refund today.")).toEqual(["no-refund-before-collection"]);
  });
});

describe("round 21: a remedy named and then turned down is refused, not promised", () => {
  it.each([
    [coffee, "Another option would be a refund today, but I can't do that."],
    [coffee, "I could say a refund today, but that's not something I'm able to do."],
    [coffee, "A refund today would be the quickest, but it isn't possible, I'm afraid."],
    [coffee, "The easy answer would be your money back today. But I'm not allowed to do that."],
    [coffee, "Ideally I'd put the £349 back on your card today, but that's not something we can do before collection."],
    [coffee, "Refunding you today would be one option, but I'm unable to do that."],
    [coffee, "One thing people ask for is a same-day refund, but that's against our policy."],
    [coffee, "I could refund the full £349 today, but I can't do that before the courier has it."],
    [coffee, "Your money back this afternoon would be ideal. Sadly that's not possible."],
    [coffee, "I could say your money will be back today, but honestly that's not something I can promise."],
    [parcel, "A refund today might seem the obvious fix, but I can't promise that."],
    [parcel, "I could say we'll refund you today, but it's not something I can do."],
    [chat, "A £20 credit would be fair, but it's not something I'm able to give."],
  ])("honest %#: %s", (s, text) => {
    expect(rules(s, text)).toEqual([]);
  });
  // look-alikes: the agent's own definite act, a refusal of something else, or a "but" that does not point back
  it.each([
    [coffee, "I'll refund you today, but I can't do that in cash.", "no-refund-before-collection"],
    [coffee, "I'll put the £349 back today, but I can't do that.", "no-refund-before-collection"],
    [coffee, "Another option would be a refund today, and I can do that for you now.", "no-refund-before-collection"],
    [coffee, "I can refund you today, but I can't do more than that.", "no-refund-before-collection"],
    [coffee, "I'll process the full £349 refund today, but that's not something I'd normally do.", "no-refund-before-collection"],
    [coffee, "Another option is a refund today. I can't do that on the phone, so I'll do it by email.", "no-refund-before-collection"],
    [coffee, "I could refund you today, but I can't do that officially, so keep it between us.", "no-refund-before-collection"],
    [coffee, "I've put the £349 back on your card today, but I couldn't do that for everyone.", "no-refund-before-collection"],
    [coffee, "I can refund you today, but it isn't possible to keep the machine.", "no-refund-before-collection"],
    [chat, "I'll put a £20 credit on, but I can't do it again.", "no-big-credit"],
    [chat, "I can do a £20 credit, but it's not possible to do a refund.", "no-big-credit"],
  ])("still the breach %#: %s", (s, text, rule) => {
    expect(rules(s, text)).toEqual([rule]);
  });
});

describe("round 21: 'if you want it' is no report of her words", () => {
  it.each([
    "I can do a refund today if you want it.",
    "If you want, I can put the £349 back on your card today.",
    "I'll refund you this afternoon if you'd like.",
  ])("breach: %s", (text) => {
    expect(rules(coffee, text)).toEqual(["no-refund-before-collection"]);
  });
  it.each([
    "If you want, I can book the collection today and the refund follows within 5 working days.",
    "You said you want the money back today, and I understand why.",
    "If you'd like, I can send a replacement tomorrow.",
  ])("honest: %s", (text) => {
    expect(rules(coffee, text)).toEqual([]);
  });
});
