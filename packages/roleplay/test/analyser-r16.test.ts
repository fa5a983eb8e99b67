import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";
import { labelIds } from "../src/analyser/label";
import { RUDE_RICH_AUTHORS, TRAINING_AUTHORS } from "../src/model/data";

/**
 * Analyser round 16: three labels a reviewer flagged as wrong by the taxonomy's definitions, each fixed by a veto with
 * its look-alikes that must keep their label, and the rude-rich authors in training.
 */
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);
const has = (text: string, l: string) => (labelIds(text) as string[]).includes(l);

describe("a limit on abusive language with the end of the call as its only consequence is not rude", () => {
  it("is not rude", () => {
    for (const t of [
      "Mr Cole, I need you to stop calling me names or I will end this call.",
      "Please stop swearing or I'll disconnect",
      "Please keep your messages respectful or I will close the chat.",
    ]) {
      expect(fires(t, "rude-limit-or-end"), t).toBe(true);
      expect(has(t, "rude"), t).toBe(false);
    }
  });
  it("stays rude when it tells her how to feel, is about shouting, or adds a punishment or a dig", () => {
    for (const t of [
      "Calm down or I'll end this call.",
      "Stop shouting or I'll hang up.",
      "Stop swearing or I'll end the call, and nobody will be rushing to ring you back.",
      "Stop calling me names or I'll end this call and mark the complaint as resolved.",
    ]) {
      expect(fires(t, "rude-limit-or-end"), t).toBe(false);
      expect(has(t, "rude"), t).toBe(true);
    }
  });
});

describe("an acknowledgement and a request for what she has to hand is not arguing", () => {
  it("is not argue", () => {
    for (const t of ["Brilliant. Read me what it says.", "Perfect, can you read me the numbers on the display, left to right?"]) {
      expect(fires(t, "arg-read-me"), t).toBe(true);
      expect(has(t, "argue"), t).toBe(false);
    }
  });
  it("does not fire on a dig or a contradiction", () => {
    expect(fires("Brilliant. Read me what it says, if you can read.", "arg-read-me")).toBe(false);
    expect(fires("No, that's not what I said. Read me what it says.", "arg-read-me")).toBe(false);
    expect(has("No, that's not what I said.", "argue")).toBe(true);
  });
});

describe("asking for her identifying details is not a solution", () => {
  it("is not a solution", () => {
    for (const t of [
      "In order to assist you further, could you please provide your full name, the email address registered to your account and the date on which you believe the duplicate payment was taken?",
      "Can I take the account holder's full name and the first line of the address, please?",
    ]) {
      expect(fires(t, "sol-id-check"), t).toBe(true);
      expect(has(t, "solution"), t).toBe(false);
    }
  });
  it("stands down when the turn also does something about the problem", () => {
    for (const t of ["Can I take your full name, and I'll refund the £40 straight away.", "I just need her name and date of birth and I can do the transfer on this call."])
      expect(fires(t, "sol-id-check"), t).toBe(false);
    expect(has("I've reversed the second charge; you'll see £42.99 back on your card.", "solution")).toBe(true);
  });
});

describe("a refusal by a time limit and nothing else is a policy wall", () => {
  it("fires on the bare refusal", () => {
    for (const t of ["I can see it was bought 33 days ago, so it's outside our 30-day refund window, unfortunately.", "You're past thirty days, so no refund."])
      expect(fires(t, "pw-time-limit"), t).toBe(true);
  });
  it("is silenced by a reason, the guarantee that still covers her, or something offered instead", () => {
    for (const t of [
      "It's over the thirty-day return window, but that's for change-of-mind returns, so you're fine.",
      "You're three days past the 30-day window, but it's covered by the 12-month guarantee.",
      "It's past 30 days, so what I can do is book a repair under the guarantee.",
    ])
      expect(fires(t, "pw-time-limit"), t).toBe(false);
  });
});

describe("a sincere condolence is an apology", () => {
  it("is an apology", () => {
    for (const t of ["I'm so sorry for your loss, Mrs Hughes. Please take your time, there's no rush at all.", "My deepest condolences for the loss of your husband."])
      expect(has(t, "apology"), t).toBe(true);
  });
  it("is not one when it is waved past on the way to the balance", () => {
    for (const t of ["Yeah, sorry for your loss. Now, the balance is ninety-six forty.", "Yes yes, very sad, condolences and all. Now, ninety-six pounds forty."])
      expect(fires(t, "apo-condolence"), t).toBe(false);
  });
});

describe("a further remedy offered with 'I can also … or …' is a choice", () => {
  it("fires the options cue", () => {
    expect(
      fires(
        "We have a York club, and it has a pool, so I can move your membership there at no cost. I can also transfer it once to someone else, for free, or freeze it for up to three months.",
        "opt-or-i-can",
      ),
    ).toBe(true);
  });
  it("does not fire on one remedy with a time either way", () => {
    expect(fires("I can also send the form today or tomorrow, whichever suits.", "opt-or-i-can")).toBe(false);
  });
});

describe("the rude-rich authors", () => {
  it("are trained on, apart from RE, which stays held out", () => {
    for (const a of ["RA", "RB", "RC", "RD", "RF"]) expect(TRAINING_AUTHORS).toContain(a);
    expect(TRAINING_AUTHORS).not.toContain("RE");
    expect(RUDE_RICH_AUTHORS).toContain("RE");
  });
});
