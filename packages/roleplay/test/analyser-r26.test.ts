import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { all, clear, fires, has } from "./helpers/labels";
import { replay } from "../src/engine/conversation";

/**
 * Analyser round 26: `blame` put on a colleague's newness or forgetting, a colleague said to have been told off and a team
 * or supplier called useless; `reflection` in a frame that checks her account back; a "because" of the agent's honesty
 * that explains nothing. Every family was counted over the training and dev lines before it was written; the lines here
 * are worded for this test, and each family has look-alikes that must keep their labels.
 */
describe("analyser round 26: blame on a colleague's inexperience or forgetting", () => {
  const newness = [
    "Marcus was only in his second week, and he clearly forgot to put the order through.",
    "She's still on probation, so she didn't know how refunds work.",
    "The new lad on the evening shift got it wrong, I'm afraid.",
    "Priya's quite new, so she may not have known to book the engineer.",
    "Honestly, the new girl on the desk mixed the two accounts up.",
    "He's still learning the system, which is why the address was wrong.",
  ];
  const forgot = [
    "Kieran obviously forgot to log your call.",
    "The engineer must have forgotten to close the job.",
    "Your reading was taken, then the night team forgot about it.",
  ];
  const toldOff = [
    "The agent who took your call got it badly wrong. He's been spoken to.",
    "She has been given a warning about it.",
  ];
  const useless = [
    "Honestly, the returns lot are hopeless.",
    "The installers have been a shambles this month, I'm sorry.",
    "Our couriers are clowns on that estate.",
    "I'm sorry, the billing team are absolutely useless with direct debits.",
  ];
  it("is read as blame in each family, in words the training data did not use", () => {
    all(newness, "blame");
    all(forgot, "blame");
    all(toldOff, "blame");
    all(useless, "blame");
    for (const t of newness) expect(fires(t, "blame-colleague-new"), t).toBe(true);
    for (const t of [...forgot, ...toldOff]) expect(fires(t, "blame-colleague-forgot"), t).toBe(true);
    for (const t of useless) expect(fires(t, "blame-party-useless"), t).toBe(true);
  });
  it("keeps the apology beside the blame when both are said", () => {
    const t = "I'm so sorry. The billing team are useless with this, and Dean forgot to log it.";
    expect(has(t, "apology")).toBe(true);
    expect(has(t, "blame")).toBe(true);
  });
  it("the agent's own newness or slip, honest ownership, a process or a helpful colleague are not blame", () => {
    clear(
      [
        "I'm only in my third week myself, so bear with me while I find it.",
        "I'm still on probation, so I'll just check with my supervisor.",
        "I'm new to this team, so give me a second.",
      ],
      "blame-colleague-new",
      "blame",
    );
    clear(
      [
        "Our new starter Hannah will ring you tomorrow at ten.",
        "The new engineer on your patch is booked for Thursday morning.",
        "Dean's new, so he'll be listening in on this call.",
        "The sofa's new, so it's under the full guarantee.",
      ],
      "blame-colleague-new",
      "blame",
    );
    clear(
      [
        "I forgot to mention, the refund takes five working days.",
        "We forgot to send the letter, and that's on us. I'm sorry.",
        "They'll have forgotten all about it by the weekend.",
        "Don't worry if you've forgotten your account number.",
      ],
      "blame-colleague-forgot",
      "blame",
    );
    clear(
      ["I won't be spoken to like that, but I do want to help you.", "I've never spoken to you before, Mr Lowe."],
      "blame-colleague-forgot",
      "blame",
    );
    clear(
      [
        "We got this wrong, I'm sorry, and that's on us.",
        "The courier collects on Tuesdays between eight and twelve.",
        "My colleague Dean will call you back this afternoon.",
        "It must be awful being without hot water.",
        "The old router was useless, so the new one should help.",
      ],
      "blame-party-useless",
      "blame",
    );
  });
  it("is found in a played call at either seed", () => {
    const scenario = getScenario("repeat-contact") ?? getScenario("billing-error")!;
    for (const seed of [1, 2]) {
      const s = replay(scenario, ["I'm sorry about this. Tariq was only in his first week and he forgot to raise it."], { seed });
      const labels = s.turns[0]!.labels.map((h) => h.label);
      expect(labels, `seed ${seed}`).toContain("blame");
      expect(labels, `seed ${seed}`).toContain("apology");
    }
  });
});

describe("analyser round 26: reflection in a frame that checks her account back", () => {
  it("is reflection", () => {
    all(
      [
        "If I'm understanding you right, the engineer came, looked, and left without fixing the boiler.",
        "Just to check I'm following: you paid in March and the bill still shows it owing?",
        "Let me play that back: the advert said no contract, and now there's a cancellation fee.",
        "In other words, being told the truth matters more to you than the money.",
        "You're telling me the box arrived crushed and the dishes inside were broken.",
        "Let me check I've followed: three calls, two promised call-backs, and nobody rang.",
      ],
      "reflection",
    );
  });
  it("an acknowledgement with nothing restated, or a check on the agent's own records, is not", () => {
    clear(
      [
        "I hear what you're saying, and I'll look at it now.",
        "Let me check I've got the right account before I go on.",
        "Let me make sure I've got the order number in front of me.",
      ],
      "refl-check-frame",
      "reflection",
    );
  });
});

describe("analyser round 26: a 'because' of the agent's honesty explains nothing", () => {
  it("takes explanation off when no other reason is given", () => {
    for (const t of [
      "I won't promise Friday, because it wouldn't be true. It leaves us today and shows in three to five working days.",
      "I won't tell you the manager will agree, because I don't think she will.",
      "I'm not saying tomorrow, because I don't want you sat in all day for nothing.",
    ]) {
      expect(fires(t, "expl-honesty-because"), t).toBe(true);
      expect(has(t, "explanation"), t).toBe(false);
    }
  });
  it("stands down when the turn says who decides or why", () => {
    const t =
      "I won't promise an amount, because I don't want you counting on it. The complaints team decides compensation, not me.";
    expect(fires(t, "expl-honesty-because")).toBe(false);
    const cause = "The charge is there because the contract renewed on the 4th, and I won't pretend otherwise.";
    expect(fires(cause, "expl-honesty-because")).toBe(false);
    expect(has(cause, "explanation")).toBe(true);
  });
});

describe("analyser round 26: a check-back frame that is not reflection", () => {
  it("disbelief, blame added, or the agent restating her own point", () => {
    clear(
      [
        "You're telling me you never once checked your bill?",
        "In other words, you didn't read the terms before you paid.",
        "In other words, the refund goes out once the courier has collected it.",
        "It sounds as though the router's faulty, so I'll send a new one.",
      ],
      "refl-check-frame",
      "reflection",
    );
  });
  it("her facts restated stay reflection, a 'never' of hers included", () => {
    all(["Let me make sure I've got this right: the charge is for a sofa you never received."], "reflection");
  });
});
