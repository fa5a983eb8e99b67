import type { ScenarioInput } from "./types";

export const billingError: ScenarioInput = {
  id: "billing-error",
  version: 2,
  title: "The bill that tripled",
  summary:
    "A long-standing broadband customer has been charged almost three times her usual amount and says she will leave today unless it is fixed.",
  customerType: "upset",
  difficulty: "foundation",
  persona: {
    name: "Sandra Whitlock",
    situation:
      "Sandra has had ConnectHome broadband for six years. This month's direct debit is £89.97 instead of the usual £29.99. She opened the email on her lunch break, rang straight away and waited 22 minutes in the queue.",
    wants:
      "The extra sixty pounds back before her rent goes out on Friday, an explanation of how it happened, and to feel that someone is actually dealing with it.",
    emotionalState:
      "Upset and anxious rather than aggressive: money is tight this month, she feels taken for granted as a loyal customer, and the long wait has worn her patience thin.",
    inflamedBy: [
      "Being asked to repeat details she has already given",
      "Any hint that the charge is her fault",
      "Vague promises such as 'we'll look into it'",
      "Being told the charge is 'standard' or 'automatic'",
      "Being passed to another department without explanation",
    ],
    calmedBy: [
      "A real apology for the shock and the wait",
      "The agent saying they will personally sort it out",
      "A clear explanation of where the £59.98 came from",
      "A concrete date for the money to come back",
      "Being offered a call back to confirm it has landed",
    ],
    facts: [
      {
        id: "equipment-fee",
        fact: "The extra £59.98 is a non-returned equipment fee for her old router, applied automatically 60 days after her upgrade.",
        askedAbout: ["charge", "fee", "extra", "breakdown", "what does it say", "line", "bill say"],
        customerLine:
          "It says 'equipment charge, £59.98'. What equipment? I haven't ordered anything.",
      },
      {
        id: "router-returned",
        fact: "She posted the old router back in May at the Post Office and still has the receipt with a tracking number; the warehouse never scanned it in.",
        askedAbout: ["router", "return", "send back", "send it back", "sent", "posted", "post it", "old box", "receipt", "tracking"],
        customerLine:
          "The old router? I took that to the Post Office in May in the bag you sent me. I've got the receipt on the fridge, it's got a tracking number on it.",
      },
      {
        id: "rent-friday",
        fact: "Her rent leaves her account on Friday, so the timing of any refund matters more to her than the amount of any goodwill gesture.",
        askedAbout: ["when", "need", "matter", "worried", "deadline", "affect", "timing", "how is this"],
        customerLine:
          "My rent goes out on Friday. If that sixty quid isn't back by then I'm going to be short, and I've never been short in my life.",
      },
      {
        id: "out-of-contract",
        fact: "She has been out of contract since March, so she could leave without a fee, but her son relies on the connection for college work.",
        askedAbout: ["contract", "leave", "cancel", "switch", "stay", "household", "who uses"],
        customerLine:
          "I'm out of contract, I checked, so don't think you can charge me to leave. Mind you, my lad needs it for his college work, so I'd rather not be messing about switching.",
      },
    ],
  },
  openingLine:
    "I've just been charged eighty-nine pounds ninety-seven. It's normally thirty. I've been with you six years and I've been on hold twenty minutes, so somebody had better tell me what's going on or I'm cancelling today.",
  startTension: 62,
  policy: {
    basis: { amount: 59.98, currency: "GBP" },
    callDay: "wednesday",
    allowed: [
      {
        id: "remove-fee-with-proof",
        description:
          "Remove the £59.98 equipment fee once the customer gives a Post Office receipt or tracking number for the return.",
        kind: "fee-removal",
        amount: { exact: { amount: 59.98, currency: "GBP" } },
        timing: { text: "once the return is proved", after: "proof-of-return" },
        conditions: ["the customer gives a Post Office receipt or tracking number"],
      },
      {
        id: "refund-3-5-days",
        description:
          "Refund the removed fee to the original payment method; it leaves the same day and usually shows in 3 to 5 working days.",
        kind: "refund",
        amount: { exact: { amount: 59.98, currency: "GBP" } },
        timing: {
          text: "leaves the same day, shows in 3 to 5 working days",
          leaves: { days: 0, label: "the same day" },
          earliest: { workingDays: 3, label: "3 to 5 working days" },
        },
        conditions: ["back to the original payment method"],
      },
      {
        id: "goodwill-up-to-15",
        description:
          "Add a goodwill credit of up to £15 to the next bill for the inconvenience and the wait.",
        kind: "credit",
        amount: { max: { amount: 15, currency: "GBP" } },
        timing: { text: "on the next bill" },
      },
      {
        id: "call-back",
        description: "Book a call back on a date and time the customer chooses to confirm the refund has arrived.",
        kind: "callback",
        timing: { text: "a date and time the customer chooses" },
      },
      {
        id: "cancel-without-fee",
        description: "Process a cancellation with no exit fee if the customer still wants to leave; she is out of contract.",
        kind: "cancellation",
        conditions: ["the customer still wants to leave"],
      },
    ],
    forbidden: [
      {
        id: "no-same-day-refund",
        description:
          "Do not promise the money will be back today or immediately: the refund goes back to her bank account (she pays by direct debit) and takes 3 to 5 working days, which the agent cannot speed up.",
        breachWhen: [{ kinds: ["refund"], soonerThan: { workingDays: 3, label: "3 to 5 working days" } }],
      },
      {
        id: "no-free-months",
        description: "Do not offer free months of service or waive the monthly charge; goodwill is capped at a £15 credit.",
        breachWhen: [{ kinds: ["free-period"] }],
      },
      {
        id: "no-credit-over-15",
        description: "Do not promise a goodwill credit larger than £15.",
        breachWhen: [{ kinds: ["credit", "voucher", "compensation"], amountAbove: { amount: 15, currency: "GBP" } }],
      },
    ],
  },
  lines: {
    calmer: [
      { text: "Free months as well? Well, I'm not going to say no to that.", when: {"breached": ["no-free-months", "no-credit-over-15"]} },
      { text: "Back on my card that quickly? Oh, that would be a relief, if you can really do that.", when: {"breached": ["no-same-day-refund"]} },
      { text: "A call back would help. I just want to know it's actually gone through.", when: {"offered": ["call-back"], "unmet": ["rent-friday"]} },
      "Right. Okay. Thank you, that's the first sensible thing anyone's said to me today.",
      { text: "Fine, I can give you that. It's SW4 4817, the account's in my name.", when: {"details": true, "notOffered": ["remove-fee-with-proof"]} },
      "I just want to know where the money went, that's all. I'm not trying to be difficult.",
      { text: "Okay, so it's that old router. That makes a bit more sense, at least it isn't something I've done.", when: {"topics": ["router"], "notOffered": ["remove-fee-with-proof"]} },
      { text: "Alright, I'll stop shouting at you, it's not you that did it. Go on.", when: {"labels": ["ownership", "apology"]} },
      { text: "As long as that sixty pounds actually comes back, I'll stay. I don't want the hassle of moving.", when: {"topics": ["refund", "remove-fee"]} },
      { text: "Thank you for saying sorry. Nobody ever does.", when: {"labels": ["apology"]} },
      { text: "So what happens now, do I need to send you anything?", when: {"labels": ["solution", "ownership"], "notOffered": ["remove-fee-with-proof"]} },
      { text: "Three to five days. Okay. That's before Friday if it goes today, isn't it?", when: { topics: ["timing"], said: ["three-to-five"] } },
      { text: "Hang on, let me get it. Right: the tracking number's KT 4471 2290 6GB.", when: { asked: true, revealed: ["router-returned"], said: ["router"] } },
      { text: "I've got the receipt here actually, hang on, let me read the number out.", when: {"topics": ["router"], "notOffered": ["remove-fee-with-proof"]} },
      { text: "Money off as well? Well, that's something, I suppose.", when: {"offered": ["goodwill-up-to-15"], "topics": ["credit"]} },
      { text: "A call to check it's gone through would put my mind at rest, yes.", when: {"topics": ["call-back"]} },
      { text: "So the fee's definitely coming off? Because that's all I want.", when: {"topics": ["remove-fee"], "unmet": ["rent-friday"], "notOffered": ["remove-fee-with-proof", "refund-3-5-days"]} },
    ],
    same: [
      { text: "That doesn't tell me anything. Is the £59.98 coming off my bill or not?", when: {"idle": true, "notOffered": ["remove-fee-with-proof", "refund-3-5-days"]} },
      { text: "I'm still waiting to hear what that sixty pounds is for, and whether I'm getting it back.", when: {"idle": true, "notOffered": ["remove-fee-with-proof", "refund-3-5-days"]} },
      { text: "Right. So is there anything I need to do, or is that it done?", when: {"idle": true, "offered": ["refund-3-5-days"]} },
      { text: "SW4 4817, it's in my name. Now can you tell me what that extra charge is?", when: {"details": true, "notOffered": ["remove-fee-with-proof", "refund-3-5-days"]} },
      { text: "Sorry doesn't tell me what happened to my sixty pounds.", when: {"labels": ["apology"], "notOffered": ["remove-fee-with-proof", "refund-3-5-days"]} },
      { text: "You're reading that off a card, aren't you? I asked about the £59.98.", when: {"scripted": true} },
      "I still don't understand why I've been charged that much.",
      "So are you fixing it or not? I need a straight answer.",
      { text: "Everyone says they'll look into it. Then nothing happens.", when: {"labels": ["follow_up", "escalation", "expectation"], "notOffered": ["remove-fee-with-proof", "refund-3-5-days"]} },
      { text: "I've explained all this already. Twice now.", when: {"asked": true, "revealed": ["router-returned"]} },
      "It's sixty pounds. That's my food shopping for the week.",
      { text: "I'm listening, but I'm not hearing what you're going to do about it.", when: {"idle": true} },
      { text: "Is there someone there who can actually sort it, or is it just you reading a screen?", when: {"scripted": true} },
      "I shouldn't have to ring up to get my own money back.",
      { text: "Everyone says they understand. That doesn't get my sixty pounds back.", when: {"labels": ["empathy"], "notOffered": ["refund-3-5-days", "remove-fee-with-proof"]} },
    ],
    angrier: [
      { text: "Don't you dare talk to me like that. Six years I've been with you.", when: {"labels": ["rude"]} },
      { text: "You've got my details in front of you. SW4 4817. Now what's this charge?", when: {"details": true, "notOffered": ["remove-fee-with-proof", "refund-3-5-days"]} },
      { text: "That sounds like it's off a card. What are you actually going to do about the extra sixty quid?", when: {"scripted": true} },
      { text: "That's not an answer. Is my sixty pounds coming back or not?", when: {"idle": true, "notOffered": ["remove-fee-with-proof", "refund-3-5-days"]} },
      { text: "Don't tell me it's standard. Nothing about this is standard.", when: {"labels": ["policy_wall", "argue"]} },
      { text: "So it's my fault now? I sent the thing back!", when: {"labels": ["blame"]} },
      { text: "Six years I've paid you every month, not a single missed payment, and this is how you treat me?", when: {"labels": ["policy_wall", "argue", "dismissive", "blame"]} },
      { text: "You're not listening to me. I said I posted it. In May.", when: {"revealed": ["router-returned"]} },
      { text: "Twenty minutes on hold and now I'm being brushed off? Are you serious?", when: {"labels": ["dismissive"]} },
      { text: "I don't want to hear about your processes, I want my money.", when: {"labels": ["policy_wall", "jargon"]} },
      { text: "Okay. But what are you actually going to do about the extra sixty quid?", when: {"labels": ["empathy", "apology", "follow_up", "expectation"], "notOffered": ["remove-fee-with-proof", "refund-3-5-days"]} },
      { text: "Right, that's it. Give me the cancellation number.", when: {"labels": ["dismissive", "rude"]} },
      { text: "Don't hide behind the rules with me. I sent that router back.", when: {"labels": ["policy_wall"]} },
      { text: "Another department? I've been passed from pillar to post already. Can't you just sort it yourself?", when: {"labels": ["escalation"]} },
    ],
    resolved: [
      { text: "Before Friday. Right, that's what I needed to hear. Thank you.", when: {"addressed": ["rent-friday"], "said": ["friday"]} },
      { text: "Okay. Thank you, love. I'll keep an eye out for it, and I'll wait for your call to check it's landed.", when: {"offered": ["call-back"]} },
      "Right, well, you've sorted it, so I'll stay. Just don't let it happen again.",
      "That's all I wanted, really. Someone to take it seriously. Thanks for your help.",
      { text: "Brilliant. Something off the bill as well, that's kind of you. I appreciate it.", when: {"offered": ["goodwill-up-to-15"]} },
      { text: "Fine. I'm going to put the kettle on now. Thank you.", when: {"labels": ["follow_up", "expectation"]} },
      { text: "So the fee's coming off and the money's back on my card before Friday. Thank you, that's a weight off.", when: {"offered": ["refund-3-5-days"], "addressed": ["rent-friday"], "said": ["friday"]} },
      { text: "So the fee's coming off and the money comes back to my card. Thank you, that's a weight off.", when: {"offered": ["refund-3-5-days"]} },
    ],
    escalated: [
      { text: "My problem? I posted that router back. I want somebody senior, now.", when: {"labels": ["blame"]} },
      { text: "Then the policy's wrong. Put me through to someone who can change it.", when: {"labels": ["policy_wall"]} },
      "I'm not getting anywhere with you. Put me through to a manager.",
      "Forget it. I'll ring back and cancel, and I'm telling everyone at work not to bother with you.",
      "I want to speak to somebody senior. Now, please.",
      "That's it, I'm done. I'm putting the phone down and going to the ombudsman.",
      "Get me your supervisor, I'm not explaining it all again to someone who doesn't care.",
    ],
    closing: [
      "No, that's everything, thank you. You've been very good.",
      "No, that's it. I'll let you get on.",
      "Nothing else, love. Thanks again.",
    ],
    cutOff: [
      "You've hung up on me? Unbelievable. That's it, I'm cancelling.",
      "Did you just end the call on me? I'm putting a complaint in.",
    ],
  },
  engine: {
    effects: {
      empathy: -6,
      apology: -8,
      reflection: -5,
      open_question: -3,
      ownership: -10,
      solution: -15,
      options: -8,
      expectation: -8,
      explanation: -6,
      follow_up: -5,
      escalation: -2,
      blame: 18,
      dismissive: 16,
      argue: 14,
      policy_wall: 15,
      jargon: 8,
      rude: 25,
    },
    resolveAtOrBelow: 30,
    needs: [["empathy", "apology"], ["solution"]],
    topics: [
      { id: "fee", terms: ["£59.98", "59.98", "fifty-nine", "sixty pounds", "sixty quid", "£60", "equipment fee", "equipment charge", "fee", "charge", "charged", "extra"] },
      { id: "bill", terms: ["bill", "£89.97", "89.97", "direct debit", "£29.99", "usual amount", "thirty pounds"] },
      { id: "router", terms: ["router", "old router", "returned", "return", "posted", "post office", "receipt", "tracking", "tracking number", "warehouse"] },
      { id: "remove-fee", remedy: "remove-fee-with-proof", terms: ["remove the fee", "removed the fee", "remove the charge", "removed the charge", "take the fee off", "take the charge off", "taken the charge off", "taken the fee off", "take it off", "taken it off", "remove it", "removed it", "reverse the charge", "reversed the charge", "cancel the charge", "cancel the fee", "wipe the fee", "waive the fee", "waived the fee", "waive that fee"] },
      { id: "refund", remedy: "refund-3-5-days", terms: ["refund", "refunded", "refunding", "money back", "back to your card", "back on your card", "to your card", "onto your card", "original payment", "back in your account"] },
      { id: "credit", remedy: "goodwill-up-to-15", terms: ["credit", "goodwill", "£15", "15 pounds", "fifteen pounds", "off your next bill", "off next month", "off next month's bill"] },
      { id: "call-back", remedy: "call-back", terms: ["call you back", "ring you back", "ring you", "call you on", "call you", "phone you", "give you a call", "give you a ring", "check in with you"] },
      { id: "cancel", remedy: "cancel-without-fee", terms: ["cancel", "cancellation", "exit fee", "leave without"] },
      { id: "three-to-five", terms: ["3 to 5 working days", "three to five working days", "3-5 working days", "3 to 5 days", "three to five days", "3-5 days"] },
      { id: "timing", terms: ["3 to 5 working days", "three to five working days", "3-5 working days", "working days", "3 to 5 days", "three to five days", "3-5 days", "same day"] },
      { id: "friday", terms: ["friday", "rent", "before friday", "by friday"] },
      { id: "wait", terms: ["wait", "waiting", "waited", "hold", "on hold", "queue", "twenty minutes", "22 minutes", "20 minutes"] },
      { id: "loyal", terms: ["six years", "6 years", "loyal", "long-standing", "long standing"] },
    ],
    concerns: [
      { id: "rent-friday", description: "to know the money will be back before her rent goes out on Friday", fact: "rent-friday", topics: ["friday", "timing"], by: ["expectation", "solution", "options", "follow_up", "reflection"], raise: "Hang on, though. My rent goes out on Friday. Can I have that sixty pounds back before then?" },
    ],
  },
  rubricId: "core-deescalation",
  branching: {
    startNodeId: "opening",
    nodes: [
      {
        id: "opening",
        customerLine:
          "I've just been charged eighty-nine pounds ninety-seven. It's normally thirty. I've been with you six years and I've been on hold twenty minutes, so somebody had better tell me what's going on or I'm cancelling today.",
        choices: [
          {
            id: "straight-to-security",
            text: "Can I take the account number and the first line of the address, please?",
            feedback:
              "Security checks are necessary, but going straight to them after a twenty-minute wait sounds like you didn't hear her. One sentence of acknowledgement first costs nothing.",
            tensionDelta: 5,
            labels: [],
            next: "reluctant-details",
          },
          {
            id: "acknowledge-and-own",
            text: "I'm really sorry about the wait, and about opening a bill like that. I'll take care of this myself. Can I take your postcode and the first line of your address, and what does the bill say the extra charge is for?",
            feedback:
              "Strong start: apology for the wait and the shock, personal ownership, and an open question that gets her talking about the charge instead of the cancellation.",
            tensionDelta: -15,
            labels: ["apology", "empathy", "ownership", "open_question"],
            next: "explains-charge",
          },
          {
            id: "charges-are-right",
            text: "I can see the bill's gone up. Our billing is automated, so charges like that are normally correct, and they usually come from something added to the account. Have you ordered anything or changed your package recently?",
            feedback:
              "This defends the system and hints that she caused it. She hears 'you're wrong' before anyone has looked at the bill.",
            tensionDelta: 18,
            labels: ["argue", "blame"],
            next: "feels-accused",
          },
        ],
      },
      {
        id: "reluctant-details",
        customerLine:
          "SW4 4817, 12 Larch Close. Now are you going to tell me why I've been charged ninety pounds?",
        choices: [
          {
            id: "bare-understand",
            text: "I understand. Let me check I've got the right account and have a look at what's happened.",
            feedback:
              "A bare 'I understand' counts as empathy and buys you a little time, but it is generic. She is still waiting to hear something real.",
            tensionDelta: -3,
            labels: ["empathy"],
            next: "explains-charge",
          },
          {
            id: "read-out-code",
            text: "Thanks, that's all I need, and I've got the account open now. There's an EQ-NR adjustment here, posted by the returns process once the 60-day RMA window closed without a scan, which is why this cycle's total has gone up.",
            feedback: "Internal codes mean nothing to her. She still doesn't know what the charge is, and now she feels talked down to.",
            tensionDelta: 10,
            labels: ["jargon"],
            next: "feels-accused",
          },
          {
            id: "thank-and-explain-fee",
            text: "Thank you, and I'm sorry you had to wait so long to get to me. I can see it now: there's a £59.98 fee for the old router, because our system thinks it never came back. Did you manage to send it back after your upgrade?",
            feedback:
              "Good recovery: an apology, a plain explanation of the charge, and a question that brings out the key fact. It would be stronger as an open question, but it works.",
            tensionDelta: -10,
            labels: ["apology", "explanation"],
            next: "has-receipt",
          },
        ],
      },
      {
        id: "explains-charge",
        customerLine:
          "SW4 4817, 12 Larch Close. It says 'equipment charge, £59.98'. I haven't ordered any equipment. The only thing I can think of is the old router, and I sent that back months ago.",
        choices: [
          {
            id: "reflect-and-explain",
            text: "So you sent the old router back, and we've charged you as if we never got it. That fee goes on automatically when a return isn't scanned in, which is clearly wrong here. If you have the Post Office receipt, I can take the tracking number now and remove it.",
            feedback:
              "Reflection, a plain explanation, and a concrete next action. She can see exactly what's needed to fix it.",
            tensionDelta: -14,
            labels: ["reflection", "explanation", "solution"],
            next: "has-receipt",
          },
          {
            id: "raise-ticket",
            text: "I'll raise a ticket with the returns team and they'll get back to you.",
            feedback:
              "Vague and hands the problem to someone else. No timeframe, no ownership, and her rent still goes out on Friday.",
            tensionDelta: 10,
            labels: [],
            next: "wants-cancellation",
          },
          {
            id: "should-have-returned",
            text: "Returns have to be scanned within 60 days, otherwise the fee applies. That's the policy.",
            feedback:
              "A policy wall. The rule exists, but she did return it. Quoting it without looking for the return makes the company sound like it is hiding behind the rule.",
            tensionDelta: 18,
            labels: ["policy_wall"],
            next: "wants-cancellation",
          },
        ],
      },
      {
        id: "feels-accused",
        customerLine:
          "So it's my fault, is it? I've done nothing to this account in six years except pay it. I want to cancel. Today.",
        choices: [
          {
            id: "calm-down",
            text: "There's no need to get upset, I'm only asking a question.",
            feedback:
              "'No need to get upset' tells her how to feel. She hears it as being told off, which pushes her further away.",
            tensionDelta: 20,
            labels: ["dismissive", "argue"],
            next: "end-demands-manager",
          },
          {
            id: "own-the-mistake",
            text: "No, I'm sorry, I didn't explain that well, and it isn't your fault. The extra is a fee for the old router, and it looks like we've charged it wrongly. I'll sort it out myself. Did you post the router back after the upgrade?",
            feedback:
              "A clean repair: an apology, ownership, a plain explanation and a question that opens the way to the fix. You are back on track.",
            tensionDelta: -14,
            labels: ["apology", "ownership", "explanation"],
            next: "has-receipt",
          },
          {
            id: "process-cancellation",
            text: "Okay. You're out of contract, so there's no fee to leave, and I don't want to keep you on the phone any longer than you need. I can put you straight through to the cancellations team now and they'll close the account for you.",
            feedback:
              "You've taken the threat at face value. She rang about a wrong charge; fixing it is what she really wants, and you haven't even tried.",
            tensionDelta: 5,
            labels: ["escalation"],
            next: "end-lost-customer",
          },
        ],
      },
      {
        id: "wants-cancellation",
        customerLine:
          "No. I'm not waiting for another team to 'get back to me'. Just cancel it. I'm sick of this.",
        choices: [
          {
            id: "offer-supervisor",
            text: "I can see you're frustrated, and you've every right to be after that wait. I don't want you going round in circles with me, so would it help if I brought my team leader in to look at the whole thing with you right now instead?",
            feedback:
              "Acceptable: empathy plus an escalation offer. But this is a fix you could make yourself, so escalation adds a wait for nothing.",
            tensionDelta: -2,
            labels: ["empathy", "escalation"],
            next: "end-escalated-supervisor",
          },
          {
            id: "repeat-policy",
            text: "I'm afraid I can't remove it until the returns team confirm it.",
            feedback: "A second refusal with no alternative. This is the moment she puts the phone down.",
            tensionDelta: 15,
            labels: ["policy_wall"],
            next: "end-lost-customer",
          },
          {
            id: "take-it-back",
            text: "I hear you, and I'm sorry, that wasn't good enough from me. Let me keep hold of this myself instead. If you've got the Post Office receipt for the router, I can take the tracking number and remove the £59.98 on this call.",
            feedback:
              "Owning the weak answer and replacing it with a concrete action is exactly the recovery she needs.",
            tensionDelta: -14,
            labels: ["empathy", "apology", "ownership", "solution"],
            next: "has-receipt",
          },
        ],
      },
      {
        id: "has-receipt",
        customerLine:
          "Yes, I've got the receipt right here. The tracking number is JD 0004 1187 2290. But my rent goes out on Friday, so I need that money back before then.",
        choices: [
          {
            id: "remove-and-set-expectation",
            text: "Thank you. I've removed the £59.98, and the refund goes back to the bank account your direct debit comes from. It leaves us today, but banks usually take three to five working days, so I can't promise it before Friday. I've added a £15 credit to next month for the hassle, and I'll ring you on Thursday afternoon to check where it is. Does that work?",
            feedback:
              "Excellent: a concrete solution, an honest timeframe, goodwill within the £15 limit and a follow-up call on the day that matters to her.",
            tensionDelta: -20,
            labels: ["solution", "expectation", "follow_up"],
            next: "end-resolved",
          },
          {
            id: "choice-of-refund",
            text: "Thanks. I've removed the fee. I can either refund it to the bank account your direct debit comes from, which usually takes three to five working days, or put it against next month's bill straight away. Which would you prefer?",
            feedback:
              "Good: a real choice with honest timings. Add a follow-up offer and it would be excellent.",
            tensionDelta: -14,
            labels: ["solution", "options", "expectation"],
            next: "end-resolved",
          },
          {
            id: "promise-today",
            text: "Don't worry, I'll get that back in your account today, and I'll give you three free months as well.",
            feedback:
              "This breaks policy twice: refunds take 3 to 5 working days to reach her bank and free months aren't allowed. It feels kind now, but it creates a second complaint on Friday. In assessment this is a critical failure.",
            tensionDelta: -10,
            labels: ["solution"],
            next: "end-broken-promise",
          },
        ],
      },
      {
        id: "end-resolved",
        customerLine:
          "Okay. That's all I wanted, somebody to actually sort it. Thank you. I'll stay, but don't let it happen again.",
        outcome: "resolved",
        choices: [],
      },
      {
        id: "end-broken-promise",
        customerLine:
          "Really? Today? And three free months? Well, that's more like it. Thank you. (On Friday the money hasn't arrived, and the free months never appear.)",
        outcome: "ongoing",
        choices: [],
      },
      {
        id: "end-escalated-supervisor",
        customerLine: "Fine, put them on. But I'm not explaining it all again.",
        outcome: "escalated",
        choices: [],
      },
      {
        id: "end-demands-manager",
        customerLine: "Don't tell me how to feel. Get me a manager, now.",
        outcome: "escalated",
        choices: [],
      },
      {
        id: "end-lost-customer",
        customerLine: "Right. Six years. I'm going to a different provider. Goodbye.",
        outcome: "ongoing",
        choices: [],
      },
    ],
  },
};
