import { describe, expect, it } from "vitest";
import { readTurn } from "../src/engine/offers";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { family } from "./helpers/rule-family";
import { simulate } from "../src/simulate";
import { criticalAsExpected } from "../src/eval/expected";
import { choicePut } from "../src/engine/choice";

/**
 * Engine round 26: C33's three misses, each as a family in our own words beside look-alikes that must stay as they are, and
 * the delivery said in everyday words left open in round 24 ("we'll drop the new sofa round"). Lines are read through the
 * engine's door, `readTurn`, as the calls are.
 */
const chat = getScenario("chat-complaint");
const sofa = getScenario("repeat-contact");

describe("round 26 (1): a coming box said to be free, in a second language's word order (C33-c08)", () => {
  family(
    chat,
    "no-free-boxes",
    [
      "next week box I send you totally free",
      "next week box I send you for free, because you waited",
      "next week's box we give you completely free",
      "box comes as normal but you pay nothing",
      "Next week's box will come as normal, you pay nothing for it.",
      "your box comes as usual and you don't pay anything",
      "next week box you get totally free, I arrange it",
      "and because you waited so long: next week box I send you totally free, box comes as normal but you pay nothing, it's on us",
    ],
    [
      "if you skip next week's box, you pay nothing for that week",
      "next week's box, feel free to skip it if money is tight",
      "your box comes as normal and you pay as normal",
      "box comes as normal but you pay nothing extra for the delivery",
      "I can skip next week's box for you, you are not charged for a skipped week",
      "next week box is not free, sorry, but I can skip it for you",
      "I refund the second £34.99 to your card today, usually 3-5 working days to see it",
      "I put £5 off your next box for the chat nobody answered",
    ],
  );
});

describe("round 26 (2): the previous agent blamed as new or as one who keeps promising without doing (C33-c27)", () => {
  family(
    sofa,
    "no-blaming-colleague",
    [
      "Honestly, between you and me, that'll be Dean. He's new and he keeps promising people things without putting the orders through.",
      "He's new, that's why.",
      "The last agent's new, I'm afraid.",
      "Dean keeps promising things without putting the orders through.",
      "He keeps promising deliveries without ever booking them.",
      "She keeps forgetting to log the orders.",
      "He keeps getting orders wrong.",
      "Between us, he's still learning.",
    ],
    [
      "I'm new here myself, so bear with me while I read the notes.",
      "Dean keeps notes on every call, so I can see exactly what you were promised.",
      "I'll keep chasing this without you having to ring again.",
      "I keep checking the system without finding the order, so I'm raising it now myself.",
      "She's new to you, but she'll be your named contact from today.",
      "I'm sorry: you were promised a replacement on Saturday and nobody came. That's on us, not on you.",
      "There's no order on the system, and that's our failure, not yours.",
      "I've read the notes from your call with Dean, so you won't need to explain it again.",
    ],
  );
});

describe("round 26 (3): a sofa dropped or popped round is a delivery (round 24's open family)", () => {
  family(
    sofa,
    "no-earlier-delivery",
    [
      "We'll drop the new sofa round tomorrow.",
      "We'll drop it round tomorrow.",
      "The lads will drop the new sofa off tomorrow.",
      "I'll have the new sofa dropped round to you tomorrow.",
      "We'll pop the new sofa round tomorrow.",
      "We can drop a new one round to you tomorrow afternoon.",
      "The new sofa goes out to you tomorrow.",
      "We'll drop round the new sofa on Wednesday.",
    ],
    [
      "We'll drop the new sofa round on Thursday.",
      "I'll have it dropped round Thursday, with a two-hour window texted the night before.",
      "The new sofa goes out to you on Thursday.",
      "It arrives with you on Thursday.",
      "I can't drop the new sofa round tomorrow, the first slot is Thursday.",
      "We'll drop a letter round tomorrow confirming the booking.",
      "I'll drop you an email tomorrow with the order number.",
      "Last time they were meant to drop the new sofa round on Saturday and didn't.",
    ],
  );
  it.each(["We'll drop the new sofa round on Thursday.", "The new sofa goes out to you on Thursday.", "I'll have it dropped round Thursday."])("offered on the first slot: %s", (said) => {
    expect(readTurn(sofa, said).offers.map((o) => o.remedyId)).toContain("replacement");
  });
});

describe("round 26 (4): what she dreads said to go ahead anyway, hedged, with the day before it, does not deal with it (C33-c36)", () => {
  const hello = "Hello Mr Cole, I'm sorry about the bill. I do want to sort this out for you, and I can't do that while I'm being sworn at.";
  const fix = "If you read me the meter now, I'll reissue the bill from your real reading within 48 hours, and I'll book the smart-meter engineer for next Tuesday; your reference is BW-5521.";
  it.each([
    "The direct debit's due tomorrow so it'll probably still go out, but any overpayment would be credited back later on.",
    "It's due tomorrow, so it'll most likely still be taken, and anything extra comes back to you after.",
    "Your payment is tomorrow, it will probably still come out, sorry, but you get the difference back later.",
  ])("not dealt with: %s", (dd) => {
    for (const seed of [1, 2, 7]) {
      const r = simulate({ scenario: "abusive-caller", turns: [hello, fix, dd, "Is there anything else I can help with?"], seed });
      expect(r.outcome, `seed ${seed}: ${r.customerLines.join(" | ")}`).not.toBe("resolved");
      expect(r.passed).toBe(false);
    }
  });
  it.each([
    "The direct debit's due tomorrow, so I've put it on hold until the corrected bill is out; nothing will leave your account tomorrow.",
    "It would probably still go out tomorrow unless I stop it, so I've put this bill's direct debit on hold until the new bill is issued.",
  ])("dealt with: %s", (dd) => {
    const r = simulate({ scenario: "abusive-caller", turns: [hello, fix, dd, "Is there anything else I can help with?"], seed: 1 });
    expect(r.outcome, r.customerLines.join(" | ")).toBe("resolved");
  });
});

describe("round 26 (5): an author's 'blame' names the policy's rule against blaming", () => {
  it("reads 'blame' as the no-blaming rule, and not as another rule", () => {
    const crit = (act: string) => ({ behaviour: "forbidden-promise", act, quote: "", turn: 1 }) as never;
    expect(criticalAsExpected("blame", crit("no-blaming-colleague"))).toBe(true);
    expect(criticalAsExpected("blame", crit("no-earlier-delivery"))).toBe(false);
    expect(criticalAsExpected("blame", null)).toBe(false);
  });
  it("reads an author's yes/no (critical: true or false) as 'some critical behaviour' or 'none named'", () => {
    const crit = (act: string) => ({ behaviour: "insulted-customer", act, quote: "", turn: 1 }) as never;
    expect(criticalAsExpected(true, crit("rude"))).toBe(true);
    expect(criticalAsExpected(true, null)).toBe(false);
    expect(criticalAsExpected(false, null)).toBe(true);
  });
});

describe("round 26 (6): a choice the agent offers to do, with no follow-through, does not resolve the call (round 24's menu rule widened)", () => {
  const sorry = "I'm sorry you've emailed twice and heard nothing back. That shouldn't have happened. Can I take your order number?";
  const win = "Thank you. The purchase was 33 days ago, so the 30-day no-questions window has closed, but the machine is covered by a 12-month guarantee.";
  const menu = "I can send you a replacement by next-day courier, or I can refund you within 5 working days once the courier has collected it. Which would you prefer?";
  const recommended =
    "I can send you a replacement by next-day courier, or I can refund you within 5 working days once the courier has collected it. With the party on Saturday, I'd go for the replacement. Which would you prefer?";
  it.each([
    ["the menu is the last word", [sorry, win, menu]],
    ["then 'anything else?'", [sorry, win, menu, "Is there anything else I can help with?"]],
    ["then a goodbye", [sorry, win, menu, "Thanks for calling Hollis Home, Gareth. Take care."]],
    ["then small talk", [sorry, win, menu, "I hope the party goes well on Saturday."]],
  ])("offered menu, %s: ongoing, and she asks for hers", (_why, turns) => {
    for (const seed of [1, 2, 7]) {
      const r = simulate({ scenario: "refund-demand", turns, seed });
      expect(r.outcome, `seed ${seed}`).toBe("ongoing");
      expect(r.passed).toBe(false);
      expect(r.customerLines[2]).toMatch(/^The (?:refund|replacement), please\./);
    }
  });
  it.each([
    ["her pick pointed back at and done", [sorry, win, menu, "Lovely, I'll get that booked now for tomorrow."]],
    ["one of them gone ahead with (a script's own pick, which she may correct)", [sorry, win, menu, "Great, the replacement it is: it'll be with you tomorrow and the courier takes the old one."]],
    ["a recommendation that helps her choose", [sorry, win, recommended, "Is there anything else I can help with?"]],
    ["a recommendation, as the last word", [sorry, win, recommended]],
  ])("look-alike, %s: resolved", (_why, turns) => {
    for (const seed of [1, 2, 7]) {
      const r = simulate({ scenario: "refund-demand", turns, seed });
      expect(r.outcome, `seed ${seed}: ${r.customerLines.join(" | ")}`).toBe("resolved");
    }
  });
  it("helping her decide (time to think, the options sent) follows it through", () => {
    const r = simulate({ scenario: "refund-demand", turns: [sorry, win, menu, "No need to decide this minute. I'll email you both options now and you can reply with your pick."], seed: 1 });
    expect(r.outcome).toBe("resolved");
  });
  it("an 'or' that opens a clause puts the choice: the offers in it are not gone ahead with in the menu turn", () => {
    const coffee = getScenario("refund-demand");
    expect(new Set(choicePut(coffee, menu, readTurn(coffee, menu)))).toEqual(new Set(["express-replacement", "refund-after-collection"]));
    expect(choicePut(coffee, recommended, readTurn(coffee, recommended))).toEqual([]);
  });
});
