import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";
import { label } from "../src/analyser/label";

/**
 * Analyser round 14: a remark about the customer as a person (rude by the taxonomy: "sarcasm, insults, threats or
 * unprofessional language towards the customer"): telling her nobody will miss her is contempt for her, not a
 * minimised problem; the same words about a payment, or regret at losing her, are not.
 */
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);
const rude = (text: string) => label(text).pitfalls.some((h) => h.label === "rude");

describe("nobody will miss you", () => {
  it("is rude, said of her", () => {
    expect(fires("Honestly, if all you care about is saving two pounds, then go, nobody here will miss a customer like you.", "rude-about-you")).toBe(true);
    expect(fires("Fine, go then, no one's going to miss you.", "rude-about-you")).toBe(true);
    expect(rude("Honestly, if all you care about is saving two pounds, then go, nobody here will miss a customer like you.")).toBe(true);
  });
  it("is not rude said of a payment, or as regret at losing her", () => {
    expect(fires("Nobody will miss a payment, I've set the direct debit for the 3rd.", "rude-about-you")).toBe(false);
    expect(fires("We'll miss you, and if the new deal doesn't suit, you're welcome back any time.", "rude-about-you")).toBe(false);
    expect(fires("We'd hate to lose a customer like you after nine years.", "rude-about-you")).toBe(false);
    expect(rude("We'll really miss having you with us, Tom. I've sent the PAC code by text now.")).toBe(false);
  });
});
