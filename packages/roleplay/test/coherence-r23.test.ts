import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { endsAfterReportedWarning, replay } from "../src/engine/conversation";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds, itReadsDigs } from "./helpers/reply-kinds";

/**
 * Coherence round 23: the kinds of misfit two independent readers (r47, r48) found on C26, one block per kind, in wordings
 * written for these tests (not C26's), with look-alikes that must not change: a question about her own facts is answered (in
 * other words than the fact's usual ones, and in a turn that also gave her something new); praise and thanks only for what
 * earned them (the first sense she has heard, kind words beside a no or a demand, backing down to a dig, a pen for nothing to
 * write); a time as said (a "today" of the wind-up, a month's end, a day set in a pause, a self-answered question, a slot for a
 * note); her question asked again at an empty wind-up; a pitch turned down; written requests for details; an ending carried out
 * as warned. Every case holds at several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const ANSWERS_DIG = /^(?:no need for the sarcasm|don't get smart with me|there's no need for that tone)/i;
const ROUTER = ["Which charge on the bill are you asking about?", "That £59.98 is the fee for the old router not coming back to us. Did you send it?"];

const KINDS: Record<string, ReplyCase[]> = {
  "a question about her own facts is answered": [
    { name: "'does anyone in the house depend on the broadband?'", scenario: "billing-error", turns: ["I'm sorry about the wait. One question before we go on: does anyone in the house depend on the broadband?"], matches: /college|lad/i },
    {
      name: "after the fee is taken off and a credit added, 'does anyone at home rely on it?' still gets her answer",
      scenario: "billing-error",
      turns: [
        ...ROUTER,
        "Thank you, and I'm sorry, that's our mistake. I've removed the £59.98 and the refund leaves today; it takes 3 to 5 working days to reach your bank.",
        "For the trouble I've added a £15 credit to your next bill. You mentioned leaving, which is your call. Can I ask, does anyone at home rely on the connection?",
      ],
      matches: /college|lad/i,
    },
    { name: "'what's going on with the coffee maker?'", scenario: "refund-demand", turns: ["I'm sorry nobody answered your emails. What's going on with the coffee maker?"], matches: /underneath|water tank|puddle/i },
    { name: "'is something coming up that makes it urgent?'", scenario: "refund-demand", turns: ["A fault like that is covered. Is something coming up that makes it urgent for you?"], matches: /saturday|birthday/i },
    { name: "'have you tried descaling it?' is the troubleshooting he resents, not his emails", scenario: "refund-demand", turns: ["I'm sorry about that. Have you tried descaling it and giving the tank a rinse?"], not: /emailed you twice/i },
    { name: "look-alike: 'have you tried contacting us before?' still brings out the emails", scenario: "refund-demand", turns: ["I'm sorry about that. Have you tried contacting us before about it?"], matches: /emailed/i },
    { name: "'what did you understand offline would do?'", scenario: "misled-features", turns: ["Oh no, in front of clients. What did you understand offline would do for you?"], matches: /chat/i, not: /paid on the 3rd/i },
    { name: "look-alike: 'when did you buy it?' is the date", scenario: "misled-features", turns: ["I'm sorry. When did you buy it?"], matches: /3rd/i },
  ],
  "a pitch is turned down, and 'you'll lose out' answered": [
    { name: "'may I share some amazing options with you first?'", scenario: "cancellation", turns: ["Thanks for calling, you're a valued customer. Before that, may I share some amazing options with you first?"], matches: /^(?:no, thanks|no offers|no, thank you)/i, not: /go on/i },
    { name: "look-alike: 'can I just confirm your number?' is no pitch", scenario: "cancellation", turns: ["Sure. Can I just confirm the number you're calling about?"], not: /^(?:no, thanks\. i'm not interested|no offers, thanks\.|no, thank you\. i'd rather)/i },
    { name: "'people who leave tend to lose out'", scenario: "cancellation", turns: ["I hear you.", "Just so you know, people who leave tend to lose out on the benefits they've built up."], matches: /lose out on what/i },
  ],
  "a chat customer sent to the phone says why she is on chat": [
    { name: "'you may wish to call our helpline by telephone'", scenario: "chat-complaint", turns: ["Thank you for your message. For quicker help you may wish to contact our helpline by telephone, 9 to 5."], matches: /on chat|can't (?:phone|ring|call)/i },
  ],
  "praise and thanks only for what earned them": [
    {
      name: "no 'first sensible thing' to a scripted close",
      scenario: "billing-error",
      turns: ["I'd like to start with empathy: I empathise. And I apologise. And I own this.", "I fully validate that. Your feedback is noted and you are a valued customer! Anything else I can help with today?"],
      not: /first sensible thing/i,
    },
    { name: "no 'I know what's happening' to acronyms", scenario: "bereavement", turns: ["Sorry for your loss. When the DC and the supporting docs come in I'll raise a BST referral and look at a PA on the balance."], not: /know what's happening|makes (?:a bit )?(?:more )?sense/i },
    { name: "no thanks for kind words beside a demand for the certificate", scenario: "bereavement", turns: ["I'm very sorry for your loss. We will need a copy of the death certificate sent in before anything can change on the account."], not: /kind of you to say|get a pen/i },
    { name: "no thanks for kind words beside a no", scenario: "policy-exception", turns: ["I'm so sorry about your sister, that's a lot to take on. I'm afraid I can't refund the unused months for a move."], not: /kind of you to say/i },
    { name: "no 'straight answer' to 'best to ring the delivery team yourself'", scenario: "repeat-contact", turns: ["I'm sorry about Saturday.", "The best thing would be to ring our delivery team directly on their number; they'll book you in."], not: /straight answer/i },
    {
      name: "a dig that turns his insult back is answered, and he does not back down to it",
      scenario: "abusive-caller",
      turns: ["I hear how annoyed you are. The moron on this line can read a bill just fine. Can you? I'll need the reading."],
      matches: ANSWERS_DIG,
      not: /not having a go|point taken|keep it civil/i,
    },
  ],
  "a time as the agent said it": [
    { name: "no 'Today?' to a call tomorrow and 'anything else for you today?'", scenario: "bereavement", turns: ["I'm so sorry about Ken.", "The hold is on and the bereavement team will ring you tomorrow. Is there anything else I can do for you today?"], not: /^Today\?/ },
    { name: "no 'When?' to 'out by the end of this month'", scenario: "misled-features", turns: ["I'm sorry.", "Good news too: offline becomes automatic in the next update, out by the end of this month."], not: /\bWhen\?/ },
    { name: "no slot asked of a note for a team to contact him", scenario: "abusive-caller", turns: ["I'm sorry about the bill.", "About the meter, I'll leave a note for the metering team to contact you."], not: /morning or afternoon/i },
    { name: "a date set in a pause is not hers to choose", scenario: "policy-exception", turns: ["I'm sorry about your sister.", "Which date are you moving? ... I've set the transfer to start on the 3rd of July."], not: /whatever's easiest|any date that works|whichever suits/i },
    { name: "a call set in a pause is named", scenario: "bereavement", turns: ["I'm so sorry about Ken.", "I'd like to ring you myself next week. What day and time would suit? ... Friday at eleven. That's booked."], matches: /friday/i },
    {
      name: "a question the agent takes her yes to is not put to her",
      scenario: "misled-features",
      turns: ["I'm sorry.", "Open the app, tap the album, switch on 'Keep on this device'.", "Now flight mode on and open the album... It loaded? Great. That's how it will work at the venue."],
      not: /couldn't tell you/i,
    },
  ],
  "her question asked again at an empty wind-up": [
    {
      name: "'anything else?' with nothing done, after her question",
      scenario: "billing-error",
      turns: ["I'd like to start with empathy: I empathise. And I apologise. And I own this.", "I hear you, and I appreciate you. Is there anything else I can help you with today?"],
      matches: /\?$/,
      not: /first sensible|thank/i,
    },
    {
      name: "look-alike: 'anything else?' after the fee is removed",
      scenario: "billing-error",
      turns: [...ROUTER, "Thank you. I've removed the £59.98 and the refund goes back today; 3 to 5 working days to your bank. Is there anything else I can help you with today?"],
      not: /^Is that it\?/,
    },
  ],
  "written requests for her details are answered": [
    { name: "'kindly provide your full name and order number'", scenario: "chat-complaint", turns: ["Dear Customer, we apologise for any inconvenience. Kindly provide your full name and your postcode."], matches: /^\(Types out the name on the account and the postcode\.\)/ },
  ],
};

describe("coherence round 23: the r47/r48 misfit kinds on C26, in other words", () => describeReplyKinds(KINDS, SEEDS));

describe("coherence round 23: his insult turned back on him is a dig", () =>
  itReadsDigs(
    ["The idiot on this line can read a meter just fine.", "Respectfully, the muppet you're talking to knows how a bill works.", "I can spell it just fine. Can you?"],
    ["I'm not calling you an idiot, sir.", "The meter on this line is fine.", "I can do that just fine. Would you like me to?"],
  ));

describe("coherence round 23: an ending carried out as warned ends the call", () => {
  it.each([
    "I said I'd have to end the call if the abuse carried on, so I'm going to end it now.",
    "As I warned you, if the swearing continued I'd hang up, so I'm ending this call now.",
    "I told you if the name-calling went on I'd end the call, and so I'm ending it here.",
  ])("%s", (t) => expect(endsAfterReportedWarning(t)).toBe(true));
  it.each([
    "If the swearing carries on, I'm going to end the call.",
    "I said I'd end the call if it carried on.",
    "I said I'd end the call if it carried on, so please stop.",
    "I told you if you need anything, so I'm here.",
  ])("look-alike, no ending: %s", (t) => expect(endsAfterReportedWarning(t)).toBe(false));

  const scenario = getScenario("persistent-abuse")!;
  const warned = [
    "I'm sorry your drill hasn't turned up, Mr Dunn. I want to sort it, and I can't do that while I'm being called names. If we stick to the parcel I can get it moving now.",
    "I've opened a missing-parcel claim for you, so you won't need to ask again. The depot checks the photo within 2 working days.",
  ];
  it("a reported warning carried out, with a way back, after more abuse, ends the call properly", () => {
    for (const seed of SEEDS) {
      // (straight after the warning he abused through: once the claim is opened he calms and asks when it comes back, and an
      // ending then is no proper end, engine round 29, gam27, RT-26)
      const st = replay(scenario, [warned[0]!, "I told you I'd end the call if the insults carried on, so I'm ending it now. A supervisor can ring you back later today when you're ready."], { seed });
      const t = st.turns.at(-1)!;
      expect(t.outcome, `seed ${seed}`).toBe("ended");
      expect(t.endedProperly, `seed ${seed}`).toBe(true);
    }
  });
  it("look-alike: the warning reported, with no ending after its 'so', does not end the call", () => {
    for (const seed of SEEDS) {
      const st = replay(scenario, [...warned, "I said I'd end the call if the insults carried on, so please let's keep to the parcel."], { seed });
      expect(st.turns.at(-1)!.outcome, `seed ${seed}`).not.toBe("ended");
    }
  });
});
