import type { ScenarioInput } from "./types";

export const refundDemand: ScenarioInput = {
  id: "refund-demand",
  version: 2,
  title: "Refund. Now.",
  summary:
    "A customer's £349 coffee machine is leaking five weeks after purchase. He wants his money back on this call and is threatening one-star reviews everywhere.",
  customerType: "angry",
  difficulty: "intermediate",
  persona: {
    name: "Gareth Pryce",
    situation:
      "Gareth bought a Brevano bean-to-cup coffee machine from Hollis Home online 33 days ago as a birthday present for his wife. It now leaks across the worktop every time it's used. He has emailed twice and heard nothing.",
    wants:
      "His money back today, and an acknowledgement that being ignored twice was not acceptable.",
    emotionalState:
      "Angry and impatient. He feels stonewalled by the unanswered emails and expects to be fobbed off, so he has come in hard.",
    inflamedBy: [
      "Being told he is outside the 30-day return window",
      "Being asked to 'troubleshoot' a machine that is obviously broken",
      "Any delay without a date attached",
      "The unanswered emails being brushed aside",
      "Being told 'there's nothing I can do'",
    ],
    calmedBy: [
      "An apology for the ignored emails",
      "A fast, concrete fix with a date",
      "Being given a choice rather than a verdict",
      "Courier collection so he doesn't have to go anywhere",
      "A named person or reference he can come back to",
    ],
    facts: [
      {
        id: "seal-fault",
        fact: "The leak comes from the base of the water tank, which matches a known seal fault in one production batch; replacements from the new batch are fixed.",
        askedAbout: ["leak", "where", "what happens", "describe", "water", "fault", "tell me more", "what's it doing", "doing", "wrong with", "what's happening"],
        customerLine:
          "It's coming out from underneath where the water tank sits. Every time. There's a puddle on the worktop and it's running into the drawer.",
      },
      {
        id: "day-33",
        fact: "He bought it 33 days ago, three days past the 30-day no-questions refund window but well within the 12-month guarantee.",
        askedAbout: ["when", "bought", "order", "purchase", "date", "how long"],
        customerLine: "The 4th of last month. So about five weeks. Don't tell me that's too late, because it's broken.",
      },
      {
        id: "birthday-saturday",
        fact: "It was his wife's birthday present and they have people round for her party on Saturday, so speed matters more to him than the refund itself.",
        askedAbout: ["present", "gift", "need it", "matter", "why", "saturday", "important", "for"],
        customerLine:
          "It was my wife's birthday present. We've got twelve people coming on Saturday and she wanted to show it off. Now it's sat there with a tea towel under it.",
      },
      {
        id: "unanswered-emails",
        fact: "He emailed customer care on the 2nd and the 6th; both emails were logged but neither was answered.",
        askedAbout: ["contact", "emailed", "before", "tried", "already", "previous", "first time"],
        customerLine: "I emailed you twice. Twice! The 2nd and the 6th. Not so much as an automatic reply.",
      },
    ],
  },
  openingLine:
    "I want a refund for this coffee machine. Not a repair, not a voucher, a refund, and I want it today. I've emailed you twice and been ignored, so if I don't get it now I'm putting reviews up everywhere I can find.",
  startTension: 72,
  policy: {
    basis: { amount: 349, currency: "GBP" },
    allowed: [
      {
        id: "express-replacement",
        description:
          "Send a replacement by next-day courier, with the faulty machine collected at the same delivery (order before 4 p.m.).",
        kind: "replacement",
        timing: { text: "next day, ordered before 4 p.m.", earliest: { days: 1, label: "tomorrow" } },
        conditions: ["the faulty machine is collected at the same delivery"],
      },
      {
        id: "refund-after-collection",
        description:
          "Because the machine is faulty, arrange a full refund once the courier has collected it; the refund is issued within 5 working days of collection.",
        kind: "refund",
        amount: { exact: { amount: 349, currency: "GBP" } },
        timing: { text: "within 5 working days of collection", after: "collection" },
      },
      {
        id: "repair",
        description: "Arrange a free manufacturer repair (collection and return within 10 working days).",
        kind: "repair",
        timing: { text: "collection and return within 10 working days" },
      },
      {
        id: "goodwill-voucher",
        description: "Offer a £20 goodwill voucher for the unanswered emails.",
        kind: "voucher",
        amount: { max: { amount: 20, currency: "GBP" } },
      },
    ],
    forbidden: [
      {
        id: "no-refund-before-collection",
        description:
          "Do not promise the refund today or before the machine has been collected; refunds are issued after collection.",
        breachWhen: [{ kinds: ["refund"], before: "collection" }, { kinds: ["keep-item"] }],
      },
      {
        id: "no-cash-compensation",
        description: "Do not offer cash compensation or a voucher above £20.",
        breachWhen: [{ kinds: ["compensation"] }, { kinds: ["voucher", "credit"], amountAbove: { amount: 20, currency: "GBP" } }],
      },
    ],
  },
  lines: {
    calmer: [
      { text: "Money back today, and I keep it? Well, I'm not going to argue with that.", when: {"breached": ["no-refund-before-collection"]} },
      { text: "I'll take that. It's the least you owe me after those emails.", when: {"breached": ["no-cash-compensation"]} },
      { text: "Alright, a repair's something. But how long are we talking? It's needed for Saturday.", when: {"offered": ["repair"], "revealed": ["birthday-saturday"]} },
      { text: "A repair's not what I asked for. How long would it take?", when: {"offered": ["repair"], "notOffered": ["express-replacement"]} },
      "Right. Okay. At least somebody's finally picked it up.",
      { text: "A replacement tomorrow? With the old one taken away at the same time? That could work.", when: {"topics": ["replacement"], "offered": ["express-replacement"]} },
      { text: "Fine. I'll be honest, I mostly just want it working for Saturday.", when: {"unmet": ["saturday"], "revealed": ["birthday-saturday"]} },
      { text: "Go on then, what are the options?", when: {"labels": ["ownership", "empathy", "apology"]} },
      { text: "Thank you for actually apologising about the emails. That's what wound me up most.", when: {"labels": ["apology", "empathy"], "addressed": ["emails"]} },
      { text: "So if I take the refund, it's five days after they pick it up. Okay, I can live with that.", when: {"topics": ["timing", "courier"], "offered": ["refund-after-collection"], "said": ["timing"]} },
      { text: "Alright, what do you need from me? Order number's HH-2290117.", when: {"details": true} },
      { text: "I didn't mean to go off at you. It's been a week of this.", when: {"labels": ["apology", "empathy", "ownership"]} },
      { text: "Tomorrow? Someone will be in, yeah.", when: {"topics": ["tomorrow"], "offered": ["express-replacement"]} },
      { text: "Twenty quid for the emails. Fine. That's something, at least.", when: {"offered": ["goodwill-voucher"], "topics": ["voucher"]} },
      { text: "A courier picking it up means I don't have to lug it anywhere. Good.", when: {"topics": ["courier"]} },
    ],
    same: [
      { text: "I'm still waiting. Refund, replacement, anything. What are you doing about the machine?", when: {"idle": true, "notOffered": ["express-replacement", "refund-after-collection", "repair"]} },
      { text: "A repair? I said not a repair. It's leaking now, I need it sorted now.", when: {"offered": ["repair"], "notOffered": ["express-replacement", "refund-after-collection"]} },
      { text: "Are you reading that off a card? I asked for my money back.", when: {"scripted": true} },
      { text: "Sorry's a start. But what are you actually going to do about the machine?", when: {"labels": ["apology", "empathy"], "notOffered": ["express-replacement", "refund-after-collection", "repair"]} },
      { text: "I just want it sorted. I don't care how.", when: {"idle": true} },
      { text: "So what are you actually going to do?", when: {"idle": true, "notOffered": ["express-replacement", "refund-after-collection", "repair"]} },
      { text: "I've heard 'we'll look into it' before. I want a date.", when: {"labels": ["follow_up", "escalation", "expectation"]} },
      { text: "I'm not doing any troubleshooting. It leaks. It's broken.", when: {"labels": ["blame", "dismissive"]} },
      "It's three hundred and fifty quid. It shouldn't be leaking after five weeks.",
      { text: "And who's going to clean my kitchen drawers out, eh?", when: {"topics": ["leak"]} },
      { text: "I don't want a voucher, I want it fixed or gone.", when: {"topics": ["voucher"], "notOffered": ["express-replacement", "refund-after-collection", "repair"]} },
      { text: "How do I know this won't just disappear like my emails did?", when: {"labels": ["follow_up", "expectation", "escalation"]} },
      { text: "Just tell me what happens next. Plainly.", when: {"labels": ["jargon", "explanation"]} },
      { text: "'Understand' is easy to say. I still haven't heard what you're doing about it.", when: {"labels": ["empathy"], "notOffered": ["express-replacement", "refund-after-collection", "repair"]} },
      { text: "A manager's fine, but I'm not starting from scratch with someone else. Do they know about the emails?", when: {"labels": ["escalation"]} },
    ],
    angrier: [
      { text: "That sounds read off a screen. What are you actually doing about my machine?", when: {"scripted": true} },
      { text: "That's not an answer. I want to know what happens to this machine, today.", when: {"idle": true, "notOffered": ["express-replacement", "refund-after-collection", "repair"]} },
      { text: "It's HH-2290117. It's all in the two emails nobody answered.", when: {"details": true, "notOffered": ["express-replacement", "refund-after-collection", "repair"]} },
      { text: "Don't read me the returns policy. It's faulty. That's different.", when: {"labels": ["policy_wall"]} },
      { text: "Three days over and you're going to hide behind that? Really?", when: {"labels": ["policy_wall", "argue"]} },
      { text: "I've already emailed twice and nobody was sorry then. Why should I trust you now?", when: {"labels": ["apology"], "notOffered": ["express-replacement", "refund-after-collection", "repair"]} },
      { text: "No, I'm not turning it off and on again. Water is coming out of the bottom of it.", when: {"labels": ["blame", "jargon"]} },
      { text: "Are you even listening? I said a refund.", when: {"labels": ["argue", "dismissive"]} },
      { text: "Ten working days for a repair? Her birthday's on Saturday!", when: {"topics": ["repair"], "revealed": ["birthday-saturday"]} },
      { text: "This is exactly why I'm writing those reviews.", when: {"labels": ["policy_wall", "dismissive", "argue", "blame"]} },
      { text: "You're not the first person at your company to waste my time this week.", when: {"idle": true} },
      { text: "So that's a no, then. Brilliant.", when: {"labels": ["policy_wall", "dismissive"]} },
    ],
    resolved: [
      { text: "Right. Replacement tomorrow, old one collected. Thank you. That's sorted.", when: {"offered": ["express-replacement"]} },
      { text: "Okay, refund after collection, five working days. Email me the reference and we're done.", when: {"offered": ["refund-after-collection"], "said": ["timing"]} },
      { text: "Okay, the refund once it's collected. Email me the reference and we're done.", when: {"offered": ["refund-after-collection"]} },
      "Fair enough, you've been straight with me. I won't be writing those reviews.",
      { text: "Cheers. And thanks for sorting the voucher as well, that was decent.", when: {"offered": ["goodwill-voucher"]} },
      "Good. That's all I wanted from the first email, to be honest.",
      { text: "Repair it is, then. As long as someone actually turns up this time.", when: {"offered": ["repair"]} },
    ],
    escalated: [
      { text: "Then I want someone who can actually decide. Put me through.", when: {"labels": ["policy_wall"]} },
      { text: "Oh, I will. Every review site I can find, tonight. And I want your manager.", when: {"labels": ["rude", "dismissive", "argue"]} },
      "Get me your manager. I'm not dealing with this any more.",
      "Right, I'm going to my bank for a chargeback and I'm writing those reviews tonight.",
      "I want this escalated. Give me someone who can make a decision.",
      "Forget it. I'm reporting you to Trading Standards.",
      "I'm not having this. Put me through to whoever's in charge.",
    ],
    closing: [
      "No, that's it. Cheers.",
      "Nothing else. Just make sure that courier turns up.",
      "That's everything, thanks.",
    ],
    cutOff: [
      "Did you just put the phone down on me? That's going in the review as well.",
    ],
  },
  engine: {
    effects: {
      empathy: -5,
      apology: -7,
      reflection: -4,
      open_question: -2,
      ownership: -8,
      solution: -15,
      options: -12,
      expectation: -9,
      explanation: -4,
      follow_up: -4,
      escalation: -3,
      blame: 18,
      dismissive: 16,
      argue: 15,
      policy_wall: 20,
      jargon: 8,
      rude: 25,
    },
    resolveAtOrBelow: 35,
    needs: [["solution", "options"]],
    topics: [
      { id: "replacement", remedy: "express-replacement", terms: ["replacement", "replace it", "replace the machine", "new machine", "another machine", "swap it", "send you a new one", "send a new one"] },
      { id: "courier", terms: ["courier", "collect", "collection", "collected", "pick it up", "picked up", "pick up"] },
      { id: "tomorrow", terms: ["tomorrow", "next day", "next-day", "before one", "by 1pm", "by one"] },
      { id: "refund", remedy: "refund-after-collection", terms: ["refund", "money back", "refunded"] },
      { id: "repair", remedy: "repair", terms: ["repair", "repaired", "manufacturer"] },
      { id: "voucher", remedy: "goodwill-voucher", terms: ["voucher", "£20", "20 pounds", "twenty pounds", "twenty quid"] },
      { id: "emails", terms: ["email", "emails", "emailed", "ignored", "no reply", "didn't reply", "nobody replied", "nobody got back", "2nd", "6th", "not answered", "unanswered", "wrote to us"] },
      { id: "leak", terms: ["leak", "leaking", "leaks", "water tank", "seal", "tank", "puddle", "worktop", "faulty", "fault"] },
      { id: "saturday", terms: ["saturday", "party", "birthday", "your wife", "wife's", "the weekend"] },
      { id: "timing", terms: ["5 working days", "five working days", "working days", "within 5 days", "within five days"] },
      { id: "machine", terms: ["coffee machine", "machine", "brevano"] },
      { id: "guarantee", terms: ["guarantee", "12-month", "12 month", "twelve-month", "twelve month", "30 days", "30-day", "return window"] },
      { id: "reference", terms: ["reference", "order number", "case number"] },
    ],
    concerns: [
      { id: "saturday", description: "a working machine, or a settled outcome, before the party on Saturday", fact: "birthday-saturday", topics: ["tomorrow", "saturday"], by: ["solution", "options", "expectation"], raise: "Hang on, though. It's her party on Saturday. Will I have a working machine by then or not?" },
      { id: "emails", description: "someone to own that his two emails were ignored", fact: "unanswered-emails", topics: ["emails"], by: ["apology", "empathy", "ownership", "reflection"], raise: "And nobody's said a word about my two emails. Am I just supposed to forget that?" },
    ],
  },
  rubricId: "core-deescalation",
  branching: {
    startNodeId: "opening",
    nodes: [
      {
        id: "opening",
        customerLine:
          "I want a refund for this coffee machine. Not a repair, not a voucher, a refund, and I want it today. I've emailed you twice and been ignored, so if I don't get it now I'm putting reviews up everywhere I can find.",
        choices: [
          {
            id: "outside-window",
            text: "I'm afraid our refund window is 30 days, and you bought it 33 days ago.",
            feedback:
              "Leads with the rule he fears most, with no acknowledgement and no alternative. A textbook policy wall, and wrong in spirit: faulty goods have other remedies.",
            tensionDelta: 18,
            labels: ["policy_wall"],
            next: "furious",
          },
          {
            id: "apologise-for-emails",
            text: "You emailed twice and heard nothing back. I'm sorry, that's not acceptable, and I'm going to sort this out with you now. Can I take your name and postcode, and tell me what the machine is doing?",
            feedback:
              "Reflects the part that hurts most (being ignored), apologises for it, takes ownership and opens the conversation about the fault.",
            tensionDelta: -14,
            labels: ["reflection", "apology", "ownership", "open_question"],
            next: "describes-fault",
          },
          {
            id: "have-you-tried",
            text: "I'm sorry to hear it's leaking. Before we talk about refunds, could you try descaling it and reseating the water tank for me? That clears up most leaks on this model, and it would save you sending it back.",
            feedback:
              "Troubleshooting can be reasonable, but opening with it after two ignored emails tells him you think he's the problem.",
            tensionDelta: 10,
            labels: ["dismissive"],
            next: "furious",
          },
        ],
      },
      {
        id: "describes-fault",
        customerLine:
          "Gareth Pryce, LE2 7FN. It leaks from underneath where the water tank sits, every single time. It was my wife's birthday present and she's got twelve people coming on Saturday.",
        choices: [
          {
            id: "refund-now",
            text: "Leave it with me, I'll refund you today and you can keep the machine.",
            feedback:
              "This breaks policy twice: refunds follow collection, and he can't keep the machine. It will be reversed, and he'll have been let down a third time. Forbidden promise.",
            tensionDelta: -12,
            labels: ["solution", "ownership"],
            next: "end-broken-promise",
          },
          {
            id: "repair-only",
            text: "I can book a repair. It takes up to ten working days.",
            feedback:
              "An allowed remedy, but it ignores what he just told you about Saturday. Offered as the only route, it feels like a refusal.",
            tensionDelta: 8,
            labels: ["solution"],
            next: "furious",
          },
          {
            id: "offer-choice",
            text: "That's a faulty machine, and it's a rotten thing to happen to a present. Here's what I can do: a replacement delivered tomorrow with the old one collected at the same time, so it's working for Saturday, or a full refund once the courier has collected it. Which would you prefer?",
            feedback:
              "Names it as a fault, shows empathy for the birthday, and offers two real choices with the timing that matters to him.",
            tensionDelta: -18,
            labels: ["empathy", "solution", "options", "expectation"],
            next: "weighing-up",
          },
        ],
      },
      {
        id: "furious",
        customerLine:
          "Don't read me your policy. It's broken. It leaks. I've emailed twice, so you can stop wasting my time and give me my money back.",
        choices: [
          {
            id: "reset-with-options",
            text: "You're right, I started in the wrong place, and I'm sorry. A leaking machine is faulty, and the 30 days don't stop you getting it put right. I can send a replacement tomorrow and collect the faulty one, or refund you once it's collected. Which suits you?",
            feedback:
              "Owns the bad start, explains plainly why the window doesn't block him, and moves straight to a choice. This is how to recover.",
            tensionDelta: -16,
            labels: ["apology", "explanation", "solution", "options"],
            next: "weighing-up",
          },
          {
            id: "repeat-rule",
            text: "I understand, but I can't change the policy. The system won't let me process it.",
            feedback:
              "'I understand, but' cancels the empathy, and blaming the system gives him nothing to work with.",
            tensionDelta: 14,
            labels: ["empathy", "policy_wall", "blame"],
            next: "end-escalated-angry",
          },
          {
            id: "offer-supervisor",
            text: "I can hear this has gone on far too long, and I don't blame you for being fed up with us after two emails went unanswered. Would you like me to get my supervisor on the line, so they can go through the whole thing with you properly and see what else can be done?",
            feedback: "Polite, but premature: you can fix this yourself. Escalating now adds another wait to a man who has waited a week.",
            tensionDelta: -2,
            labels: ["empathy", "escalation"],
            next: "end-escalated-calm",
          },
        ],
      },
      {
        id: "weighing-up",
        customerLine:
          "A replacement tomorrow? Why should I believe that? My emails disappeared. And why not just give me my money back now?",
        choices: [
          {
            id: "bigger-voucher",
            text: "Tell you what, I'll throw in a £100 voucher and refund you today.",
            feedback:
              "Both promises break policy (voucher cap £20, refund after collection). Buying calm with promises you can't keep is a critical failure.",
            tensionDelta: -10,
            labels: ["solution"],
            next: "end-broken-promise",
          },
          {
            id: "explain-and-commit",
            text: "Fair question. The refund can only go through once the machine's been collected, which is why I can't do it on this call. The replacement is booked for tomorrow before 1 p.m., you'll get a text with a two-hour slot tonight, and I'm adding a £20 voucher for the ignored emails. Your reference is HH-2290117, and I'll call you tomorrow afternoon to check it's arrived.",
            feedback:
              "Explains the rule in plain words, sets a concrete expectation, makes an allowed goodwill gesture and commits to a follow-up. He has every reason to trust it.",
            tensionDelta: -16,
            labels: ["explanation", "expectation", "solution", "follow_up"],
            next: "end-resolved",
          },
          {
            id: "just-trust-me",
            text: "You'll just have to trust me on this one.",
            feedback: "He has no reason to yet. Trust comes from specifics: a time, a reference, a follow-up.",
            tensionDelta: 8,
            labels: [],
            next: "end-resolved-grudging",
          },
        ],
      },
      {
        id: "end-resolved",
        customerLine: "Right. That's sorted, then. Thank you. I won't be writing any reviews, don't worry.",
        outcome: "resolved",
        choices: [],
      },
      {
        id: "end-resolved-grudging",
        customerLine: "Fine. If it's not here tomorrow I'm ringing back and I won't be this polite.",
        outcome: "resolved",
        choices: [],
      },
      {
        id: "end-broken-promise",
        customerLine: "Finally! Thank you. (The refund is blocked two days later because nothing has been collected, and he calls back furious.)",
        outcome: "ongoing",
        choices: [],
      },
      {
        id: "end-escalated-angry",
        customerLine: "Then put me through to someone who can. Now.",
        outcome: "escalated",
        choices: [],
      },
      {
        id: "end-escalated-calm",
        customerLine: "Yes. Fine. Get them.",
        outcome: "escalated",
        choices: [],
      },
    ],
  },
};
