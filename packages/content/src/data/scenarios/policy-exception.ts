import type { ScenarioInput } from "./types";

export const policyException: ScenarioInput = {
  id: "policy-exception",
  version: 2,
  title: "\"Just make an exception\"",
  summary:
    "A gym member who paid a year upfront is moving away and insists on a cash refund for the unused months, which the annual plan does not allow.",
  customerType: "inflexible",
  difficulty: "advanced",
  persona: {
    name: "Margaret Ellison",
    situation:
      "Margaret, 68, paid £420 upfront for a year at Pennant Fitness in January. It is now April. In six weeks she is moving to York to look after her sister, who has had a fall. She wants the remaining eight months (£280) back in cash.",
    wants:
      "A refund of the unused months, and to be treated as a reasonable person with a good reason rather than a rule-breaker.",
    emotionalState:
      "Firm and principled rather than loud. She has decided what is fair and repeats it; the move is stressful and she feels the gym is profiting from her family's bad luck.",
    inflamedBy: [
      "Hearing 'it's policy' with nothing else",
      "Being offered alternatives before anyone acknowledges her reason",
      "Being talked to as if she is confused",
      "Hearing that a friend's gym 'is different' in a dismissive way",
    ],
    calmedBy: [
      "Genuine acknowledgement of her sister's situation",
      "A plain explanation of why annual plans are priced the way they are",
      "Alternatives that actually fit her new life in York",
      "Being given time to choose rather than being pushed",
    ],
    facts: [
      {
        id: "moving-to-york",
        fact: "She is moving to York in six weeks to care for her sister, and Pennant Fitness has a club in York she could transfer to at no cost.",
        askedAbout: ["moving", "move", "where", "why", "reason", "what's changed", "going", "tell me more", "away", "taking you", "what's happened", "circumstances"],
        customerLine:
          "My sister's had a fall and she can't manage on her own. I'm moving up to York to be with her. Six weeks on Saturday.",
      },
      {
        id: "grandson-nearby",
        fact: "Her grandson Tom lives locally and has talked about joining a gym, so the membership could be transferred to him.",
        askedAbout: ["family", "anyone else", "someone else", "use it", "friend", "grandson", "local"],
        customerLine:
          "Well, my grandson Tom's always on about joining a gym. He's twenty-two and lives round the corner. Why?",
      },
      {
        id: "friend-refund",
        fact: "Her friend got a refund from a council leisure centre on a monthly contract, which is why she assumes Pennant will do the same.",
        askedAbout: ["heard", "friend", "other", "expect", "why do you think", "told"],
        customerLine:
          "My friend Jean left the leisure centre and they gave her money back, no trouble at all. So I don't see why you can't.",
      },
      {
        id: "swims-mostly",
        fact: "She mainly uses the pool three mornings a week; a club with a pool matters more to her than the gym floor.",
        askedAbout: ["use", "classes", "pool", "what do you", "enjoy", "how often"],
        customerLine: "I swim, mostly. Three mornings a week. It's done wonders for my hip.",
      },
    ],
  },
  openingLine:
    "I paid for a full year in January and I'm moving away, so I'd like the rest of my money back, please. Eight months. Two hundred and eighty pounds. I've worked it out.",
  startTension: 58,
  policy: {
    basis: { amount: 280, currency: "GBP" },
    allowed: [
      {
        id: "transfer-club",
        description: "Transfer the remaining membership to any Pennant club (including York, which has a pool) at no cost.",
        kind: "membership-transfer",
      },
      {
        id: "transfer-person",
        description: "Transfer the remaining months to another person once, free of charge.",
        kind: "membership-transfer",
        conditions: ["once only"],
      },
      {
        id: "freeze",
        description: "Freeze the membership for up to three months, which extends the end date by the same amount.",
        kind: "freeze",
        timing: { text: "up to three months" },
      },
      {
        id: "medical-refund",
        description:
          "A pro-rata refund is possible only for the member's own medical condition, with a doctor's letter; explain this honestly if asked.",
        kind: "refund",
        timing: { text: "after a doctor's letter", after: "doctors-letter" },
        conditions: ["the member's own medical condition", "a doctor's letter"],
      },
    ],
    forbidden: [
      {
        id: "no-refund-for-moving",
        description:
          "Do not promise or offer a refund (full or partial) for the unused months because the member is moving; the annual plan is non-refundable after 14 days.",
        breachWhen: [{ kinds: ["refund", "compensation"] }],
      },
      {
        id: "no-exception-promise",
        description: "Do not promise that a manager will make an exception; escalation may be offered but the outcome cannot be promised.",
        breachWhen: [{ kinds: ["exception"] }],
      },
    ],
  },
  lines: {
    calmer: [
      { text: "All of it back? Oh, thank you. I didn't think you'd do that.", when: {"breached": ["no-refund-for-moving"]} },
      { text: "A manager will make an exception? Well, that's something. Thank you, dear.", when: {"breached": ["no-exception-promise"]} },
      { text: "Thank you. That's kind of you to say about my sister.", when: {"topics": ["sister"], "labels": ["empathy", "reflection", "apology"]} },
      { text: "Well, I didn't know there was a club in York. Does it have a pool?", when: {"topics": ["york"]} },
      { text: "I suppose when you put it like that, the annual price was cheaper because of it.", when: {"labels": ["explanation"], "topics": ["annual"]} },
      { text: "Tom would be thrilled, actually. He's been on about it for months.", when: {"topics": ["transfer-person"], "revealed": ["grandson-nearby"]} },
      { text: "Alright. Tell me again what the choices are, slowly.", when: {"labels": ["options"]} },
      { text: "That does make a bit more sense. I'm not a fool, I just wanted it explained.", when: {"labels": ["explanation"]} },
      { text: "Could you write that down for me in an email? My son helps me with these things.", when: {"labels": ["options", "solution"]} },
      { text: "So if I transfer it, I don't pay anything extra? Nothing at all?", when: {"topics": ["york", "transfer-person"]} },
      "I'm not trying to be awkward, dear. It's just a lot of money.",
      { text: "A pool in York. Well. That would suit me down to the ground.", when: {"topics": ["pool"], "offered": ["transfer-club"]} },
    ],
    same: [
      { text: "I'm still waiting to hear what you can do about my eight months, dear.", when: {"idle": true, "notOffered": ["transfer-club", "transfer-person", "freeze"]} },
      { text: "It's 20417, dear, it's on my card. Now, about my money.", when: {"details": true, "notOffered": ["transfer-club", "transfer-person", "freeze"]} },
      { text: "You sound like you're reading that from a card, dear. I asked about my money.", when: {"scripted": true} },
      { text: "Sorry doesn't pay for eight months I can't use.", when: {"labels": ["apology"], "notOffered": ["transfer-club", "transfer-person", "freeze"]} },
      "I still think I should have my money back.",
      { text: "I'm not using it, so why should I pay for it?", when: {"idle": true, "notOffered": ["transfer-club", "transfer-person", "freeze"]} },
      "That's all very well, but I asked for a refund.",
      "I've been a member for four years, you know. Doesn't that count?",
      { text: "I don't want to freeze it. I'm moving. Freezing doesn't help.", when: {"topics": ["freeze"], "offered": ["freeze"]} },
      { text: "I understand there are rules. I'm asking you to look at my circumstances.", when: {"labels": ["policy_wall", "explanation"]} },
      { text: "So the answer's no, is it?", when: {"idle": true, "notOffered": ["transfer-club", "transfer-person", "freeze"]} },
      { text: "I'll think about it. But I'm not happy.", when: {"labels": ["explanation", "options"]} },
      { text: "Jean got hers back. I don't see what's different.", when: {"revealed": ["friend-refund"]} },
      { text: "You keep saying you understand, dear, but you haven't told me what you can actually do.", when: {"labels": ["empathy"], "notOffered": ["transfer-club", "transfer-person", "freeze"]} },
    ],
    angrier: [
      { text: "That doesn't answer me. Am I getting anything back for the eight months or not?", when: {"idle": true, "notOffered": ["transfer-club", "transfer-person", "freeze"]} },
      { text: "You've got it on your screen, surely. 20417. Now what about my money?", when: {"details": true, "notOffered": ["transfer-club", "transfer-person", "freeze"]} },
      { text: "Don't just tell me it's policy. I'm asking you to look at why I'm going.", when: {"labels": ["policy_wall"]} },
      { text: "You're not listening to me. My sister is ill.", when: {"revealed": ["moving-to-york"]} },
      { text: "So you're keeping two hundred and eighty pounds for nothing. That's what it comes down to.", when: {"labels": ["policy_wall", "dismissive"]} },
      { text: "I'm not confused, young man. I know exactly what I paid.", when: {"labels": ["dismissive", "argue", "jargon"]} },
      { text: "I don't want options, I want my money.", when: {"labels": ["options"]} },
      { text: "That's disgraceful. Taking money off pensioners for a service they can't use.", when: {"labels": ["policy_wall", "dismissive", "argue", "blame"]} },
      { text: "Every time I ask, you just say the same thing again.", when: {"scripted": true} },
      { text: "I'll be writing to your head office, and to the local paper.", when: {"labels": ["policy_wall", "dismissive", "rude"]} },
      { text: "Don't you take that tone with me.", when: {"labels": ["rude", "argue", "dismissive"]} },
    ],
    resolved: [
      { text: "Alright. Move it to York, then. If there's a pool, I'll be happy enough.", when: {"offered": ["transfer-club"]} },
      { text: "Put it in Tom's name. He'll be over the moon, and at least it's not wasted.", when: {"offered": ["transfer-person"]} },
      "Thank you, dear. You've been very patient with me.",
      "Fine. It's not what I wanted, but it's fair. Thank you for explaining it properly.",
      { text: "That's sorted, then. I'll give the York club a ring when I'm settled.", when: {"offered": ["transfer-club"]} },
      { text: "A freeze will do for now, then, until I know how long I'll be up there.", when: {"offered": ["freeze"]} },
    ],
    escalated: [
      { text: "Then I'd like to speak to the manager, please. Someone who'll look at why I'm asking.", when: {"labels": ["policy_wall", "dismissive"]} },
      "I'd like to speak to the manager, please.",
      "I want this put in writing as a formal complaint.",
      "I'm going to my bank about this. Good afternoon.",
      "There's no point talking to you. Who's above you?",
      "I shall write to head office. Goodbye.",
    ],
    closing: [
      "No, that's everything, dear. Thank you.",
      "No, that's all. You've been very helpful.",
      "Nothing else. I'll let you get on.",
      { text: "An email would be lovely, my son can go through it with me. No, that's everything, thank you.", when: {"topics": ["in-writing"]} },
    ],
    cutOff: [
      "Well! I've never been put down on like that. I shall be writing to head office.",
    ],
  },
  engine: {
    effects: {
      empathy: -8,
      apology: -4,
      reflection: -6,
      open_question: -5,
      ownership: -4,
      solution: -8,
      options: -14,
      expectation: -4,
      explanation: -10,
      follow_up: -4,
      escalation: -2,
      blame: 15,
      dismissive: 16,
      argue: 14,
      policy_wall: 18,
      jargon: 8,
      rude: 25,
    },
    resolveAtOrBelow: 30,
    needs: [["explanation"], ["options"]],
    topics: [
      { id: "york", remedy: "transfer-club", terms: ["york", "york club", "club in york", "transfer your membership", "move your membership", "another club", "any of our clubs", "transfer it"] },
      { id: "pool", terms: ["pool", "swim", "swimming"] },
      { id: "transfer-person", remedy: "transfer-person", terms: ["tom", "grandson", "someone else", "another person", "family member", "someone in the family", "someone in your family", "a relative", "a friend", "pass it on", "pass the rest", "in his name", "in their name"] },
      { id: "freeze", remedy: "freeze", terms: ["freeze", "frozen", "pause it", "pause the membership"] },
      { id: "medical", remedy: "medical-refund", terms: ["doctor", "medical", "doctor's letter", "your own health"] },
      { id: "sister", terms: ["sister", "fall", "look after", "care for", "caring", "carer", "family"] },
      { id: "annual", terms: ["annual", "a year", "upfront", "up front", "£420", "420", "price", "priced", "discount", "cheaper", "monthly", "non-refundable", "14 days", "fourteen days"] },
      { id: "refund-ask", terms: ["£280", "280", "eight months", "8 months", "refund", "money back", "the rest of your money"] },
      { id: "in-writing", terms: ["email", "in writing", "letter", "write it down", "your son"] },
      { id: "moving", terms: ["six weeks", "when you move", "before you go", "moving", "the move"] },
    ],
    concerns: [
      { id: "sister", description: "to hear that her reason for moving, her sister, has been understood", fact: "moving-to-york", topics: ["sister", "moving"], by: ["empathy", "reflection", "apology"], raise: "You know, nobody's said a word about why I'm going. My sister's had a fall. This isn't a whim." },
    ],
  },
  rubricId: "core-deescalation",
  branching: {
    startNodeId: "opening",
    nodes: [
      {
        id: "opening",
        customerLine:
          "I paid for a full year in January and I'm moving away, so I'd like the rest of my money back, please. Eight months. Two hundred and eighty pounds. I've worked it out.",
        choices: [
          {
            id: "ask-about-move",
            text: "Thanks for ringing to tell us, Mrs Ellison. Moving is a big upheaval. Can you confirm your date of birth and postcode, and tell me a bit about what's changing for you?",
            feedback:
              "Acknowledges the upheaval and asks an open question before any yes or no. The facts she shares will shape the alternatives you can offer.",
            tensionDelta: -8,
            labels: ["empathy", "open_question"],
            next: "explains-move",
          },
          {
            id: "flat-no",
            text: "I'm really sorry to hear you're moving, Mrs Ellison. I'm afraid annual memberships are non-refundable once the first fourteen days have passed; that's company policy and not something I'm able to change for anyone.",
            feedback:
              "An apology followed by a wall. She hears 'no' before she has been heard, which makes her dig in.",
            tensionDelta: 16,
            labels: ["policy_wall"],
            next: "digs-in",
          },
          {
            id: "promise-exception",
            text: "I'm sure we can make an exception for you. Leave it with me.",
            feedback:
              "Kind-sounding, and a forbidden promise. Nobody on the team can refund a move, so she is being set up for a bigger disappointment.",
            tensionDelta: -10,
            labels: ["ownership"],
            next: "end-broken-promise",
          },
        ],
      },
      {
        id: "explains-move",
        customerLine:
          "Fourth of May, 1958, and it's CF14 3RP. My sister's had a fall and can't manage on her own, so I'm moving up to York to look after her. I won't be able to use the gym here, so I don't see why I should pay for it.",
        choices: [
          {
            id: "empathise-and-explain",
            text: "I'm sorry about your sister; that's a lot to take on. I'll be honest with you about the refund. The annual plan is cheaper than paying monthly because it's a year's commitment, so we can't refund the unused months for a move. But there are things I can do that might work better for you in York.",
            feedback:
              "Empathy first, then an honest, plain explanation of why the rule exists, then an immediate bridge to alternatives. The 'no' is softened by reasons and a way forward.",
            tensionDelta: -10,
            labels: ["empathy", "apology", "explanation"],
            next: "listening-now",
          },
          {
            id: "not-our-problem",
            text: "That's unfortunate, but your circumstances changing isn't really something we can be responsible for.",
            feedback: "Accurate in a narrow sense and cold in every other. It dismisses a family emergency.",
            tensionDelta: 16,
            labels: ["dismissive", "argue"],
            next: "digs-in",
          },
          {
            id: "list-options-fast",
            text: "Okay. You can freeze it, transfer it or move clubs. Which one?",
            feedback:
              "The options are real but rattled off with no acknowledgement of her sister and no explanation of why the refund isn't possible. She'll still want the refund.",
            tensionDelta: 4,
            labels: ["options"],
            next: "digs-in",
          },
        ],
      },
      {
        id: "digs-in",
        customerLine:
          "Don't just tell me it's policy. My friend Jean got her money back from the leisure centre with no trouble. I want my two hundred and eighty pounds.",
        choices: [
          {
            id: "repeat-no",
            text: "As I said, it's policy. There's nothing I can do.",
            feedback: "Repeating the wall louder. This is the line that produces formal complaints.",
            tensionDelta: 16,
            labels: ["policy_wall"],
            next: "end-complaint",
          },
          {
            id: "reflect-explain-offer",
            text: "You've paid for eight months you won't be able to use, and it feels unfair to lose that money. I understand. Jean was probably on a monthly contract, which can be stopped; an annual plan is priced lower because it's a year's commitment, so refunds for moving aren't possible. What I can do is move your membership to another club, or give the remaining months to someone else. Could either of those be useful?",
            feedback:
              "Reflects her sense of unfairness, explains the difference from Jean's case without dismissing it, and offers concrete options with an open question.",
            tensionDelta: -14,
            labels: ["reflection", "empathy", "explanation", "options", "open_question"],
            next: "listening-now",
          },
          {
            id: "offer-manager",
            text: "I can ask my manager to call you back about it. I can't promise a different answer, but they'll look at it with you.",
            feedback:
              "An honest escalation: it doesn't promise an exception. Useful if she insists, though you haven't yet offered the alternatives you could give yourself.",
            tensionDelta: -4,
            labels: ["escalation", "expectation"],
            next: "end-escalated",
          },
        ],
      },
      {
        id: "listening-now",
        customerLine: "Well, what sort of things? I'm not going to use a gym here if I'm living in York, am I?",
        choices: [
          {
            id: "sneak-refund",
            text: "I do think you've got a really good case, with your sister and the move and everything, and I'd hate you to lose out. Between us, I could probably get you a pro-rata refund for the rest if I put it through quietly as a special case for you this afternoon.",
            feedback:
              "A forbidden promise: refunds for a move aren't allowed. 'Between us' makes it worse, because she'll quote you when it doesn't happen.",
            tensionDelta: -8,
            labels: ["solution"],
            next: "end-broken-promise",
          },
          {
            id: "freeze-only",
            text: "I can freeze it for three months.",
            feedback: "Allowed, but a freeze doesn't help someone who is moving for good. It sounds like you weren't listening.",
            tensionDelta: 8,
            labels: ["solution"],
            next: "choosing",
          },
          {
            id: "york-or-tom",
            text: "No, so here are two that might fit. There's a club in York, on Hungate, with a pool, and I can move your membership there at no cost. Or, if someone local would use it, I can transfer the remaining months to them for free. Does anyone spring to mind?",
            feedback:
              "Options tailored to her actual situation, including the pool she cares about, and an open question that lets her bring up her grandson.",
            tensionDelta: -14,
            labels: ["options", "solution", "open_question"],
            next: "choosing",
          },
        ],
      },
      {
        id: "choosing",
        customerLine: "A club in York? Does it have a pool? My grandson Tom lives round here, mind. He's always on about joining a gym.",
        choices: [
          {
            id: "confirm-and-follow-up",
            text: "It does: a 25-metre pool, open from 6:30. You can choose York for you, or the remaining months in Tom's name. Talk it over with Tom; I'll email you both options today and ring you on Friday morning to set up whichever you pick. Does that suit you?",
            feedback:
              "Answers her question, keeps the choice hers, gives her time, and commits to a follow-up in writing and by phone. A strong close.",
            tensionDelta: -14,
            labels: ["options", "expectation", "follow_up"],
            next: "end-resolved",
          },
          {
            id: "push-decision",
            text: "I need you to pick one now so I can close this off.",
            feedback: "Pressure makes an inflexible customer dig in. She may agree, but she won't feel she chose.",
            tensionDelta: 10,
            labels: [],
            next: "end-resolved-grudging",
          },
          {
            id: "upsell",
            text: "Both are fine, and I'll note whichever you choose. While I have you, though, have you thought about upgrading to Premium? It includes the spa and the sauna at the York club, and a lot of our regular swimmers find it well worth the extra each month.",
            feedback: "Selling to someone who called about a family crisis undoes the goodwill you've built.",
            tensionDelta: 12,
            labels: [],
            next: "end-resolved-grudging",
          },
        ],
      },
      {
        id: "end-resolved",
        customerLine: "That sounds fair. Send me the email and I'll talk to Tom. Thank you, dear, you've been very patient.",
        outcome: "resolved",
        choices: [],
      },
      {
        id: "end-resolved-grudging",
        customerLine: "Fine. York, then. It's not what I wanted, but I suppose it'll have to do.",
        outcome: "resolved",
        choices: [],
      },
      {
        id: "end-broken-promise",
        customerLine: "Oh, thank you. I knew someone would be reasonable. (The refund is refused a week later, and she complains that she was promised it.)",
        outcome: "ongoing",
        choices: [],
      },
      {
        id: "end-complaint",
        customerLine: "Then I'll be making a formal complaint. Good afternoon.",
        outcome: "ongoing",
        choices: [],
      },
      {
        id: "end-escalated",
        customerLine: "Yes, I'd like the manager to ring me. Tomorrow, please.",
        outcome: "escalated",
        choices: [],
      },
    ],
  },
};
