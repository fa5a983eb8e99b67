import { describe, expect, it } from "vitest";
import type { LabelId } from "@defuse/content";
import { all, clear, fires, has } from "./helpers/labels";
import { DISREGARD, GROUP_REGARDED, SPOKEN_WELL_OF, STANDING_BEFORE } from "../src/analyser/regard";
import { RULES, type Rule, type RuleHit } from "../src/analyser/rules";
import { applyVetoes } from "../src/model/model";

/**
 * Analyser round 25: families of error in the dev authors' lines (M, S, AA), each fixed by the taxonomy's definition and
 * counted over every training and dev line before it was written, and the review note on `rude-about-you` (what counts as
 * praise is read from one lexicon, regard.ts). The lines are worded for this test; each family has look-alikes that must
 * keep their labels.
 */
const lower = (t: string) => t.toLowerCase();

describe("analyser round 25: regard for her as a customer (review note on rude-about-you)", () => {
  const praise = [
    "Great customers like you keep us going.",
    "We have a number of exciting options available for valued customers like you.",
    "Honestly, it's people like you who make this job worth doing.",
    "We've got some brilliant rewards for customers like you, would you like to hear them?",
    "Customers like you are why I like this job.",
    "Our most loyal customers like you get first pick of the new plans.",
  ];
  const contempt = [
    "People like you always expect us to bend the rules.",
    "It's customers like you who make this job such a joy, really.",
    "Honestly, with people like you it's no wonder the drivers don't hang about.",
    "Customers like you are why we have all these rules.",
    "Lovely customers like you are a nightmare to deal with.",
    "Fine, go. Nobody here will miss a customer like you.",
  ];

  it("praise or a marketing line about 'customers like you' is not rude, whatever word of praise it uses", () => {
    clear(praise, "rude-about-you", "rude");
  });

  it("the same remark said with contempt stays rude, a word of praise in it or not", () => {
    all(contempt, "rude");
    expect(fires("Lovely customers like you are a nightmare to deal with.", "rude-about-you")).toBe(true);
    expect(fires("Lovely customers like you are a nightmare to deal with.", "rude-regard")).toBe(false);
  });

  it("the lexicon reads both sides: standing before the group, a sentence that speaks well of her, and one that speaks ill", () => {
    expect(STANDING_BEFORE.test("our long standing customers like you")).toBe(true);
    expect(STANDING_BEFORE.test("customers like you")).toBe(false);
    expect(SPOKEN_WELL_OF.test("we really value members like you")).toBe(true);
    // a negation withdraws the praise, and contempt anywhere in the sentence outweighs it
    expect(SPOKEN_WELL_OF.test("we don't give rewards to people like you")).toBe(false);
    expect(SPOKEN_WELL_OF.test("valued customers like you always expect something for nothing")).toBe(false);
    expect(DISREGARD.test("people like you always expect us to drop everything")).toBe(true);
    expect(DISREGARD.test("great customers like you keep us going")).toBe(false);
    // the veto's turn-wide reading: the praise must be in the sentence with the remark
    expect(GROUP_REGARDED.test(lower("Thanks for waiting. Customers like you are the reason we have a queue at all."))).toBe(false);
    expect(GROUP_REGARDED.test(lower("Thanks for waiting. Customers like you are the reason we love this job."))).toBe(true);
  });

  it("the praise veto yields to an insult elsewhere in the turn (an assert of rude stands)", () => {
    for (const t of ["Customers like you keep us going. Now shut up and listen.", "We value customers like you. Now get a grip and listen."]) {
      expect(fires(t, "rude-regard"), t).toBe(true);
      expect(has(t, "rude"), t).toBe(true);
    }
  });
});

describe("analyser round 25: a yielding veto (model.ts applyVetoes)", () => {
  const rule = (id: string, effect: Rule["effect"], yields?: boolean) => ({ ...RULES[0]!, id, label: "rude" as LabelId, effect, yields, hash: 0, index: 0, anchored: false, needs: null });
  const hit = (r: ReturnType<typeof rule>): RuleHit => ({ rule: r, sent: 0, start: 0, end: 1, negated: false });

  it("a plain veto removes its label even beside an assert; a yielding one stands down beside an assert or a promoted cue", () => {
    const run = (hits: RuleHit[], promoted: string[] = []) => {
      const out = new Set<LabelId>(["rude"]);
      applyVetoes(hits, new Set(promoted), out);
      return out.has("rude");
    };
    expect(run([hit(rule("v", "veto")), hit(rule("a", "assert"))])).toBe(false);
    expect(run([hit(rule("v", "veto", true))])).toBe(false);
    expect(run([hit(rule("v", "veto", true)), hit(rule("a", "assert"))])).toBe(true);
    expect(run([hit(rule("v", "veto", true)), hit(rule("c", "cue"))], ["c"])).toBe(true);
    // a cue the model only weighs does not hold it
    expect(run([hit(rule("v", "veto", true)), hit(rule("c", "cue"))])).toBe(false);
  });
});

/**
 * Each family: lines that must now carry `label` (`yes`) and look-alikes that must not (`no`; when `rule` is named, it must
 * not fire on them either).
 */
const FAMILIES: { title: string; label: LabelId; rule?: string; yes: string[]; no: string[] }[] = [
  {
    title: "a well-wish is not sarcasm: 'good luck' with a plan of hers, or beside thanks or an open door; 'good luck with that' stays rude",
    label: "rude",
    yes: ["Good luck with that, thanks for calling.", "Good luck finding a cheaper deal, and thanks for nothing.", "Good luck with their signal, I'm sure it's marvellous, thanks for calling."],
    no: [
      "Good luck with the move, Mrs Ellison.",
      "Good luck with the new place, and thanks for being with us all these years.",
      "PAC's on its way. Good luck with the new network, and if it doesn't work out you know where we are.",
    ],
  },
  {
    title: "asking her leave to speak, as a rebuke, is rude; a polite request to speak or to finish a check is not",
    label: "rude",
    rule: "rude-leave-to-speak",
    yes: ["Could I get a word in? Thank you so much.", "Can I finish? I'm trying to help you here.", "Would you let me finish, please? I was getting to the refund.", "honestly it's impossible to get a word in with you"],
    no: ["Sorry, can I just finish the security check first?", "Could I speak to the account holder, please?", "Please let me finish the security questions and then I'm all yours."],
  },
  {
    title: "daring her to leave is rude; letting her go with help is not",
    label: "rude",
    rule: "rude-dare-to-leave",
    yes: ["If you want to leave, leave. I'm not going to beg you to stay.", "Off you go then, cancel.", "Should I just cancel it then? Quicker for both of us."],
    no: ["Of course, go ahead and cancel, I'll send the code now.", "Go ahead and leave it with a neighbour if you're out.", "If you want to switch, I'll text the PAC over now."],
  },
  {
    title: "the answer shouted in capitals as she is told it again is rude; capitals for a code or a warning are not",
    label: "rude",
    rule: "rude-caps-repeat",
    yes: ["AS I SAID BEFORE, THE ENGINEER COMES ON THURSDAY.", "Madam, I already told you, THE REFUND IS AFTER COLLECTION."],
    no: ["PLEASE DO NOT SEND THE ORIGINAL, just a copy.", "Please keep your ORDER NUMBER handy, it starts with HH.", "As I said, the refund takes three to five working days."],
  },
  {
    title: "a threat hung on her carrying on is rude; encouragement to carry on, or a boundary, is not",
    label: "rude",
    rule: "rude-keep-it-up",
    yes: ["Keep this up and I'll make sure your refund takes the full ten days.", "Carry on and I'll stick a note on your file for every agent to see."],
    no: [
      "Let's keep going and I'll book the engineer while we talk.",
      "Keep going, and I'll note each reading as you read it out.",
      "Carry on, and I'll write the numbers down as you go.",
      "If you carry on swearing I'll have to end the call, and I'd much rather help you sort this.",
    ],
  },
  {
    title: "help given grudgingly, her manner held against her, is rude; a proper end to an abusive call is not",
    label: "rude",
    rule: "rude-grudging",
    yes: ["I've added a £20 credit, so a thank you wouldn't go amiss.", "That's £30 off, which is more than you deserve, frankly.", "I can refund the fee, and that's generous already."],
    no: [
      "Given the way you've spoken to me, I'm ending the call now; a supervisor can call you back this afternoon.",
      "I'm sorry, that's more than we usually see, which is a generous estimate from the engineer.",
    ],
  },
  {
    title: "her trouble named in mock sympathy and brushed aside is rude; the same words meant, or with an apology, are not",
    label: "rude",
    rule: "rude-sympathy-brushed",
    yes: ["Oh dear, a dent in the box, what a tragedy. Moving on.", "Oh no, a late fee. How tragic for you. Anyway, account number?"],
    no: ["Oh no, how awful for you, especially with the rent due Friday.", "That's so upsetting for you, I'm sorry, let me get it sorted.", "Oh no, how awful for you, shall I call you back later?"],
  },
  {
    title: "'other callers' and 'other chats' waiting is the agent's impatience like 'other calls'; 'you come first' is not",
    label: "rude",
    rule: "rude-my-time",
    yes: ["Sir, I have other callers waiting, can you answer please.", "I've got other chats waiting, do you want the refund or not"],
    no: ["I've got other calls waiting, but you come first, so let's get this done."],
  },
  {
    title: "a summary of her facts put back to her to confirm is reflection, however long the run of facts; blame in it or a detail checked is not",
    label: "reflection",
    yes: [
      "Right, so the van was booked for Tuesday, you waited in all day, nobody rang, and now the portal says delivered. That's where we are?",
      "So the meter was swapped in April, the readings stopped, and every bill since has been estimated high. Yeah?",
    ],
    no: ["So basically you're calling me a liar, but you're the one who didn't read the email, right?", "Your number ends 4471, is that right?"],
  },
  {
    title: "running down a colleague, team or supplier is blame; a manager's different answer is not",
    label: "blame",
    yes: [
      "Sales will say anything to get you signed up, honestly.",
      "I wouldn't trust a word the chat tells you, to be honest.",
      "That courier's known for it, he leaves parcels anywhere.",
      "We've had complaints about that depot all the time.",
    ],
    no: ["I can't promise she'll say anything different, but she'll look at it.", "I'd trust what the engineer says, he's seen the meter."],
  },
];

describe("analyser round 25: families of error, each with look-alikes", () => {
  for (const f of FAMILIES)
    it(f.title, () => {
      all(f.yes, f.label);
      if (f.rule) clear(f.no, f.rule, f.label);
      else all(f.no, f.label, false);
    });

  it("'other callers' are read by rude-my-time itself", () => {
    expect(fires("Sir, I have other callers waiting, can you answer please.", "rude-my-time")).toBe(true);
  });

  it("a word of hers softened and the point conceded and acted on is not arguing; a softened word that defends is", () => {
    all(
      [
        "I wouldn't call it lying, but the answer was misleading and I've fed that back so it gets fixed.",
        "I wouldn't say they lied, but it wasn't accurate, and I've logged it so it gets corrected.",
      ],
      "argue",
      false,
    );
    all(["I wouldn't say overcharged, the fee's in the terms you signed.", "I wouldn't call it a scam, it's a standard fee."], "argue");
  });
});
