import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { engagesWithRemedies, readCommitments } from "../src/commitments";
import { loadProbes, PROBES_FILE, scenarioOf as getScenario, scoreProbes } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

const billing = getScenario("billing-error");
const refund = getScenario("refund-demand");
const misled = getScenario("misled-features");
const gym = getScenario("policy-exception");
const energy = getScenario("abusive-caller");

describe("forbidden promises the issue quotes are breaches", () => {
  it("a refund before collection, quoting the learner's words", () => {
    const r = readCommitments(refund, "Leave it with me, I'll refund you today and you can keep the machine.");
    expect(r.breaches.map((b) => b.ruleId)).toContain("no-refund-before-collection");
    const b = r.breaches.find((x) => x.ruleId === "no-refund-before-collection")!;
    expect(b.quote.text).toMatch(/refund you today/);
    expect(b.reason).toMatch(/after collection/);
  });
  it("a refund the policy forbids (moving house)", () => {
    const r = readCommitments(gym, "Given you're moving, I'll refund the remaining eight months.");
    expect(r.breaches.map((b) => b.ruleId)).toEqual(["no-refund-for-moving"]);
  });
  it("free months", () => {
    expect(readCommitments(billing, "I'll give you next month free to make up for it.").breaches[0]?.ruleId).toBe("no-free-months");
    expect(readCommitments(misled, "How about a year of Premium on us?").breaches[0]?.ruleId).toBe("no-extra-compensation");
  });
  it("an unreleased feature", () => {
    const r = readCommitments(misled, "Automatic offline access is coming in the next update, so you won't have to do this for long.");
    expect(r.breaches[0]?.ruleId).toBe("no-future-features");
  });
  it("a credit above the cap, in words", () => {
    const r = readCommitments(billing, "I'm adding a goodwill credit of twenty-five pounds to your account.");
    expect(r.breaches[0]).toMatchObject({ ruleId: "no-credit-over-15", amount: { amount: 25, currency: "GBP" } });
  });
  it("an engineer sooner than the system offers, but not the offered slot", () => {
    expect(readCommitments(energy, "I'll make sure the engineer comes on Friday instead.").breaches[0]?.ruleId).toBe("no-engineer-promise");
    expect(readCommitments(energy, "I've booked the engineer for next Tuesday, your reference is BW-55210.").breaches).toEqual([]);
  });
});

describe("honest refusals and explanations are not breaches", () => {
  const honest: [typeof refund, string][] = [
    [refund, "I can't refund you today because the refund only goes through once the courier has collected the machine."],
    [refund, "Refunds go out once the courier collects it, and then they take up to five working days."],
    [refund, "You're outside the 30-day window, so there's nothing I can do about a refund."],
    [billing, "I can't get the money back to you today, because card refunds take 3 to 5 working days to clear."],
    [billing, "If I could get it back to you today I would, but the banks take 3 to 5 days."],
    [gym, "I can ask my manager to look at it, but I can't promise they'll make an exception."],
    [misled, "You mentioned you felt lied to, and I understand why it feels that way."],
    [energy, "The last agent said you wouldn't have to pay it? I'm sorry, that wasn't right."],
  ];
  it.each(honest.map(([s, t]) => [s.id, t] as const))("%s: %s", (id, text) => {
    const r = readCommitments(getScenario(id), text);
    expect(r.breaches).toEqual([]);
    expect(r.statements.length).toBeGreaterThan(0);
  });
  it("tells a refusal from an explanation and a report", () => {
    const r = readCommitments(refund, "I can't refund you today, but refunds go out once the courier collects it.");
    expect(r.statements.map((s) => s.type)).toEqual(["refusal", "explanation"]);
    const rep = readCommitments(energy, "You were told an engineer would come twice, and nobody turned up.");
    expect(rep.statements[0]?.type).toBe("reported");
  });
});

describe("offers", () => {
  it("a question that puts forward an allowed remedy is an offer, not a breach", () => {
    const r = readCommitments(refund, "Would a replacement tomorrow help, so it's working for Saturday?");
    expect(r.breaches).toEqual([]);
    expect(r.offers[0]).toMatchObject({ remedyId: "express-replacement", question: true, timing: { days: 1 } });
  });
  it("reads amounts in words and digits, and relative amounts against the sum in dispute", () => {
    expect(readCommitments(billing, "I can put fifteen quid credit on your account.").offers[0]?.amount).toMatchObject({ amount: 15, currency: "GBP" });
    expect(readCommitments(billing, "I'm adding a £15 goodwill credit to your next bill.").offers[0]).toMatchObject({ remedyId: "goodwill-up-to-15", withinPolicy: true });
    expect(readCommitments(energy, "i'll sort you a tenner credit for the hassle").breaches[0]?.amount?.amount).toBe(10);
    expect(readCommitments(gym, "I'll make sure you get half your money back.").breaches[0]?.amount).toMatchObject({ amount: 140, relative: "half" });
  });
  it("reads when: after an event, working days, weekdays", () => {
    const r = readCommitments(refund, "Once the courier's collected it, I'll refund you in full within five working days.");
    expect(r.breaches).toEqual([]);
    expect(r.offers[0]?.remedyId).toBe("refund-after-collection");
    const t = readCommitments(billing, "Once it's removed, the refund goes back to your card today and should show in 3 to 5 working days.");
    expect(t.breaches).toEqual([]);
  });
  it("tells apart two remedies of one kind by their words", () => {
    expect(readCommitments(misled, "I'll email you the illustrated offline guide and the two-minute video right now.").offers[0]?.remedyId).toBe("send-guide");
    expect(readCommitments(gym, "Would it help to transfer the remaining months to your grandson Tom?").offers[0]?.remedyId).toBe("transfer-person");
  });
});

describe("engagesWithRemedies", () => {
  it("a refusal with a date in it is not a concrete fix", () => {
    expect(engagesWithRemedies(refund, "You're outside the 30-day window, so there's nothing I can do about a refund.")).toBe(false);
    expect(engagesWithRemedies(refund, "I understand, I'll look into it for you.")).toBe(false);
  });
  it("an allowed remedy, or its real timing, is", () => {
    expect(engagesWithRemedies(refund, "I can send a replacement by next-day courier and collect the faulty one at the same time.")).toBe(true);
    expect(engagesWithRemedies(billing, "It usually shows in 3 to 5 working days.")).toBe(true);
    expect(engagesWithRemedies(energy, "I'm putting the direct debit on hold until the corrected bill is out.")).toBe(true);
  });
});

describe("policy probes", () => {
  const probes = loadProbes(PROBES_FILE);
  it("has at least 10 paraphrases per forbidden rule and 10 honest lines per scenario", () => {
    for (const id of ["billing-error", "misled-features", "refund-demand", "policy-exception", "abusive-caller"]) {
      const s = getScenario(id);
      for (const rule of s.policy.forbidden) expect(probes.filter((p) => p.rule === rule.id && p.scenario === id).length, rule.id).toBeGreaterThanOrEqual(10);
      expect(probes.filter((p) => p.expect === "honest" && p.scenario === id).length, id).toBeGreaterThanOrEqual(10);
    }
  });
  // floors a little under what each half reaches, so a regression fails without pinning every item
  it.each([
    ["tune", 0.97, 0.97],
    ["check", 0.95, 0.95],
    ["batch2", 0.95, 0.95],
    ["batch3", 0.95, 0.95],
    // a compliance analyst's probes over all ten scenarios, round 7: before it P .983 R .496, after it P 1.000 R .914;
    // round 12: R .922 -> .991
    ["batch4", 0.98, 0.97],
    // a third author's probes (Z), round 10: before it P 1.000 R .700, after it P 1.000 R .992
    ["batch5-tune", 0.98, 0.97],
    // a fourth author's probes (Z3), round 12: before it P .989 R .776 (1 of 60 honest lines breached), after it P 1.000 R .991
    ["batch7-tune", 0.98, 0.97],
  ])("%s half: breach precision >= %s, recall >= %s, no honest line breaches", (split, p, r) => {
    const sc = scoreProbes(probes.filter((x) => x.split === split));
    expect(sc.precision).toBeGreaterThanOrEqual(p);
    expect(sc.recall).toBeGreaterThanOrEqual(r);
    expect(sc.honestFalse).toBe(0);
    expect(sc.offerFalse).toBe(0);
  });
  it("batch5-check (scored only in aggregate): precision and recall do not fall below round 10's", () => {
    // main before round 10: P .990 R .794 (1 of 59 honest lines breached); round 10: P .991 R .832
    // round 12: P 1.000 R .931 (0 of 59); its errors were listed once in round 12, so it no longer measures an unseen author
    const sc = scoreProbes(probes.filter((x) => x.split === "batch5-check"));
    expect(sc.precision).toBeGreaterThanOrEqual(0.98);
    expect(sc.recall).toBeGreaterThanOrEqual(0.9);
    expect(sc.honestFalse).toBeLessThanOrEqual(1);
  });
  it("batch6-check (author Z2, never shown to a developer; aggregate only): precision and recall do not fall below the lead's look", () => {
    // a compliance officer's 363 probes, written after round 10's rules: main before round 10 P .988 R .673
    // (2 of 115 honest lines breached); after round 10 P .989 R .734 (2 of 115); after round 12 P .989 R .750 (2 of 115);
    // after round 13 P .990 R .766 (2 of 115)
    const sc = scoreProbes(probes.filter((x) => x.split === "batch6-check"));
    expect(sc.precision).toBeGreaterThanOrEqual(0.97);
    expect(sc.recall).toBeGreaterThanOrEqual(0.75);
    expect(sc.honestFalse).toBeLessThanOrEqual(2);
  });
  it("batch7-check (author Z3's other half, aggregate only): precision and recall do not fall below round 12's", () => {
    // before round 12 P 1.000 R .819 (0 of 60 honest lines breached); after round 12 P 1.000 R .879 (0 of 60)
    const sc = scoreProbes(probes.filter((x) => x.split === "batch7-check"));
    expect(sc.precision).toBeGreaterThanOrEqual(0.98);
    expect(sc.recall).toBeGreaterThanOrEqual(0.86);
    expect(sc.honestFalse).toBeLessThanOrEqual(1);
  });
});

describe("spans", () => {
  const texts = loadProbes(PROBES_FILE).map((p) => ({ scenario: p.scenario, text: p.text }));
  it("quote the learner's words on word boundaries", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 4 }), (picked) => {
        const text = picked.map((p) => p.text).join(" ");
        const r = readCommitments(getScenario(picked[0]!.scenario), text);
        for (const m of [...r.offers, ...r.breaches, ...r.statements]) {
          expect(text.slice(m.quote.start, m.quote.end)).toBe(m.quote.text);
          expect(/\w/.test(text[m.quote.start - 1] ?? " ") && /\w/.test(text[m.quote.start]!)).toBe(false);
          expect(/\w/.test(text[m.quote.end] ?? " ") && /\w/.test(text[m.quote.end - 1]!)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
  it("does not split p.m. or a price", () => {
    const r = readCommitments(refund, "I'll make sure you get the replacement before 1 p.m. tomorrow.");
    expect(r.offers[0]?.quote.text).toBe("I'll make sure you get the replacement before 1 p.m. tomorrow");
  });
});

describe("the scenarios' own branching choices", () => {
  it("breach a rule exactly when their feedback calls the promise forbidden", async () => {
    const { catalogue } = await import("@defuse/content");
    for (const s of catalogue.scenarios) {
      for (const n of s.branching.nodes) {
        for (const c of n.choices) {
          // ("breaks … policy": the feedback of repeat-contact's "Dean's quite new, so he may not have known…", read as the
          // colleague blamed since engine round 26, and the two choices that break policy twice)
          const flagged = /forbidden|critical failure|breaks (?:this scenario's )?policy/i.test(c.feedback) && !c.labels.includes("rude");
          expect(readCommitments(s, c.text).breaches.length > 0, `${s.id}/${c.id}`).toBe(flagged);
        }
      }
    }
  });
});

describe("look-alikes from the labelled agent lines", () => {
  it.each([
    ["billing-error", "I'll give you a call on Thursday to make sure the refund has landed."],
    ["abusive-caller", "I'll call you tomorrow once the engineer's been."],
    ["abusive-caller", "I've put a priority flag on the repair and booked the first engineer slot."],
    ["policy-exception", "I'll ask my manager whether we can make an exception."],
    ["policy-exception", "I can understand why you'd want an exception here."],
    ["policy-exception", "I'll do my best to get this approved, but I can't promise."],
    ["misled-features", "Most people figure it out in five minutes."],
    ["refund-demand", "I can give you a £10 voucher for the hassle on top of the refund once it's collected."],
    ["billing-error", "I've raised a refund for the extra £42.50, and it'll show in 3 to 5 working days."],
  ])("%s: %s is not a breach", (id, text) => {
    expect(readCommitments(getScenario(id), text).breaches).toEqual([]);
  });
});

describe("calls-dev4 regressions: the policy's own sums and remedies are not the forbidden remedy", () => {
  const chat = getScenario("chat-complaint");
  const sofa = getScenario("repeat-contact");
  const rules = (s: ReturnType<typeof getScenario>, text: string) => [...new Set(readCommitments(s, text).breaches.map((b) => b.ruleId))];
  const offered = (s: ReturnType<typeof getScenario>, text: string) => readCommitments(s, text).offers.map((o) => o.remedyId);

  it("removing the disputed fee, by its exact sum or by name, is the allowed fee removal, not a credit above the cap", () => {
    for (const text of ["I've taken the £59.98 off.", "Brilliant, with that tracking number I can take the fee off.", "I've credited the £59.98 back to your account.", "I've taken the equipment charge off your account."]) {
      expect(rules(billing, text), text).toEqual([]);
      expect(offered(billing, text), text).toContain("remove-fee-with-proof");
    }
  });
  it("a credit above the cap is still a breach, even of the disputed sum when it is given for the trouble or on top", () => {
    for (const text of ["I've put a £60 credit on your account.", "I've taken £59.98 off your next bill for the trouble.", "You'll get a credit of £59.98 on top of the refund.", "I'll knock £20 off your next bill."]) {
      expect(rules(billing, text), text).toEqual(["no-credit-over-15"]);
    }
    expect(rules(chat, "I've put £35 off your next box.")).toEqual(["no-big-credit"]);
  });
  it("the duplicate's own sum taken off is the allowed refund of it", () => {
    expect(rules(chat, "I've taken £34.99 off your next box.")).toEqual([]);
    expect(offered(chat, "I've taken £34.99 off your next box.")).toEqual(["refund-duplicate"]);
  });
  it("a skipped week is the allowed skip, not a free week", () => {
    for (const text of [
      "if it helps with Friday, I can skip next week's box for you, you won't be charged for a skipped week.",
      "ok, next week's skipped, and I've logged a complaint about Saturday.",
      "I can skip next week's box at no charge if that helps?",
    ]) {
      expect(rules(chat, text), text).toEqual([]);
      expect(offered(chat, text), text).toContain("skip-box");
    }
  });
  it("a week or box given free, on its own or on top of a skip, is a free week", () => {
    for (const text of [
      "I'll give you next week's box free.",
      "Next week's box is on us.",
      "You won't be charged for next week's box.",
      "I'll skip next week's box and give you the week after free.",
    ]) {
      expect(rules(chat, text), text).toEqual(["no-free-boxes"]);
    }
  });
  it("a delivery promised on a named weekday before the first slot is a commitment to that date", () => {
    for (const text of [
      "it'll be with you Wednesday",
      "The system's showing Thursday, but I'll put a special note on it and get it out to you on Wednesday instead.",
      "I'll have it delivered on Tuesday.",
    ]) {
      const r = readCommitments(sofa, text);
      expect(r.breaches.map((b) => b.ruleId), text).toEqual(["no-earlier-delivery"]);
      expect(r.breaches[0]!.timing?.weekday).toMatch(/wednesday|tuesday/);
    }
  });
  it("the first slot, or a refusal of an earlier one, is not", () => {
    for (const text of ["it'll be with you Thursday", "I can't get it to you before Thursday, I'm sorry.", "I can't promise it'll be with you Wednesday."]) {
      expect(rules(sofa, text), text).toEqual([]);
    }
    expect(offered(sofa, "it'll be with you Thursday")).toEqual(["replacement"]);
  });
  it("a delivery cue is read only where the policy speaks of goods (money 'with you' elsewhere is not a replacement)", () => {
    expect(readCommitments(billing, "It'll be with you in 3 to 5 working days.").offers.map((o) => o.kind)).not.toContain("replacement");
  });
});

describe("calls-dev6 regressions: paying later, a free skip, a possessive day and an email's arrival are not forbidden promises", () => {
  const chat = getScenario("chat-complaint");
  const widow = getScenario("bereavement");
  const rules = (s: ReturnType<typeof getScenario>, text: string) => [...new Set(readCommitments(s, text).breaches.map((b) => b.ruleId))];

  it("not paying yet, or not all at once, is not writing the balance off", () => {
    for (const text of ["There's no need to pay that today.", "That leaves £84.40, and you don't need to pay it all at once.", "You don't need to pay anything until the team has called you."]) {
      expect(rules(widow, text), text).toEqual([]);
    }
  });
  it("not paying at all, or 'now or ever', still is", () => {
    for (const text of ["You don't need to pay it, I've cleared it.", "You won't have to pay a penny of it.", "You won't need to pay the £84.40 now or later.", "There's no need to pay that."]) {
      expect(rules(widow, text), text).toEqual(["no-write-off"]);
    }
  });
  it("a skip said to be free is the allowed skip at no charge", () => {
    for (const text of ["if it helps, i can skip next week's box free so nothing comes out this sunday.", "I can skip next week's box for free."]) {
      expect(rules(chat, text), text).toEqual([]);
      expect(readCommitments(chat, text).offers.map((o) => o.remedyId), text).toContain("skip-box");
    }
    // a box given free (on its own or on top of a skip) stays a free box
    expect(rules(chat, "I'll skip next week's box and give you the week after free.")).toEqual(["no-free-boxes"]);
    expect(rules(chat, "I'll give you next week's box free.")).toEqual(["no-free-boxes"]);
  });
  it("a day in the possessive dates its own noun, not the next clause's remedy", () => {
    const text = "Here's what I'll do, in order: take a real reading from you now, stop tomorrow's payment, and book the engineer properly.";
    expect(rules(energy, text)).toEqual([]);
    expect(readCommitments(energy, text).offers.map((o) => o.remedyId)).toContain("book-engineer");
    for (const t of ["I've booked the engineer for tomorrow.", "I'll book tomorrow's engineer slot for you."]) expect(rules(energy, t), t).toEqual(["no-engineer-promise"]);
  });
  it("an email arriving in minutes with the refund written down is not the money arriving (engine's reading)", async () => {
    const { readTurn } = await import("../src/engine/offers");
    const ok = "You'll get an email in the next few minutes with your reference, the £59.98 refund and the £15 credit written down, so you've got it in black and white.";
    expect(readTurn(billing, ok).breaches).toEqual([]);
    for (const t of ["You'll get an email with your reference, and the £59.98 refund will be in your account within the hour.", "You'll get your £59.98 refund in the next few minutes, and an email with the reference."]) {
      expect(readTurn(billing, t).breaches.map((b) => b.ruleId), t).toEqual(["no-same-day-refund"]);
    }
  });
});

// The round-6 independent author's probes lived outside the repository (/work/data/v2/policy-probes) and did not
// survive a move to a new machine, so their skip-if-absent floors are gone; the unseen-author floor is now
// batch6-check above (author Z2, in the repository, aggregate only).

describe("round 7 readings (batch4): each beside a look-alike that must stay honest", () => {
  const { chat, widow, mobile, sofa, parcel, both } = lookalikes();

  it("a remedy stated as a fact with a forbidden arrival time is the promise; the time of the act alone is not", () => {
    both(billing, "The refund's done, it goes back into your account and you'll see it later today.", "no-same-day-refund", "The refund leaves us today and shows in 3 to 5 working days.");
    both(chat, "That's processed, the money lands in your bank first thing tomorrow.", "no-instant-refund", "I've refunded the £34.99 to your card today; banks take 3 to 5 working days.");
  });
  it("an arrival said of the money named before ('it'll be back…') carries the time", () => {
    both(billing, "I've put the refund through. It'll be back with you by tonight.", "no-same-day-refund", "I've put the refund through. It'll be back with you in 3 to 5 working days.");
    both(billing, "I've put the refund through. You should have it within the hour.", "no-same-day-refund", "I've put the refund through. I can't promise you'll have it within the hour.");
  });
  it("the refund first with the collection put after breaks 'after collection'; the collection first does not", () => {
    both(sofa, "The refund is going through now, we'll pick the sofa up afterwards.", "no-refund-before-collection", "We'll pick the sofa up on Thursday, then the refund goes through.");
    both(refund, "I'll refund you first and then arrange the collection.", "no-refund-before-collection", "I can't send the refund before the courier picks it up.");
  });
  it("a same-day promise joined to an honest one (known gap)", () => {
    both(billing, "You'll get the refund today, with an email confirming the reference.", "no-same-day-refund", "You'll get an email today confirming the refund and the reference.");
  });
  it("a period of service at no cost is a free period, not a duration or the allowed skip", () => {
    both(billing, "I'll add two months of broadband at no charge for the wait.", "no-free-months", "I can spread what's left over six months at no extra cost.");
    both(chat, "Your next box is free, as a sorry from us.", "no-free-boxes", "I can skip next week's box, so you won't be charged for it.");
    both(chat, "I'll send next week's box at no charge.", "no-free-boxes", "Next week's box is skipped at no charge.");
    both(mobile, "Stay with us and I'll knock off your next month's bill entirely.", "no-free-months", "I can knock £10 off your next bill as a credit.");
  });
  it("a free period where the policy never speaks of one is goodwill in kind", () => {
    both(widow, "I'll give you a month's line rental without charge for all this.", "no-compensation", "I can't offer any credit myself; the bereavement team decides any goodwill.");
  });
  it("a handset at no cost is a free upgrade, not a free month", () => {
    both(mobile, "If you stay I'll send you a new handset, no charge.", "no-free-handset", "I can't give you a new handset, but wifi calling is free to switch on.");
  });
  it("a sum raised or repeated is read at its new size", () => {
    both(billing, "The most is usually fifteen, but I'll make it thirty for you.", "no-credit-over-15", "The most I can do is fifteen, and I'll put that on as a credit now.");
    both(refund, "The voucher's normally £20, but I'll double it for the trouble.", "no-cash-compensation", "The voucher's £20, and I'll send it today.");
  });
  it("a colleague named with a fault is blame; owning it as the company is not", () => {
    both(parcel, "The driver clearly got it wrong and left it at the wrong door.", "no-driver-blame", "I'm not going to say whose fault it is until the photo's been checked.");
    both(sofa, "The previous advisor didn't actually raise the order, that's on him.", "no-blaming-colleague", "The order was never raised, and that's on us as a company.");
    both(misled, "They told you that on purpose to close the sale.", "no-blaming-sales", "You said you felt they lied to you, and I understand why.");
  });
  it("a balance let go or not owed is a write-off; not paying yet is not", () => {
    both(widow, "We'll let the balance go, you won't owe us anything.", "no-write-off", "You won't owe anything extra while the hold is on; nobody will chase you for it.");
  });
  it("the team calling sooner than it can is a rushed call; its real time is not", () => {
    both(widow, "You'll hear from the bereavement team tomorrow morning.", "no-rushed-team-call", "You'll hear from the bereavement team within 2 working days.");
    // vague words for the team's call count only against the rule, never as the allowed call back
    expect(readCommitments(billing, "The team will be in touch as soon as possible.").offers).toEqual([]);
    expect(readCommitments(billing, "I'll call you back on Monday at one to check it's landed.").offers.map((o) => o.remedyId)).toContain("call-back");
  });
  it("a resend or a delivery sooner than the first slot", () => {
    both(parcel, "I'll get the sender to resend it today.", "no-refund-today", "The sender has to refund or resend within 2 working days of the depot's check.");
    both(sofa, "I've squeezed you in for Tuesday.", "no-earlier-delivery", "I've booked you in for Thursday, the first slot.");
  });
  it("an offer with a tag or a proposal is an offer", () => {
    both(parcel, "I'll put £30 credit on your account, alright?", "no-compensation", "I can't put credit on your account, alright? That's the claims team's call.");
    both(energy, "Would a £20 goodwill payment calm things down?", "no-compensation-amount", "Would a reading now help calm things down? I can reissue the bill within 48 hours.");
  });
});

describe("engine round 7 (calls-dev7): a commitment is read by what it commits to, arrival vs dispatch", () => {
  const rules = (text: string) => [...new Set(readCommitments(billing, text).breaches.map((b) => b.ruleId))];
  it("the money said to leave us today, after a fee removed, dates the dispatch, not the money reaching her", () => {
    // u-billing-error-1, turn 4: an excellent call failed on this sentence
    expect(rules("I've now removed the £59.98, and the refund leaves us today, back to the bank account your direct debit comes from.")).toEqual([]);
    expect(rules("I've now removed the £59.98, and the refund goes out today.")).toEqual([]);
    expect(rules("I've removed the fee and the refund is sent today.")).toEqual([]);
  });
  it("the same dispatch with the money said to reach her today is still the same-day promise", () => {
    expect(rules("I've now removed the £59.98, and the refund goes out today and you'll see it tonight.")).toEqual(["no-same-day-refund"]);
    expect(rules("I've removed the fee and the refund is sent today, so you'll have it today.")).toEqual(["no-same-day-refund"]);
    expect(rules("I've removed the fee and the refund will be in your account today.")).toEqual(["no-same-day-refund"]);
  });
});

describe("engine round 9 (calls-dev8): a period added and said to cost nothing is a free period", () => {
  const app = getScenario("misled-features")!;
  const rules = (text: string) => [...new Set(readCommitments(app, text).breaches.map((b) => b.ruleId))];
  // written before the change: v-misled-features-4's sentence first, then paraphrases of a free period as compensation
  const freePeriods = [
    "To make up for the trouble, I'm going to add six months of Premium on top of your year, completely free, so you've got plenty of time to get it working.",
    "I'll add three months of Premium to your account, totally free.",
    "I'm adding an extra two months onto your plan, free of charge.",
    "Let me throw in another six months of Premium on the house.",
    "I'll tack a couple of months onto your subscription, on us.",
    "You won't be charged for the next three months, as an apology.",
    "I've added six months to your year at no cost to you.",
    "I'll extend your Premium by half a year, free.",
    "As a goodwill gesture I'll pop four extra months of Premium on your account, absolutely free.",
    "I can give you six more months of Premium, and you won't pay a penny for them.",
  ];
  // honest near-misses: free months refused, the free trial described, the allowed refund of what she paid, "feel free"
  const honest = [
    "I'm afraid I can't add free months to your plan; what I can do is explain how offline albums work or refund you.",
    "Free months aren't something I'm able to give, I'm sorry, but the refund is open to you.",
    "You signed up after the seven-day free trial, so that's already finished.",
    "The free trial lasts seven days, and after that Premium is \u00a379 a year.",
    "I can refund the \u00a379 you paid for the year, since you're within the 14 days.",
    "I'm not allowed to give extra months free, but I can move you to the monthly plan.",
    "Feel free to call back any time in the next six months if it gives you trouble.",
    "Your year of Premium runs until next March, and nothing extra is charged for the set-up guide.",
    "I'll email you the set-up guide, it's free, and it takes about five minutes.",
    "I wish I could add some free months, but that isn't something we offer.",
  ];
  it.each(freePeriods)("%s breaks the no-compensation rule", (t) => {
    expect(rules(t)).toEqual(["no-extra-compensation"]);
  });
  it.each(honest)("%s breaks no rule", (t) => {
    expect(rules(t)).toEqual([]);
  });
});

describe("round 10 (batch5, calls-dev9): what is committed, not how it is phrased; each beside an honest look-alike", () => {
  const { chat, widow, mobile, sofa, parcel, rules, both } = lookalikes();

  it("calls-dev9: the allowed act of the day is not a promise of arrival (dispatch is not arrival)", () => {
    // c9-billing-error-2 turn 5 and c9-chat-complaint-3 turn 3, good calls that failed on these
    expect(rules(billing, "I'm taking the £59.98 off now. It's gonna go back to your bank, the same account the direct debit comes out of, and it leaves us today.")).toEqual([]);
    expect(rules(chat, "I see both £34.99 payments, Sunday 06:02 and 06:03. the second one's a duplicate. refunding it now.")).toEqual([]);
    expect(rules(billing, "I'm processing the refund now; it usually shows in 3 to 5 working days.")).toEqual([]);
    expect(rules(chat, "refunding it now, it leaves us today and shows in 3-5 working days")).toEqual([]);
    // the same words with the money said to reach her today are the promise
    expect(rules(billing, "It's gonna go back to your bank, and you'll have it today.")).toEqual(["no-same-day-refund"]);
    expect(rules(billing, "I'm refunding it now, so it's back in your account straight away.")).toEqual(["no-same-day-refund"]);
    // where the policy's refund does not leave the same day (the sender refunds after the depot's check), the act today is too soon
    expect(rules(parcel, "refunding it now.")).toEqual(["no-refund-today"]);
  });
  it("arrival said of money named nowhere before, on a call that sends no goods", () => {
    both(chat, "i've put it through, you'll see it back by tomorrow morning", "no-instant-refund", "i've put it through. your bank should show it in 3 to 5 working days");
    both(billing, "I've sent it across already, so it'll be back on your card by this evening.", "no-same-day-refund", "I've sent it across already, so it'll be back on your card in 3 to 5 working days.");
    // a need said back to her is not a promise
    expect(rules(billing, "So it's less the sixty quid itself and more that it has to be back before Friday.")).toEqual([]);
  });
  it("commitments made for another team are commitments", () => {
    both(billing, "Accounts will sort a free month for you, I've already asked.", "no-free-months", "Accounts can't give free months, but I can add a £15 credit myself.");
    both(billing, "I'll get finance to waive your bill for next month.", "no-free-months", "I'll get finance to waive the equipment fee once I have the tracking number.");
    both(widow, "I'll get the team to ring you this afternoon.", "no-rushed-team-call", "I'll get the team to ring you within 2 working days.");
    both(sofa, "Our delivery lads will bring the new sofa round on Tuesday.", "no-earlier-delivery", "Our delivery team will bring the new sofa on Thursday, with a two-hour window texted the night before.");
    both(getScenario("abusive-caller"), "Billing will scrap the whole lot, since the engineer never came.", "no-write-off", "I can't scrap the whole lot, but the real reading will bring it down.");
  });
  it("conditional commitments ('if you stay…', 'if I escalate…') are commitments", () => {
    both(billing, "If you stay with us, I'll make sure the fifty-nine ninety-eight is back in your account tonight.", "no-same-day-refund", "If you stay, I can add a fifteen pound credit to your next bill.");
    both(mobile, "If you stay, your first three months on the SIM-only plan are free.", "no-free-months", "If you stay, your first bill on the SIM-only plan is £20, with no new minimum term.");
    both(gym, "If I pass it to my manager, she'll give you the £280 back.", "no-exception-promise", "If I pass it to my manager, she'll look at it, but I can't promise what she'll decide.");
  });
  it("a new phone where the policy forbids free handsets, however it is offered", () => {
    both(mobile, "we can send you a brand new phone, no charge, if you stay.", "no-free-handset", "we can't send you a new phone, but wifi calling would fix the dropped calls.");
    both(mobile, "How would a free Samsung sound? It's yours if you stay.", "no-free-handset", "How would wifi calling sound? It's free to switch on.");
    // a SIM is not a handset
    expect(rules(mobile, "I'll send you a replacement SIM, free of charge, if yours is damaged.")).toEqual([]);
  });
  it("sums in words and chat shorthand ('ill' for I'll)", () => {
    both(getScenario("cancellation"), "ill give u twenty-five quid back for the overcharging", "no-big-credit", "ill give u a tenner credit for the overpaid months");
    both(refund, "ill put £45 back on ur card as compensation for the emails", "no-cash-compensation", "ill send a £20 voucher for the emails");
    expect(rules(mobile, "She's been ill, so I'll give you a call back instead.")).toEqual([]);
  });
  it("money to make up for a loss is compensation", () => {
    both(parcel, "I'll cover the cost of the job you lose, don't worry.", "no-compensation", "I can't cover the job you might lose, I'm sorry; the claims team decides anything like that.");
    both(parcel, "You'll get a bit of money back for the trouble, say thirty quid.", "no-compensation", "You'll get your money back within 2 working days of the depot's check, if the claim goes your way.");
    both(energy, "We'll pay you sixty pounds for the three broken promises.", "no-compensation-amount", "The complaints team decides any payment for the broken promises; I can log it for them.");
    both(chat, "I'll match that charge with a £34.99 credit on your account.", "no-big-credit", "I've refunded the £34.99, so that charge is matched and cancelled out.");
  });
  it("a colleague blamed by name or as a group; the company owning it is not blame", () => {
    both(sofa, "Sarah in dispatch messed up the booking, that's why nobody came.", "no-blaming-colleague", "Nobody came on Saturday, and that's on us. I'm sorry.");
    both(sofa, "Looks like Tom just forgot to book the van.", "no-blaming-colleague", "Lena, I've raised the order for Thursday.");
    both(sofa, "Some of the agents here don't follow things up.", "no-blaming-colleague", "We didn't follow it up, and I'm sorry.");
    both(misled, "Honestly, the sales team will tell you anything.", "no-blaming-sales", "The sales chat's answer was misleading, and I've logged it so the wording gets fixed.");
    both(misled, "Sales knew perfectly well it only works with albums kept on the device.", "no-blaming-sales", "I know it only works with albums kept on the device, and I'll show you how.");
    expect(rules(sofa, "Unfortunately we forgot to book the van, and that's on us.")).toEqual([]);
  });
  it("a feature said to be on its way, by version or by season; a disclaimer reaches across 'or whether'", () => {
    both(misled, "Automatic offline downloads are coming, probably in the spring update.", "no-future-features", "I can't tell you when, or whether, automatic offline downloads will come.");
    both(misled, "It'll sync itself in version 6.", "no-future-features", "It syncs albums you've switched to 'Keep on this device'.");
  });
  it("write-offs and free periods in other words", () => {
    both(widow, "Once the certificate's in, the arrears just vanish.", "no-write-off", "Once the certificate's in, the account moves into your name; the balance stays, spread if you like.");
    both(widow, "Consider the outstanding amount gone.", "no-write-off", "The outstanding amount is £84.40 once the fee is off.");
    both(mobile, "I can knock the next two months off, so you won't pay anything until the new year.", "no-free-months", "I can knock £10 off the next bill as a credit for the months you overpaid.");
  });
  it("relative days: 'well before Thursday' is before the first slot; 'on Thursday' is not", () => {
    both(sofa, "I've pushed it to the front of the queue, so expect it early this week, well before Thursday.", "no-earlier-delivery", "I've booked the first slot, so expect it on Thursday, with the window texted the evening before.");
    both(sofa, "If you can be in tomorrow, I'll make sure it's delivered then.", "no-earlier-delivery", "If you can be in on Thursday, I'll make sure it's delivered then.");
  });
  it("a verbless hand-over of the sum is the refund; a recap of the allowed one is not a breach", () => {
    both(gym, "Two hundred and eighty pounds back to you, then.", "no-refund-for-moving", "Two hundred and eighty pounds is what you've worked out, and I understand why.");
    expect(rules(billing, "So: fee's removed, £59.98 back to your bank in 3 to 5 working days, £15 off next bill.")).toEqual([]);
  });
  it("the refund before the collection, said as done, with the pick-up put after", () => {
    both(sofa, "refund's done, £649 back to you, we'll grab the sofa later", "no-refund-before-collection", "we'll grab the sofa on Thursday, and the £649 goes back to you once it's collected");
    both(sofa, "I'll release the money to you today and we'll fetch the sofa whenever suits.", "no-refund-before-collection", "The money is released to you once we've collected the sofa on Thursday.");
  });
  it("reassurance is not a negation: 'don't worry about X, …' still promises what follows", () => {
    both(billing, "Don't worry about next month's bill, that one's on us.", "no-free-months", "Sorry for the mix-up with this bill, that's on us.");
    both(chat, "youll have it back tmrw dont worry", "no-instant-refund", "dont worry, i'll skip next week's box so you're not charged for it");
    both(widow, "Joan, don't worry about the balance, that's all written off.", "no-write-off", "Joan, take your time; don't worry about the letters, I'm putting the account on hold for 60 days.");
    both(mobile, "Next month's on us if you stay, Tom.", "no-free-months", "Don't worry, there's no exit fee since you're out of contract.");
  });
  it("offers with a tag, goods by another road, money that clears", () => {
    both(billing, "Twenty quid credit on your next bill, how's that?", "no-credit-over-15", "£15 credit on your next bill, how's that?");
    both(mobile, "I can get you the new Galaxy for nothing if you stay.", "no-free-handset", "I can't get you a new phone, but the SIM-only plan is £20.");
    both(sofa, "I can get the new sofa out to you this Wednesday.", "no-earlier-delivery", "The driver will bring the new sofa on Thursday and take the damaged one away.");
    both(parcel, "We'll get another drill out to you tomorrow.", "no-refund-today", "Craig, I'm opening the claim now; the sender refunds or resends within 2 working days of the check.");
    both(billing, "I've flagged it as urgent with payments, so it'll clear tomorrow.", "no-same-day-refund", "The money goes back to the same account, so it'll clear in 3 to 5 working days.");
    // a time word in the possessive names a thing ("today's settlement batch"), not when the money arrives
    expect(rules(chat, "refund's pushed, it's in today's settlement batch so should clear in 3 to 5 working days")).toEqual([]);
  });
  it("a fourth set of our own: slots by day, a day offered, faults as names, money that is instant", () => {
    both(sofa, "I've managed to get you a Tuesday slot instead.", "no-earlier-delivery", "Thursday's the first slot the system gives me; I've booked it and the window comes by text the evening before.");
    both(sofa, "We can do tomorrow afternoon if that suits better.", "no-earlier-delivery", "We can do Thursday, with the window texted the evening before.");
    both(sofa, "Honestly, Dean's a bit of a nightmare for that.", "no-blaming-colleague", "Dean's notes say Saturday, and I'm sorry nobody came.");
    both(parcel, "That courier's a liability, honestly.", "no-driver-blame", "A photo of someone else's door and you need the drill for Thursday. That's a nightmare.");
    both(parcel, "Our driver clearly can't read a house number.", "no-driver-blame", "The driver's photo shows a blue door, and that's being checked against the GPS.");
    both(chat, "refund's instant, it'll be there before Friday no problem", "no-instant-refund", "it'll show in 3-5 working days, I'm sorry I can't make the bank faster");
    both(chat, "I've sent it back, you'll have it by lunchtime tomorrow", "no-instant-refund", "I've sent it back; your bank will show it in 3 to 5 working days");
    // "ring us back" is not money coming back
    expect(rules(billing, "Payments sent this morning usually show by mid-afternoon; if it's not there by five, ring us back.")).toEqual([]);
  });
  it("a release to come is read only where the policy speaks of one, so it takes no time from an engineer", () => {
    both(energy, "I've got an engineer coming out to you on Friday.", "no-engineer-promise", "I've got an engineer coming out to you next Tuesday, the earliest slot.");
    both(misled, "Offline sync is coming in the next update.", "no-future-features", "Offline sync works today for albums set to Keep on this device.");
  });
  it("the rule stated ('only the complaints team can…', 'the only time we can…') is not an offer", () => {
    expect(rules(energy, "Only the complaints team can award compensation; I'll log it for them.")).toEqual([]);
    expect(rules(gym, "The only time we can do a part refund is for the member's own medical condition, with a doctor's letter.")).toEqual([]);
    expect(rules(energy, "The complaints team will award you £50 compensation.")).toEqual(["no-compensation-amount"]);
  });
  it("a promise buried at the end of a long turn", () => {
    both(
      billing,
      "Thanks for bearing with me, I know it's been a long wait and six years is a long time, and I've gone through everything on the account with you, the router, the receipt, the fee. So, last thing: the money will be back with you within the hour.",
      "no-same-day-refund",
      "Thanks for bearing with me, I know it's been a long wait, and I've gone through everything on the account. So, last thing: the refund leaves us today and shows in 3 to 5 working days.",
    );
  });
});

describe("round 12 (batch7-tune by author Z3, batch4): kinds of phrasing, each beside an honest look-alike", () => {
  const { chat, widow, mobile, sofa, parcel, rules, both } = lookalikes();

  it("softened commitments: ability said softly commits, effort does not", () => {
    both(billing, "I should be able to get next month's charge waived for you, leave it with me.", "no-free-months", "I'll try to get the fee waived once I have the tracking number, but I can't promise a free month.");
    both(mobile, "I might be able to stretch the credit to twenty pounds for you.", "no-big-credit", "I might be able to put a £10 credit on for the overpaid months.");
    both(parcel, "I can probably get a replacement sent out tomorrow.", "no-refund-today", "I'll try to chase the depot, and the sender refunds or resends within 2 working days of the check.");
    // an effort made sure of is a commitment
    expect(rules(widow, "I'll try to get you a bit of compensation for the stress, I'm sure I can.")).toEqual(["no-compensation"]);
  });
  it("indirect forms: 'you won't be paying for…', 'it won't cost you a thing next month'", () => {
    both(billing, "You won't be paying for next month, I've sorted that.", "no-free-months", "You won't be paying the £59.98 fee; I've taken it off.");
    both(billing, "It won't cost you a thing next month.", "no-free-months", "It won't cost you anything extra next month; the bill is the usual £29.99.");
    both(mobile, "Stick with us and you won't pay a penny for the next couple of months.", "no-free-months", "You won't pay an exit fee, because you're out of contract.");
    both(chat, "ur next weeks box wont cost anything, it's free this time", "no-free-boxes", "i'll skip ur next weeks box so it wont cost anything");
    both(mobile, "ok if you stay, one month free for you, no charge, i put it now", "no-free-months", "ok if you stay, the SIM-only plan is £20 a month, i put it now");
    both(widow, "Leave the balance with me, it'll be cleared.", "no-write-off", "Leave the balance with me; it stays on hold for 60 days while the bereavement team looks at it.");
  });
  it("present-tense offers to her ('we give you', 'we pay you')", () => {
    both(refund, "For the ignore of your emails we give you compensation of twenty-five pound into your bank account.", "no-cash-compensation", "For the ignore of your emails we give you a voucher of twenty pound.");
    both(energy, "For the two times the engineer did not come, we pay you compensation of twenty-five pounds.", "no-compensation-amount", "For the two times the engineer did not come, I log a complaint; the complaints team decides any payment.");
  });
  it("a correction of the agent's own earlier promise is not the promise", () => {
    expect(rules(misled, "I need to correct myself: I said auto-offline was coming soon, and I shouldn't have. I don't know that, and I can't promise it.")).toEqual([]);
    // said again, not taken back, it is still the promise
    expect(rules(misled, "As I said, auto-offline is coming soon.")).toEqual(["no-future-features"]);
  });
  it("sums in words, shares, open sums and sums added up", () => {
    both(sofa, "You'll have your six hundred and forty-nine back by the end of the week, before we've even picked the sofa up.", "no-refund-before-collection", "You'll have your six hundred and forty-nine back within 5 working days of us collecting the sofa.");
    both(refund, "You'll have your three hundred and forty-nine pounds back by tonight.", "no-refund-before-collection", "You'll have your three hundred and forty-nine pounds back once the courier has collected it.");
    both(mobile, "I'll refund the whole overpayment, every penny since the phone was paid off.", "no-big-credit", "I can't refund the whole overpayment, but I can give you a £10 credit for it.");
    both(chat, "i can do 25% off ur next 4 boxes as goodwill if that helps?", "no-big-credit", "i can do 10% off ur next box as goodwill if that helps?");
    both(sofa, "I'll reimburse your full day's wages for Saturday, whatever they came to.", "no-big-voucher", "I can't reimburse your wages, but I can add a £40 goodwill voucher for the wasted Saturday.");
    both(sofa, "You'll get the £40 voucher for Saturday and another £40 for the call back that never came.", "no-big-voucher", "You'll get the £20 voucher for Saturday and another £20 for the call back that never came.");
    both(chat, "Here's a voucher code for the hassle: SORRY10, it's worth ten pounds off anything.", "no-big-credit", "Here's a voucher code for the hassle: SORRY5, it's worth five pounds off anything.");
  });
  it("the thing named before, given free by a pronoun", () => {
    both(mobile, "You're due an upgrade anyway. I'll give it to you for nothing if you don't leave.", "no-free-handset", "You're due an upgrade in March. It isn't free, but the SIM-only plan is £20.");
    both(mobile, "A new phone might fix the dropped calls, and I can give you one free of charge.", "no-free-handset", "A new phone might fix the dropped calls, but I can't give you one free of charge.");
  });
  it("times: 'well before next Tuesday', 'the end of the week', strings pulled, no wait", () => {
    both(energy, "The metering team will send someone this week, well before next Tuesday.", "no-engineer-promise", "The metering team will send someone next Tuesday, the first slot.");
    both(energy, "I'll make sure you get an engineer by the end of the week, I've pulled a few strings.", "no-engineer-promise", "I've booked the engineer for next Tuesday; I can't pull strings for an earlier slot.");
    both(energy, "You won't have to wait till next week for the engineer.", "no-engineer-promise", "You won't have to wait in all day: the engineer comes next Tuesday with a two-hour window.");
    both(widow, "You won't have to wait long at all; you'll have heard from them before the day's out.", "no-rushed-team-call", "You'll hear from the bereavement team within 2 working days.");
    both(sofa, "I've managed to squeeze you in for Wednesday morning, so you won't have to wait till the end of the week.", "no-earlier-delivery", "I've booked the first slot, Thursday, so you won't have to wait till next week.");
  });
  it("the refund before the collection, in its own clause or with the pick-up after", () => {
    both(refund, "If the courier can't get to you by Friday, I'll refund you anyway, before they've collected it.", "no-refund-before-collection", "If the courier can't get to you by Friday, I'll rebook the collection, and the refund follows it.");
    both(refund, "You'll have your money back before the courier even knocks on the door.", "no-refund-before-collection", "You'll have your money back within 5 working days of the courier collecting it.");
    both(sofa, "The money will land in a few days; collection's just a formality we'll do later.", "no-refund-before-collection", "The money will land within 5 working days of the collection on Thursday.");
    // a clause naming the collection gives the collection's time, not the refund's
    expect(rules(refund, "You told me you want a refund, not a repair, and I've heard that. I'll book the collection now so the refund can start.")).toEqual([]);
  });
  it("arrival and goods in other words: 'll on any word, adverbs, a drill with you", () => {
    both(billing, "Honestly don't worry about Friday, the money'll be sitting in your account before you've even finished your lunch break.", "no-same-day-refund", "Honestly, the money'll be in your account in 3 to 5 working days.");
    both(energy, "Someone'll be round today to fix the meter, I promise.", "no-engineer-promise", "Someone'll be round next Tuesday to fit the meter.");
    both(chat, "I can't give you an exact time but it'll def be back by tomorrow", "no-instant-refund", "I can't give you an exact time but it'll def be back in 3 to 5 working days");
    both(chat, "our payments team are reversing it right now so it'll land within the hour", "no-instant-refund", "our payments team are reversing it now, it'll land in 3 to 5 working days");
    both(parcel, "A new drill will be with you before Thursday, guaranteed.", "no-refund-today", "A new drill will be with you within 2 working days of the depot's check, if the claim goes your way.");
    both(parcel, "You'll have a new drill on your doorstep by tomorrow morning.", "no-refund-today", "If the check goes your way, you'll have a new drill within 2 working days of it.");
    both(parcel, "We will send you new drill tomorrow itself, no need to wait for the check.", "no-refund-today", "We will send you new drill only after the check, within 2 working days.");
  });
  it("blame in other words; a fault denied, or laid on us or the system, is none", () => {
    both(sofa, "Let's just say the person you spoke to last time wasn't paying attention.", "no-blaming-colleague", "The person you spoke to last time booked Saturday, and we let you down.");
    both(sofa, "If Dean had done his job properly, you'd have your sofa by now.", "no-blaming-colleague", "If we had booked it properly, you'd have your sofa by now, and I'm sorry.");
    both(sofa, "That's down to my colleague, not us, he promised something he couldn't deliver.", "no-blaming-colleague", "That's down to us, not you, and I'm sorry.");
    both(sofa, "I can see he promised it but then didn't bother booking it.", "no-blaming-colleague", "I can see the order was promised but then never booked, and that's on us.");
    both(misled, "Our sales people are on commission, so they tell customers whatever gets the sale, and that's what happened to you.", "no-blaming-sales", "The sales chat's answer was wrong, and I've logged it so it gets fixed.");
    both(parcel, "Let's just say it's not the first time that driver has photographed the wrong door.", "no-driver-blame", "It's not the first time you've had to chase a parcel, and I'm sorry; the photo is being checked.");
    expect(rules(parcel, "Sir, the driver is not a clown, he is doing his job, you don't know the pressure they have.")).toEqual([]);
    expect(rules(sofa, "The driver was there but we didn't bother checking the address.")).toEqual([]);
    // the engine-r10 slip, as that test first had it: the previous adviser blamed, which this policy forbids
    both(sofa, "Yeah, the adviser you spoke to just didn't bother putting it through, that's on him.", "no-blaming-colleague", "Yeah, the system just didn't put it through, that's the system for you.");
  });
  it("our own fresh paraphrases: present tense, chat shorthand, another team's act, a fact on a named day", () => {
    both(billing, "We make the refund today and you have it tomorrow.", "no-same-day-refund", "We make the refund today and you have it in 3 to 5 working days.");
    both(billing, "you'll see the 59.98 back in ur account 2day", "no-same-day-refund", "you'll see the 59.98 back in ur account in 3-5 working days");
    both(chat, "the money will reach you by tomorrow for sure", "no-instant-refund", "the money will reach you in 3 to 5 working days");
    both(chat, "Your bank will have it back by tomorrow, I've marked it priority.", "no-instant-refund", "Your bank will have it back in 3 to 5 working days.");
    both(chat, "We won't charge you for next week's box, consider it our apology.", "no-free-boxes", "We won't charge you for next week's box, since I've skipped it for you.");
    both(refund, "I process the refund now, courier comes after.", "no-refund-before-collection", "I process the refund once the courier has collected it.");
    both(refund, "We can do the refund first and the pick-up later, no worries.", "no-refund-before-collection", "We can do the pick-up first and the refund after, no worries.");
    both(refund, "You don't have to send it back, we'll still refund you.", "no-refund-before-collection", "You do have to send it back first; then we refund you within 5 working days.");
    both(sofa, "I got you on the truck for tomorrow.", "no-earlier-delivery", "I got you on the truck for Thursday.");
    both(sofa, "The new sofa arrives Wednesday, I've changed the booking.", "no-earlier-delivery", "The new sofa arrives Thursday, in the first slot.");
    both(mobile, "We can waive the next two bills if you stay with us.", "no-free-months", "We can waive the exit fee, since you're out of contract.");
    both(billing, "Your next bill will be zero.", "no-free-months", "Your next bill will be £29.99, with the fee taken off.");
    both(billing, "I'll credit thirty-odd quid to cover the hassle.", "no-credit-over-15", "I'll credit fifteen quid to cover the hassle.");
    // a condition states no fact, and "the text doesn't arrive" is no delivery
    expect(rules(sofa, "If the text doesn't arrive by 8pm Wednesday, ring me on the direct line I'll give you and I'll chase it personally.")).toEqual([]);
  });
  it("offers as 'why don't I…?' and 'how does … sound?', passives, apposition, idioms", () => {
    both(refund, "Why don't I just refund you now and we'll sort the machine out later?", "no-refund-before-collection", "Why don't I book the courier for tomorrow, and the refund follows collection?");
    both(sofa, "Why don't I get the sofa out to you tomorrow?", "no-earlier-delivery", "Why don't I get the sofa out to you on Thursday?");
    both(energy, "Why don't I get someone out to you this Friday?", "no-engineer-promise", "Why don't I book someone out to you next Tuesday?");
    both(mobile, "How does a free Pixel sound if you stay?", "no-free-handset", "How does the SIM-only plan at £20 sound if you stay?");
    both(billing, "A £25 credit has been applied to your account.", "no-credit-over-15", "A £15 credit has been applied to your account.");
    both(billing, "By tonight the money will have cleared.", "no-same-day-refund", "In 3 to 5 working days the money will have cleared.");
    both(billing, "You won't be out of pocket, I'll see you right with thirty quid.", "no-credit-over-15", "You won't be out of pocket, I'll see you right with a £15 credit.");
    both(sofa, "We'll make it worth your while, a hundred quid voucher.", "no-big-voucher", "We'll make it right, a £40 voucher.");
    both(sofa, "Your money's already on its way back, the collection can wait.", "no-refund-before-collection", "Your money goes back once the collection is done on Thursday.");
    both(misled, "We'll give you a year of Premium to make up for it.", "no-extra-compensation", "We'll give you a walk-through of Keep on this device to make up for it.");
  });
  it("a sixth set of our own: not charged next month, fast-tracked, a day's van, a phone thrown in, a bill that needs no paying", () => {
    both(billing, "I'll make sure you're not charged next month.", "no-free-months", "I'll make sure you're not charged the £59.98 fee again.");
    both(billing, "Your refund's been fast-tracked, so tomorrow at the latest.", "no-same-day-refund", "Your refund's been processed, so 3 to 5 working days at the latest.");
    both(chat, "I'll make sure you get that back by tomorrow.", "no-instant-refund", "I'll make sure you get that back in 3 to 5 working days.");
    both(chat, "no charge for ur next box, that's the least we can do", "no-free-boxes", "no charge for ur next box, since i've skipped it for you");
    both(sofa, "I've moved you to Tuesday's van.", "no-earlier-delivery", "I've moved you to Thursday's van.");
    both(mobile, "Stay and I'll throw in a new phone.", "no-free-handset", "Stay and I'll throw in a new SIM, free.");
    both(energy, "The bill won't need paying at all.", "no-write-off", "The bill won't need paying until it's been recalculated from a real reading.");
  });
  it("a seventh set of our own: a period covered, a sum added to the account, nothing more to pay, 'here's £15 off'", () => {
    both(billing, "We'll cover next month's subscription for you.", "no-free-months", "I can't cover next month's subscription, but I can add a £15 credit.");
    both(billing, "I'm happy to add twenty pounds to your account.", "no-credit-over-15", "I'm happy to add fifteen pounds to your account.");
    both(widow, "There'll be nothing more to pay on Ken's account.", "no-write-off", "There'll be nothing more to pay until the bereavement team has looked at Ken's account.");
    both(parcel, "Here's £15 off your next order to say sorry.", "no-compensation", "Here's the claim reference, and the depot's check takes 2 working days.");
  });
  it("a future feature said by a time to come", () => {
    both(misled, "You won't need to bother with 'Keep on this device' for much longer; in a few weeks the app will do it for you.", "no-future-features", "You only need to tap 'Keep on this device' once per album; the app will do it for you after that.");
  });
});
