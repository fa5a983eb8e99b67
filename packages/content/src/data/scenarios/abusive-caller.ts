import type { ScenarioInput } from "./types";

export const abusiveCaller: ScenarioInput = {
  id: "abusive-caller",
  version: 2,
  title: "The estimated bill",
  summary:
    "A self-employed plumber has received a £412 estimated energy bill and opens the call with insults. The agent must set a respectful limit and still solve the problem.",
  customerType: "abusive",
  difficulty: "advanced",
  contentWarning:
    "This caller swears, insults the agent and makes personal remarks. A reduced-intensity version with toned-down wording is available.",
  persona: {
    name: "Darren Cole",
    situation:
      "Darren is a plumber who works for himself. His quarterly Brightwell Energy bill is £412, almost double last winter's, and it is marked 'estimated'. He has been promised a smart-meter engineer twice. The direct debit is due to leave tomorrow, in a month when two customers haven't paid him.",
    wants:
      "The bill to be correct and the direct debit stopped until it is, and to stop being treated like a number.",
    emotionalState:
      "Furious and under financial pressure. The abuse comes from feeling powerless; it drops when he feels someone is in control and on his side, and spikes when he feels handled or scripted.",
    inflamedBy: [
      "Scripted phrases that sound read out",
      "Being told to calm down or watch his language coldly",
      "Being put on hold without warning",
      "Another promise of an engineer with no date",
      "Being asked for details before anyone acknowledges the problem",
    ],
    calmedBy: [
      "A calm, human limit on the language that still offers help",
      "Someone taking control with clear steps",
      "Stopping the direct debit before tomorrow",
      "Using his actual meter reading to correct the bill",
      "A booked engineer date and a reference number",
    ],
    facts: [
      {
        id: "meter-not-sending",
        fact: "His smart meter stopped sending readings in June, so the last two bills have been estimated, and the estimates assumed far higher usage than his real readings show.",
        askedAbout: ["meter", "reading", "estimated", "estimate", "smart", "why is it"],
        customerLine:
          "It's got a screen, it's supposed to send the readings itself. It's been saying 'no signal' or whatever since the summer.",
      },
      {
        id: "can-read-now",
        fact: "He is standing next to the meter and can read it out now; the actual reading (14,682) would bring the bill down to about £236.",
        askedAbout: ["read it", "reading now", "next to", "can you see", "numbers", "give me a reading", "current reading"],
        customerLine: "I'm stood right next to the thing. Hang on. One four six eight two. There.",
      },
      {
        id: "dd-tomorrow",
        fact: "The direct debit leaves tomorrow and two of his own customers haven't paid him this month, so the timing is what's driving the anger.",
        askedAbout: ["when", "payment", "direct debit", "due", "pay", "afford", "money"],
        customerLine:
          "It comes out tomorrow. Tomorrow! I've got two customers who haven't paid me this month. I can't have four hundred quid disappearing.",
      },
      {
        id: "engineer-promised",
        fact: "He was promised a smart-meter engineer in July and again in September; no appointment was ever booked.",
        askedAbout: ["engineer", "fix", "before", "promised", "contacted", "called before", "appointment"],
        customerLine: "You lot have promised me an engineer twice. July and September. Nobody's ever turned up.",
      },
    ],
  },
  openingLine:
    "Right, are you the idiot who sent me a four-hundred-quid bill? Because I'm not paying it. Your useless company can't read a meter and I'm sick of being ripped off.",
  openingLineMild:
    "Right, are you the one who sent me a four-hundred-quid bill? Because I'm not paying it. Your company can't read a meter and I'm fed up of being overcharged.",
  startTension: 80,
  policy: {
    basis: { amount: 412, currency: "GBP" },
    callDay: "wednesday",
    allowed: [
      {
        id: "rebill-from-reading",
        description: "Take a meter reading from the customer now and reissue the bill from it within 48 hours.",
        kind: "bill-reissue",
        timing: { text: "within 48 hours of the reading", after: "meter-reading" },
      },
      {
        id: "hold-direct-debit",
        description: "Put this bill's direct debit on hold until the corrected bill is issued.",
        kind: "payment-hold",
        timing: { text: "until the corrected bill is issued" },
      },
      {
        id: "book-engineer",
        description: "Book the earliest smart-meter engineer slot the system offers (currently next Tuesday) and give a reference.",
        kind: "engineer-visit",
        timing: { text: "next Tuesday", earliest: { weekday: "tuesday", label: "next Tuesday" } },
      },
      {
        id: "payment-plan",
        description: "Offer to spread any corrected balance over up to six months at no extra cost.",
        kind: "instalments",
        timing: { text: "up to six months" },
      },
      {
        id: "end-after-warning",
        description:
          "If abuse continues after one clear, calm warning, end the call politely and note the account; a supervisor may call back.",
        kind: "end-call",
        conditions: ["abuse continues after one clear, calm warning"],
      },
    ],
    forbidden: [
      {
        id: "no-write-off",
        description: "Do not promise to cancel, wipe or write off the bill; it must be recalculated from a real reading.",
        breachWhen: [{ kinds: ["write-off"] }],
      },
      {
        id: "no-engineer-promise",
        description: "Do not promise an engineer sooner than the system offers (e.g. 'tomorrow', 'today').",
        breachWhen: [{ kinds: ["engineer-visit"], soonerThan: { weekday: "tuesday", label: "next Tuesday" } }],
      },
      {
        id: "no-compensation-amount",
        description: "Do not promise compensation amounts; only the complaints team can award them.",
        breachWhen: [{ kinds: ["compensation", "credit", "voucher"] }],
      },
    ],
  },
  lines: {
    calmer: [
      { text: "Wiped? Well, that's more like it.", when: {"breached": ["no-write-off"]} },
      { text: "Tomorrow? Right. I'll hold you to that.", when: {"breached": ["no-engineer-promise"]} },
      { text: "Now we're talking. About time you lot paid up for once.", when: {"breached": ["no-compensation-amount"]} },
      {
        text: "Fine. Fine. I'm not having a go at you personally, alright? It's this bloody company.",
        when: {"labels": ["boundary"]},
        mild: "Fine. I'm not having a go at you personally. It's this company.",
      },
      { text: "Right, well, if you can stop it coming out tomorrow, that's the main thing.", when: {"revealed": ["dd-tomorrow"], "unmet": ["dd-tomorrow"]} },
      { text: "Okay. What do you need from me, then?", when: {"labels": ["ownership", "solution", "open_question"]} },
      { text: "I'm stood next to the meter now, if you want the numbers.", when: {"topics": ["reading", "meter"]} },
      "Go on, then. I'm listening.",
      {
        text: "Sorry for swearing. It's been a rubbish week.",
        when: {"labels": ["boundary", "empathy"]},
        mild: "Sorry for snapping. It's been a rubbish week.",
      },
      { text: "So the bill goes down if you use my reading? How much by?", when: {"topics": ["reading", "rebill"]} },
      { text: "Tuesday. Morning or afternoon? I need to know so I can move a job.", when: {"topics": ["engineer"], "offered": ["book-engineer"]} },
      { text: "Alright. That's the first straight answer I've had off you lot.", when: {"labels": ["solution", "explanation"]} },
    ],
    same: [
      { text: "Are you reading that off a card? Just tell me what's happening with my bill.", when: {"scripted": true} },
      { text: "So are you sorting this four hundred quid bill or not?", when: {"idle": true, "notOffered": ["rebill-from-reading", "hold-direct-debit"]} },
      {
        text: "I don't want to hear a script, mate. Just tell me what you're doing.",
        when: {"scripted": true, "labels": ["empathy"]},
        mild: "I don't want to hear a script. Just tell me what you're doing.",
      },
      { text: "Every time I ring, it's someone new, and nothing gets done.", when: {"labels": ["escalation", "follow_up"]} },
      { text: "Four hundred and twelve pounds. For a two-bed flat. Explain that.", when: {"labels": ["empathy", "apology"]} },
      { text: "I've been told all this before. Twice.", when: {"labels": ["expectation", "explanation", "follow_up"]} },
      { text: "So are you stopping the payment or not?", when: {"unmet": ["dd-tomorrow"], "revealed": ["dd-tomorrow"]} },
      {
        text: "I haven't got all day, I've got a boiler to fit in Harlow at two.",
        mild: "I haven't got long, I've got a job to get to at two.",
      },
      "Why should I believe anything you say?",
      {
        text: "What's the point of a smart meter if it's thick as a brick?",
        mild: "What's the point of a smart meter if it can't send a reading?",
      },
      { text: "Just sort it out.", when: {"idle": true} },
    ],
    angrier: [
      { text: "Oh, I'm being told off now, am I? You rob me blind and I've to mind my bloody language?", when: {"labels": ["boundary"]}, abusive: true, mild: "Oh, so I'm being told off now? You overcharge me and I'm the problem?" },
      { text: "Mind my language? You mind your bills, you clown.", when: {"labels": ["boundary"]}, abusive: true, mild: "Mind my language? You mind your bills." },
      { text: "That's not an answer, genius. Are you sorting this bill or not?", when: {"idle": true, "notOffered": ["rebill-from-reading", "hold-direct-debit"]}, abusive: true, mild: "That's not an answer. Are you sorting this bill or not?" },
      {
        text: "Don't you talk down to me, you patronising little muppet.",
        when: {"labels": ["dismissive"]}, abusive: true,
        mild: "Don't talk down to me. That's patronising.",
      },
      {
        text: "Are you thick? I've told you three times, the meter doesn't work!",
        when: {"revealed": ["meter-not-sending"]}, abusive: true,
        mild: "Are you even listening? I've told you three times, the meter doesn't work!",
      },
      {
        text: "You're reading off a screen like a bloody robot.",
        when: {"labels": ["empathy", "apology"], "scripted": true}, abusive: true,
        mild: "You're just reading off a screen.",
      },
      {
        text: "I'm not telling you anything until you tell me why you've robbed me.",
        when: {"asked": true}, abusive: true,
        mild: "I'm not giving you anything until you tell me why this bill is so high.",
      },
      {
        text: "Oh, here we go, another useless promise. You people make me sick.",
        when: {"topics": ["engineer"]}, abusive: true,
        mild: "Here we go, another promise. I'm fed up with it.",
      },
      {
        text: "Hold? Don't you dare put me on hold, I'll come down there myself.",
        when: {"topics": ["hold"]}, abusive: true,
        mild: "Don't put me on hold. I've had enough of waiting.",
      },
      {
        text: "You're a waste of space, the lot of you.",
        abusive: true,
        mild: "Your company is a waste of time.",
      },
      {
        text: "Policy? Stick your policy. I want this bill gone.",
        when: {"labels": ["policy_wall"]}, abusive: true,
        mild: "I don't care about your policy. I want this bill sorted.",
      },
      {
        text: "Don't you talk to me like that, sunshine. I'm the one paying your wages.",
        when: {"labels": ["rude", "argue"]}, abusive: true,
        mild: "Don't talk to me like that. I'm the customer here.",
      },
      {
        text: "Stop reading me a script, you parrot. What are you doing about my bill?",
        when: {"scripted": true}, abusive: true,
        mild: "Stop reading me a script. What are you doing about my bill?",
      },
      { text: "Don't give me that. You're all the bloody same.", mild: "Don't give me that. You're all the same.", when: {"labels": ["empathy", "apology"]}, abusive: true },
    ],
    resolved: [
      { text: "I'll pay it in one go once it's the right amount. Ta for offering, though.", when: {"offered": ["payment-plan"]} },
      { text: "Right. Payment stopped, new bill in two days, engineer Tuesday. Thanks. And, er, sorry about before.", when: {"offered": ["hold-direct-debit", "rebill-from-reading", "book-engineer"]} },
      "Okay. That's sorted, then. Cheers for not hanging up on me.",
      { text: "Two hundred and thirty-six. That's more like it. Ta.", when: {"offered": ["rebill-from-reading"], "revealed": ["can-read-now"], "said": ["new-amount"]} },
      { text: "Alright, mate. Appreciate it. Send me that reference by text, yeah?", when: {"offered": ["book-engineer"]} },
      "Good. That's all I wanted. Someone to actually do something.",
      { text: "Payment's on hold till the new bill comes. Right. That'll do. Ta.", when: {"offered": ["hold-direct-debit"]} },
    ],
    escalated: [
      { text: "Hang up, then. See if I care. I'll be on to the ombudsman before you've put the phone down.", when: {"labels": ["boundary"]}, mild: "Hang up, then. I'll be on to the ombudsman." },
      { text: "That's how it works, is it? Then get me someone who can change how it works.", when: {"labels": ["explanation", "policy_wall"]} },
      {
        text: "Put me through to your manager. I'm not talking to you any more.",
        mild: "Put me through to your manager, please. I'm done with this.",
      },
      {
        text: "Hang up on me, then. I'll be on to the ombudsman before you've finished your tea.",
        mild: "Fine, end the call. I'll be contacting the ombudsman.",
      },
      {
        text: "Get me someone who isn't a complete waste of time.",
        mild: "Get me someone who can actually help.",
      },
      "I want a supervisor. Now.",
      {
        text: "Forget it. You're all useless.",
        mild: "Forget it. This is pointless.",
      },
    ],
    closing: [
      "No, that's it. Cheers.",
      "Nah, that's everything. Ta.",
      "That's all. I've got a boiler to fit.",
    ],
    ended: [
      "Fine. Whatever. I'll ring back when I've cooled off.",
      { text: "Yeah, alright. Maybe I was out of order. I'll call back later.", mild: "Alright. Maybe I was out of order. I'll call back later." },
    ],
    cutOff: [
      { text: "You're hanging up on me? Typical. I'm going straight to the ombudsman.", mild: "You're ending the call? Typical. I'm going to the ombudsman." },
    ],
  },
  engine: {
    effects: {
      empathy: -5,
      apology: -4,
      reflection: -5,
      open_question: -2,
      ownership: -10,
      solution: -12,
      options: -8,
      expectation: -8,
      boundary: -15,
      escalation: -4,
      explanation: -5,
      follow_up: -3,
      blame: 18,
      dismissive: 20,
      argue: 18,
      policy_wall: 18,
      jargon: 10,
      rude: 25,
    },
    resolveAtOrBelow: 35,
    needs: [["boundary"], ["solution", "options", "escalation"]],
    topics: [
      { id: "bill", terms: ["bill", "£412", "412", "four hundred", "estimated", "estimate", "estimated bill"] },
      { id: "reading", terms: ["reading", "meter reading", "read the meter", "read it", "numbers on the meter", "14,682", "14682", "actual reading", "your reading", "read out"] },
      { id: "rebill", remedy: "rebill-from-reading", terms: ["reissue", "re-issue", "recalculate", "new bill", "corrected bill", "correct the bill", "re-bill", "rebill", "redo the bill", "48 hours", "two days", "£236", "236"] },
      { id: "dd-hold", remedy: "hold-direct-debit", terms: ["direct debit", "the payment", "stop the payment", "hold the payment", "pause the payment", "stop it coming out", "won't come out", "won't be taken", "not be taken", "stopped the payment", "on hold until"] },
      { id: "tomorrow", terms: ["tomorrow", "before tomorrow"] },
      { id: "new-amount", terms: ["£236", "236", "two hundred and thirty-six", "two hundred and thirty six"] },
      { id: "engineer", remedy: "book-engineer", terms: ["engineer", "appointment", "tuesday", "booked", "book you"] },
      { id: "plan", remedy: "payment-plan", terms: ["payment plan", "spread", "six months", "instalments", "monthly payments"] },
      { id: "meter", terms: ["smart meter", "meter", "no signal", "signal"] },
      { id: "money", terms: ["customers haven't paid", "cash flow", "self-employed", "two customers", "money's tight", "your work", "your business", "the job"] },
      { id: "reference", terms: ["reference", "reference number", "text you"] },
      { id: "hold", terms: ["on hold", "hold for", "bear with me"] },
      { id: "language", terms: ["language", "swearing", "swear", "insults", "insulting", "names", "calling me", "respectful", "abuse", "abusive", "shouting"] },
      { id: "end-call", remedy: "end-after-warning", terms: ["end this call now", "end the call now", "ending this call", "ending the call", "i'm going to end the call", "i'm going to end this call", "i'll end the call now", "i'm going to have to end", "i'll have to end", "going to hang up", "hang up now", "terminate this call", "close this call now"] },
      { id: "way-back", terms: ["call us back", "ring us back", "call back", "ring back", "when you're ready", "call you back", "ring you back", "phone you back", "supervisor will call", "manager will call", "get back in touch", "calmer", "another time", "later today", "tomorrow morning"] },
    ],
    concerns: [
      { id: "dd-tomorrow", description: "the direct debit stopped before it leaves tomorrow", fact: "dd-tomorrow", topics: ["dd-hold", "tomorrow"], by: ["solution", "options", "expectation", "ownership"], raise: "And the direct debit? It comes out tomorrow. Are you stopping it or not?" },
    ],
    grace: 1,
    endCall: { endTopic: "end-call", wayBackTopic: "way-back" },
  },
  rubricId: "core-deescalation",
  branching: {
    startNodeId: "opening",
    nodes: [
      {
        id: "opening",
        customerLine:
          "Right, are you the idiot who sent me a four-hundred-quid bill? Because I'm not paying it. Your useless company can't read a meter and I'm sick of being ripped off.",
        choices: [
          {
            id: "calm-down",
            text: "Sir, I can hear you're upset, and I do want to help you with this bill today. But I need you to calm down first, because I can't help you properly while you're shouting at me like this on the phone.",
            feedback: "'Calm down' orders his feelings and sets conditions before you've offered anything. It almost always backfires.",
            tensionDelta: 16,
            labels: ["dismissive"],
            next: "escalating-abuse",
          },
          {
            id: "acknowledge-then-help",
            text: "A bill for four hundred pounds you weren't expecting would make anyone angry. My name's Amira and I'm going to look at it with you right now. What does the bill say next to the reading?",
            feedback:
              "Ignores the insult for now, acknowledges the shock, introduces herself as a person and takes control with an open question. A boundary isn't needed yet: one insult at the start is often just steam.",
            tensionDelta: -10,
            labels: ["empathy", "ownership", "open_question"],
            next: "second-insult",
          },
          {
            id: "cold-warning",
            text: "I won't be spoken to like that. If you carry on, I'll terminate the call.",
            feedback:
              "A threat as the very first move. It's not a respectful boundary; it tells him you're more interested in his tone than his bill.",
            tensionDelta: 18,
            labels: ["rude"],
            next: "escalating-abuse",
          },
        ],
      },
      {
        id: "second-insult",
        customerLine:
          "It says 'estimated'. Estimated! Are you thick? I've told your lot twice that the meter doesn't work, and you keep guessing and robbing me.",
        choices: [
          {
            id: "ignore-abuse",
            text: "Okay. Can I take your account number, please?",
            feedback:
              "Letting repeated insults pass teaches the caller they work, and skipping past the 'estimated' complaint sounds scripted. Not a disaster, but the call stays hot.",
            tensionDelta: 6,
            labels: [],
            next: "escalating-abuse",
          },
          {
            id: "defend-company",
            text: "I understand it's a lot of money. Estimated bills are perfectly normal when we don't have a reading, though, and they usually even out over the year. We're not robbing anyone; the system just works from an estimate.",
            feedback: "Defending the company invites a fight you can't win. He needs the bill fixed, not to be corrected.",
            tensionDelta: 14,
            labels: ["argue"],
            next: "escalating-abuse",
          },
          {
            id: "respectful-boundary",
            text: "I want to get this bill right for you, and I will. I'm not able to carry on if it gets personal, though, so let's keep it on the bill. What's your postcode, and are you near the meter? If you can read me the numbers, I can correct it now.",
            feedback:
              "A textbook boundary: calm, brief, not a threat, and immediately followed by a concrete way forward. The limit and the help arrive together.",
            tensionDelta: -16,
            labels: ["boundary", "solution", "open_question"],
            next: "gives-reading",
          },
        ],
      },
      {
        id: "escalating-abuse",
        customerLine:
          "Don't you patronise me. You're a useless waste of space reading off a screen, the lot of you. I want this bill gone.",
        choices: [
          {
            id: "boundary-with-offer",
            text: "I can hear how angry you are, and I do want to help with this bill. I can't keep going if the name-calling carries on, so please leave that out. Give me your postcode and read me the meter, and I'll correct the bill and stop tomorrow's payment.",
            feedback:
              "Names the emotion, sets a clear limit calmly and gives him two strong reasons to work with you. This is the warning the policy asks for, delivered without hostility.",
            tensionDelta: -14,
            labels: ["empathy", "boundary", "solution"],
            next: "gives-reading",
          },
          {
            id: "write-off",
            text: "Okay, okay. I'll write the bill off, don't worry about it.",
            feedback:
              "Giving in to abuse with a forbidden promise. The bill can't be written off, so this guarantees a worse call later. Critical failure.",
            tensionDelta: -10,
            labels: ["solution"],
            next: "end-broken-promise",
          },
          {
            id: "supervisor-warm",
            text: "I want you to get the right help with this, and I don't think I'm the best person for it right now. Let me bring my team leader in; I'll explain everything to him first, so you don't have to repeat any of it to him all over again.",
            feedback:
              "A reasonable route when you can't make progress, and a warm handover is the right way to do it. You could still have tried a boundary first.",
            tensionDelta: -4,
            labels: ["escalation"],
            next: "end-escalated",
          },
          {
            id: "hang-up",
            text: "Right, I'm ending this call.",
            feedback:
              "Ending a call is allowed, but only after one clear, calm warning. Ending it here, without any warning or offer of help, leaves the bill unfixed and the customer angrier.",
            tensionDelta: 20,
            labels: ["rude"],
            next: "end-hung-up",
          },
        ],
      },
      {
        id: "gives-reading",
        customerLine:
          "CM20 2LT. I'm stood next to it. One four six eight two. And it comes out tomorrow, so whatever you're doing, do it today.",
        choices: [
          {
            id: "engineer-tomorrow",
            text: "Done. And I'll get an engineer out to you tomorrow.",
            feedback:
              "He's been let down on engineers twice; promising one sooner than the system allows makes it three times. Forbidden promise.",
            tensionDelta: -6,
            labels: ["solution"],
            next: "end-broken-promise",
          },
          {
            id: "hold-rebill-engineer",
            text: "Thanks, Darren. With that reading the bill comes down to about £236. I've put tomorrow's payment on hold, the corrected bill will be with you within 48 hours, and I've booked an engineer for next Tuesday morning to fix the meter. I'll text you the reference now. If the new amount is hard this month, I can spread it over up to six months.",
            feedback:
              "Solution, expectations, an option for the cash-flow worry and a reference he can hold on to. Everything he needed, within policy.",
            tensionDelta: -20,
            labels: ["solution", "expectation", "options", "follow_up"],
            next: "end-resolved",
          },
          {
            id: "cant-stop-dd",
            text: "I'll update the reading, but I can't stop the direct debit, it's already been sent to the bank.",
            feedback:
              "Not true under this policy and a refusal with no alternative. It keeps his biggest worry alive.",
            tensionDelta: 14,
            labels: ["policy_wall"],
            next: "end-escalated",
          },
        ],
      },
      {
        id: "end-resolved",
        customerLine: "Right. Payment stopped, new bill in two days, engineer Tuesday. Thanks. And, er, sorry about before.",
        outcome: "resolved",
        choices: [],
      },
      {
        id: "end-broken-promise",
        customerLine: "Right. Good. (The promise can't be kept, and his next call starts angrier than this one.)",
        outcome: "ongoing",
        choices: [],
      },
      {
        id: "end-hung-up",
        customerLine: "(The line goes dead. The bill is unchanged and the payment leaves tomorrow.)",
        outcome: "ongoing",
        choices: [],
      },
      {
        id: "end-escalated",
        customerLine: "Put me through to someone senior, then. Now.",
        outcome: "escalated",
        choices: [],
      },
    ],
  },
};
