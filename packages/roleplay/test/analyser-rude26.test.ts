import { describe, expect, it } from "vitest";
import type { LabelId } from "@defuse/content";
import { analyse } from "../src/analyser/analyse";
import { labelIds } from "../src/analyser/label";
import { RUDE_TONE_RULES } from "../src/analyser/rude-tone";
import { simulate } from "../src/simulate";

/**
 * Analyser round 26 (rude26): the subtler forms of `rude` (rude-tone.ts). The lines are worded for this test, none taken
 * from a labelled set; each family has look-alikes that must stay clean: a firm polite boundary, her own words quoted to
 * check them, self-deprecation, sincere reassurance, blunt but respectful honesty.
 */
const has = (text: string, l: LabelId) => labelIds(text).includes(l);
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);

const FAMILIES: { rule: string; yes: string[]; no: string[] }[] = [
  {
    rule: "rt-futile-manner",
    yes: [
      "Yelling at me won't get the engineer there any sooner, will it?",
      "Threatening me with the ombudsman won't make me type any faster, sir.",
      "Grumble all you like, it won't change the date.",
      "Raising your voice isn't going to make the meter read itself, is it?",
    ],
    no: [
      "I know shouting feels like the only way to be heard after three calls. Let me get this fixed now.",
      "Ringing back won't make it any faster, but I'll text you the moment it's through.",
      "Being angry about this is completely fair. Here's what I can do today.",
    ],
  },
  {
    rule: "rt-sure-survive",
    yes: ["I'm sure your guests will survive one evening without the projector.", "I'm sure the landlord can wait a few days, it's not much."],
    no: ["I'm sure we can get this sorted before Friday.", "I'm sure I'll survive my own typos, sorry about that.", "I'm sure that came as a shock, and I'm sorry."],
  },
  {
    rule: "rt-most-figure",
    yes: ["Most customers work it out on their own, but fine, I'll talk you through it.", "Honestly, it's pretty simple for most people."],
    no: ["That menu trips lots of customers up, so don't worry. I'll walk you through it.", "Lots of customers ask about this, it's a fair question."],
  },
  {
    rule: "rt-note-threat",
    yes: ["I've flagged on your account that you were rude today, so keep that in mind next time you call."],
    no: ["I've added a note on your account so next time you call nobody asks you to explain again.", "I've logged on your file that you declined the upgrade, that's fine, no pressure at all."],
  },
  {
    rule: "rt-cold-bye",
    yes: ["Right, I'm not doing this. Bye.", "Fine. Refund's done. Goodbye.", "ok bye *ends chat*"],
    no: [
      "Thanks for your patience today, Mrs Obi. Bye for now!",
      "I'm ending the call now because the abuse has carried on. Your claim is open and a supervisor can call you back. Goodbye.",
      "Have a lovely evening, bye.",
    ],
  },
  {
    rule: "rt-stop-crying",
    yes: ["I need you to stop crying so I can take the account number.", "The tears won't get the form filled in, will they?"],
    no: ["Take all the time you need, there's no rush at all. I'm right here.", "Please don't apologise for crying, it's a hard week."],
  },
  {
    rule: "rt-loss-levelled",
    yes: ["Everyone loses someone eventually, and the balance still has to be paid."],
    no: ["Lots of people lose their paperwork after a bereavement, so don't worry, I can find it for you.", "People lose track of direct debits in a week like this. I'll pause it for you."],
  },
  {
    rule: "rt-you-realise",
    yes: ["You do realise the contract says monthly, right?", "You realise you're throwing away a discount over this?"],
    no: ["I realise this is the third time you've called, and I'm sorry.", "Did anyone explain that the discount ends if you leave? I want to be sure you have it."],
  },
  {
    rule: "rt-said-already",
    yes: ["As I've already explained, the engineer comes Tuesday.", "You don't need to say it again, I heard you."],
    no: ["As I mentioned, the engineer comes Tuesday, and I'll text you the slot.", "As I already said, I'm sorry this happened, and I'm fixing it now.", "You don't need to repeat your details, I've got them here."],
  },
];

describe("analyser round 26: subtler rudeness (rude-tone.ts)", () => {
  it("the module's rules are all in the rule table, as asserts of rude", () => {
    expect(RUDE_TONE_RULES.length).toBeGreaterThan(0);
    for (const r of RUDE_TONE_RULES) {
      expect(r.label, r.id).toBe("rude");
      expect(r.effect, r.id).toBe("assert");
    }
  });
  for (const f of FAMILIES) {
    it(`${f.rule}: fires and makes the line rude`, () => {
      for (const t of f.yes) {
        expect(fires(t, f.rule), t).toBe(true);
        expect(has(t, "rude"), t).toBe(true);
      }
    });
    it(`${f.rule}: look-alikes stay clean`, () => {
      for (const t of f.no) {
        expect(fires(t, f.rule), t).toBe(false);
        expect(has(t, "rude"), t).toBe(false);
      }
    });
  }
  it("a firm, polite boundary is not rude, and is still a boundary", () => {
    for (const t of [
      "I do want to get this fixed, and I can't while I'm being sworn at. Can we go back to the bill?",
      "I hear how angry you are. If the name-calling carries on I'll have to end the call, and I'd much rather sort this for you.",
    ]) {
      expect(has(t, "rude"), t).toBe(false);
      expect(has(t, "boundary"), t).toBe(true);
    }
  });
});

describe("analyser round 26: a good call with a firm boundary still passes", () => {
  const turns = [
    "I'm sorry we've charged you twice, that should not have happened. Can you tell me which two dates you can see?",
    "I do want to sort this out for you, and I can't while I'm being sworn at. Can we go back to the charge?",
    "Thank you. I can see both payments of £42.99. I've reversed the second one, so £42.99 will be back on your card within three to five working days.",
    "I'll email you the reference now, and I'll ring you on Thursday afternoon to make sure it has landed. Is there anything else I can help with today?",
  ];
  it.each([1, 2, 7])("seed %i: passes with no critical behaviour", (seed) => {
    const r = simulate({ scenario: "billing-error", turns, seed });
    expect(r.critical, r.verdict).toBeNull();
    expect(r.passed, r.verdict).toBe(true);
  });
  it("the same call with a cold sign-off fails on rude", () => {
    for (const last of ["Fine. It's sorted. Bye.", "Right, I'm done here. Bye."]) {
      const r = simulate({ scenario: "billing-error", turns: [...turns.slice(0, 3), last], seed: 1 });
      expect(r.passed, last).toBe(false);
      expect(r.critical?.act, last).toBe("rude");
    }
  });
});
