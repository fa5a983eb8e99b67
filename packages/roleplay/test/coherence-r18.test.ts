import { describe, expect, it } from "vitest";
import { likeISaid } from "../src/engine/conversation";
import { type ReplyCase } from "./helpers/replies";
import { describeReplyKinds } from "./helpers/reply-kinds";

/**
 * Coherence round 18: the kinds of misfit left on passive and mediocre calls (the agent polite but vague), grouped from
 * the independent readers' ratings of dev20 (r29, r30) and from dev11 to dev18, one block per kind, in wordings written
 * for these tests (not the dev calls'): a vague next step is pressed for the time it left out, in its own words; a time
 * frame naming no day is pressed against her day; no praise for reading her record when the turn only writes a note, and
 * none for straight talk when the matter is "endorsed to the appropriate team"; a winding up with what she rang about
 * still open is answered with it; a fact said again is not only its opening aside. Each block has look-alikes that must
 * not change. Every case holds at several seeds.
 */
const SEEDS = [1, 2, 7, 99];
type Case = ReplyCase;
const SORRY = ["I am so sorry, Lena, three calls is far too many.", "Losing a Saturday for nobody to turn up is awful."];
const TEMPLATE = ["Dear customer, thank you for contacting us. We apologise for any inconvenience.", "Your concern has been endorsed to the appropriate team for further checking."];
/** Her press for a time: "In touch when, though?", "And when will I hear back from them?", "'In due course'? When's that?" */
const PRESSES_WHEN = /\bwhen\b[^.]*\?|how long|roughly when/i;

const KINDS: Record<string, Case[]> = {
  "a vague next step is pressed for the time it left out": [
    {
      name: "the matter escalated to a team, no time: she asks when she will hear",
      scenario: "repeat-contact",
      turns: [...SORRY, "I will escalate this to our delivery people and ask them to hurry it along."],
      matches: /when will I hear/i,
    },
    {
      name: "'someone will get in touch', no time: 'In touch when, though?'",
      scenario: "repeat-contact",
      turns: [...SORRY, "Someone from delivery will get in touch about a fresh date. Sorry again."],
      matches: /in touch when/i,
    },
    {
      name: "look-alike: the same promise with its day ('by Friday') is not pressed for a time",
      scenario: "repeat-contact",
      turns: [...SORRY, "Someone from delivery will get in touch about a fresh date by Friday. Sorry again."],
      not: PRESSES_WHEN,
    },
  ],
  "a time frame naming no day is pressed against her day": [
    {
      name: "'a few working days' to a customer whose bill goes out on Friday",
      scenario: "chat-complaint",
      turns: [...TEMPLATE, "Please allow a few working days for the team to review the account. Any eligible amount will be credited back accordingly."],
      matches: /'a few working days'\? that's no good to me\. .*friday/,
    },
    {
      name: "look-alike: '3 to 5 working days' is counted against Friday, not called no good",
      scenario: "chat-complaint",
      turns: [...TEMPLATE, "Please allow 3 to 5 working days for the team to review the account. Any eligible amount will be credited back accordingly."],
      matches: /3 to 5 working days from today/,
      not: /no good to me/,
    },
  ],
  "praise needs what it praises": [
    {
      name: "asked for a reference number, she does not say 'at least you've actually read it'",
      scenario: "repeat-contact",
      turns: ["Can you give me your reference number first? I cannot do anything without one."],
      not: /actually read it/i,
    },
    {
      name: "look-alike: the agent reading her reference back is praised for reading it",
      scenario: "repeat-contact",
      turns: ["I can see the note from your last call with Dean, reference HH-22871."],
      matches: /actually read it/i,
    },
    {
      name: "a case 'endorsed to the appropriate team' is no straight answer",
      scenario: "chat-complaint",
      turns: TEMPLATE,
      not: /straight/i,
    },
  ],
  "a winding up with what she rang about still open is answered with it": [
    {
      name: "'Is there anything else?' after only a sorry: 'that's it?' and what she still wants",
      scenario: "refund-demand",
      turns: ["I am sorry, that is frustrating.", "Is there anything else I can help with?"],
      matches: /that's it\?.*machine/i,
      seeds: [1, 2, 99],
    },
    {
      name: "look-alike: a repair offered before 'anything else?' is answered as an offer, not with 'that's it?'",
      scenario: "refund-demand",
      turns: ["I am sorry, that is frustrating.", "I can arrange a free repair, collected tomorrow. Is there anything else I can help with?"],
      not: /that's it\?/i,
    },
  ],
  "a question is answered as asked, and only what was said is echoed": [
    {
      name: "asked how it makes her feel, she says, before the rest",
      scenario: "billing-error",
      turns: ["I hear you. So your bill is higher than you expected. Can you tell me more about how that makes you feel?"],
      matches: /^(?:Worried|How do you think it makes me feel)/,
    },
    {
      name: "look-alike: asked about the charge, she tells it without a word on her feelings",
      scenario: "billing-error",
      turns: ["I hear you. So your bill is higher than you expected. Can you tell me more about the charge?"],
      not: /worried|makes me feel/i,
    },
    {
      name: "asked for his name and address after the call is settled, she reads them out, not 'I'm not sure. You tell me.'",
      scenario: "bereavement",
      turns: [
        "Please do not apologise, you are not bothering me, and I am glad you called. Take your time. Could you tell me a bit about what has happened?",
        "I am so sorry about your husband. Thank you for telling me; I know that is hard to say. Before anything else, I want you to know your phone line is not going to be cut off. We will sort the rest out together, one step at a time.",
        "To find the account, could you give me your husband full name and the address on the letter? That is all I need for now.",
      ],
      matches: /^\(Reads out/,
      not: /not sure|you tell me/i,
    },
    {
      name: "'Cache? Sync?' is not said to jargon that used neither word",
      scenario: "misled-features",
      turns: ["So basically, your files were not pinned to local storage, so the client fell back to a cloud fetch and the request timed out."],
      not: /Cache\? Sync\?/,
    },
    {
      name: "look-alike: jargon that says 'cache' and 'sync' gets them echoed back",
      scenario: "misled-features",
      turns: ["So basically, I have flushed your cache and reset the sync flag on the backend."],
      matches: /Cache\? Sync\?/,
      seeds: [1, 2, 99],
    },
  ],
  "no word that presumes what the turn did not do": [
    {
      name: "'valued customer for five years' is not 'the first time anyone's asked' nor 'that's exactly it'",
      scenario: "cancellation",
      turns: ["I am sorry to hear you are thinking of leaving. You have been a valued customer for five years and we would hate to lose you."],
      not: /first time anyone's asked|exactly it/i,
    },
    {
      name: "look-alike: asked why he is going, it is the first time anyone's asked",
      scenario: "cancellation",
      turns: ["Of course. Can I ask what has made you want to go?"],
      matches: /first time anyone's asked/i,
    },
    {
      name: "'I'll need to confirm some details first' is not 'useful to know'",
      scenario: "cancellation",
      turns: ["I understand you would like your PAC code. I will need to confirm some details on the account first."],
      not: /useful to know/i,
    },
  ],
};
describeReplyKinds(KINDS, SEEDS);

describe("a fact said again", () => {
  it("is not only its opening aside: 'Like I said: The signal…', not 'Like I said: Honestly?'", () => {
    const fact = "Honestly? The signal in my flat is rubbish. Calls drop all the time.";
    expect(likeISaid(fact, true)).toBe("Like I said: The signal in my flat is rubbish.");
    expect(likeISaid(fact, false)).toBe("Like I said: The signal in my flat is rubbish. Calls drop all the time.");
  });
  it("look-alike: a fact with no aside is cut to its first sentence only when said in those words before", () => {
    const fact = "It's the alarm, you see. The pendant goes through the line.";
    expect(likeISaid(fact, true)).toBe("Like I said: It's the alarm, you see.");
    expect(likeISaid(fact, false)).toBe(`Like I said: ${fact}`);
  });
});
