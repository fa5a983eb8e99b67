import type { ScenarioInput } from "./types";

export const misledFeatures: ScenarioInput = {
  id: "misled-features",
  version: 2,
  title: "\"It said it works offline\"",
  summary:
    "A photographer bought a premium cloud-storage plan expecting her portfolio to open without signal. It didn't, in front of a client, and she feels she was sold something that doesn't exist.",
  customerType: "confused",
  difficulty: "intermediate",
  persona: {
    name: "Priya Raman",
    situation:
      "Priya is a freelance wedding photographer. Nine days ago she paid £79 for a year of Snapvault Premium. Yesterday, at a venue with no signal, she opened the app to show a couple her portfolio and got a spinning wheel and 'Connect to view'.",
    wants:
      "To understand whether the product can do what she bought it for, and if it can't, to get her money back without a fight.",
    emotionalState:
      "Confused and embarrassed more than angry. She suspects she was misled and is half-expecting to be told it's her fault for not reading the small print.",
    inflamedBy: [
      "Technical terms such as 'sync', 'cache' or 'local storage' without explanation",
      "Being told it's in the terms and conditions",
      "Being walked through steps too fast to follow",
      "Any suggestion she is not good with technology",
    ],
    calmedBy: [
      "Someone confirming that her confusion makes sense",
      "A plain explanation of what offline access actually does",
      "Being shown, step by step, how to make it work",
      "A clear choice between keeping the plan and a refund",
      "Written instructions sent to her afterwards",
    ],
    facts: [
      {
        id: "offline-per-album",
        fact: "Offline access only works for albums switched to 'Keep on this device' while the phone has a connection; nothing is saved for offline use automatically.",
        askedAbout: ["offline", "setting", "switch", "toggle", "keep on", "download", "how did you set", "what happened when", "set up", "set them up", "which album"],
        customerLine:
          "I didn't set anything. I assumed it just did it. There's a little cloud icon on each album, is that something to do with it?",
      },
      {
        id: "sales-chat",
        fact: "Before buying, she asked the website's sales chat whether her photos would be available offline and was told 'yes, everything works offline with Premium'. The transcript is on her account.",
        askedAbout: ["why did you buy", "what made you", "told", "sales", "chat", "before you bought", "expect", "advert", "website"],
        customerLine:
          "I asked your chat thing before I paid. I literally typed 'will my photos work with no signal' and it said yes, everything works offline with Premium. That's why I bought it.",
      },
      {
        id: "within-14-days",
        fact: "She bought the plan nine days ago, so she is inside the 14-day cooling-off period and entitled to a full refund if she wants one.",
        askedAbout: ["when did you", "purchase", "bought", "how long", "date", "signed up", "paid"],
        customerLine: "I paid on the 3rd, so, what, nine days ago? It feels longer.",
      },
      {
        id: "shoots-weekly",
        fact: "She shoots at rural venues almost every weekend, so reliable offline access is the whole point of the plan for her.",
        askedAbout: ["use it for", "what do you need", "how do you use", "work", "clients", "venues", "important"],
        customerLine:
          "Half the venues I work at are barns in the middle of nowhere. If I can't show people my work offline, the plan is no use to me.",
      },
    ],
  },
  openingLine:
    "Hi, um, I bought Premium last week because it said it worked offline, and yesterday I was stood in front of a couple trying to show them my portfolio and it just wouldn't open. I don't understand what I've paid for.",
  startTension: 55,
  policy: {
    basis: { amount: 79, currency: "GBP" },
    allowed: [
      {
        id: "explain-offline",
        description: "Explain how offline access works and walk the customer through switching albums to 'Keep on this device'.",
        kind: "guide",
        timing: { text: "on this call" },
      },
      {
        id: "send-guide",
        description: "Email the illustrated offline set-up guide and a link to the two-minute video.",
        kind: "guide",
        timing: { text: "by email, straight away" },
      },
      {
        id: "cooling-off-refund",
        description: "Refund the plan in full if bought within the last 14 days; refunds take up to 5 working days.",
        kind: "refund",
        amount: { exact: { amount: 79, currency: "GBP" } },
        timing: { text: "up to 5 working days" },
        conditions: ["bought within the last 14 days"],
      },
      {
        id: "switch-monthly",
        description: "Move the customer to the monthly Premium plan (£7.99) and refund the difference, if they'd rather try it for longer.",
        kind: "plan-change",
        amount: { exact: { amount: 7.99, currency: "GBP" } },
      },
      {
        id: "log-sales-feedback",
        description: "Log the sales-chat answer as feedback so the wording can be corrected, and tell the customer you have done so.",
        kind: "feedback-log",
      },
    ],
    forbidden: [
      {
        id: "no-future-features",
        description: "Do not promise that automatic offline access (or any other feature) will be added, or give release dates.",
        breachWhen: [{ kinds: ["future-feature"] }],
      },
      {
        id: "no-extra-compensation",
        description: "Do not offer free months, free years or extra storage as compensation; the remedy is the explanation, a plan change or the refund.",
        breachWhen: [{ kinds: ["free-period", "free-upgrade", "compensation"] }],
      },
      {
        id: "no-blaming-sales",
        description: "Do not say the sales chat 'lied' or was 'wrong on purpose'; acknowledge the answer was misleading and log it.",
        breachWhen: [{ kinds: ["blame-colleague"] }],
      },
    ],
  },
  lines: {
    calmer: [
      { text: "Automatic offline soon? Oh, that would solve everything. When?", when: {"breached": ["no-future-features"]} },
      { text: "Free months? Well, that's generous. Thank you.", when: {"breached": ["no-extra-compensation"]} },
      { text: "So the chat lied to me. I knew it.", when: {"breached": ["no-blaming-sales"]} },
      { text: "Oh. Okay. So it's not broken, it just has to be set up. Nobody told me that.", when: {"labels": ["explanation"], "topics": ["keep-on-device"]} },
      { text: "Right, I'm looking at the albums now. Which little icon is it?", when: {"topics": ["keep-on-device"]} },
      { text: "That actually makes sense when you explain it like that.", when: {"labels": ["explanation"]} },
      { text: "Thank you for not making me feel stupid. I was dreading this call.", when: {"labels": ["empathy", "reflection"]} },
      { text: "So if I switch it on for the wedding albums tonight, they'll be there on Saturday?", when: {"topics": ["keep-on-device"], "labels": ["solution", "explanation"], "unmet": ["venues"], "revealed": ["offline-per-album"]} },
      { text: "Okay, I've tapped it. It says 'Saving 212 photos'. Is that right?", when: {"topics": ["keep-on-device"], "labels": ["solution"]} },
      { text: "Could you send me that in writing? I'll never remember it otherwise.", when: {"labels": ["explanation"], "notOffered": ["send-guide"]} },
      { text: "I didn't know I could still get my money back. That takes the pressure off a bit.", when: {"offered": ["cooling-off-refund"], "topics": ["refund"]} },
      { text: "Fine, that's fair. It was the chat that told me, not you.", when: {"topics": ["sales-chat", "feedback"]} },
      { text: "Monthly would be better, actually, until I know it works for me.", when: {"offered": ["switch-monthly"], "topics": ["monthly"]} },
      { text: "Thank you for passing that on about the chat. I did feel a bit conned.", when: {"offered": ["log-sales-feedback"], "topics": ["feedback"]} },
    ],
    same: [
      { text: "So what do I actually do, so my albums open at the next venue?", when: {"idle": true, "notOffered": ["explain-offline", "cooling-off-refund", "switch-monthly"]} },
      { text: "Premium, the yearly one. Seventy-nine pounds. Does that make a difference?", when: {"asked": true, "said": ["premium"], "notOffered": ["explain-offline", "cooling-off-refund", "switch-monthly"]} },
      { text: "Sorry, that sounded a bit like a script. Will my albums open without signal or not?", when: {"scripted": true} },
      { text: "I'm still not sure I follow. What does 'on this device' actually mean?", when: {"topics": ["keep-on-device"], "labels": ["jargon"]} },
      { text: "So does it work offline or not? I just need a yes or a no.", when: {"idle": true, "notOffered": ["explain-offline", "cooling-off-refund", "switch-monthly"]} },
      { text: "But why would anyone buy it if it doesn't do it automatically?", when: {"labels": ["explanation"], "topics": ["keep-on-device"]} },
      { text: "I'm not very technical, sorry. Can you say that again more slowly?", when: {"labels": ["jargon", "explanation"]} },
      { text: "I asked before I bought it. I did ask.", when: {"labels": ["blame", "argue"]} },
      { text: "I don't really have time to go through settings, I've got editing to do.", when: {"topics": ["keep-on-device"]} },
      { text: "What happens if I forget to switch it on for a new album?", when: {"topics": ["keep-on-device"]} },
      "I just feel like I've paid eighty pounds for something that doesn't do what it said.",
      { text: "Is this going to happen every time I'm at a venue with no signal?", when: {"idle": true, "unmet": ["venues"]} },
      { text: "Everyone keeps saying they understand. I still don't know if it'll work at my next venue.", when: {"labels": ["empathy", "apology"], "unmet": ["venues"]} },
    ],
    angrier: [
      { text: "Those are just words. I need to know if my albums will open at a venue with no signal.", when: {"scripted": true} },
      { text: "That doesn't help me. Will it work at a venue with no signal or not?", when: {"idle": true, "notOffered": ["explain-offline", "cooling-off-refund", "switch-monthly"]} },
      { text: "Cache? Sync? I don't know what any of that means.", when: {"labels": ["jargon"]} },
      { text: "Don't tell me it's in the terms. Nobody reads the terms. I asked a direct question.", when: {"labels": ["policy_wall"]} },
      { text: "So you're saying it's my fault for not setting it up.", when: {"labels": ["blame"]} },
      { text: "That's not what your website said, though, is it?", when: {"labels": ["argue"]} },
      { text: "You're going too fast. I'm not a computer person.", when: {"labels": ["jargon"]} },
      { text: "I was humiliated in front of a client yesterday and that's all you've got to say?", when: {"labels": ["dismissive", "policy_wall"]} },
      { text: "Honestly, this feels like a con. Sell people a feature, then hide how it works.", when: {"labels": ["policy_wall", "dismissive", "blame"]} },
      { text: "I don't want to be walked round in circles. Can I have my money back or not?", when: {"scripted": true} },
      { text: "Every time I ask a question I get a different answer from you lot.", when: {"labels": ["argue"]} },
    ],
    resolved: [
      "Okay, that's sorted then. Thanks for being so patient with me.",
      { text: "Great, I'll keep it and see how it goes at the weekend. I'll look out for the email.", when: {"offered": ["send-guide"], "notOffered": ["cooling-off-refund"]} },
      { text: "Fine, the refund's the right thing for me. Thank you for making it easy.", when: {"offered": ["cooling-off-refund"]} },
      "Brilliant. I feel a lot less stupid than I did ten minutes ago.",
      { text: "Thank you. And please do tell whoever runs that chat, because someone else will get caught out.", when: {"revealed": ["sales-chat"], "notOffered": ["log-sales-feedback"]} },
      { text: "Thanks for logging what the chat told me. I'll set the albums up tonight and see how Saturday goes.", when: {"offered": ["log-sales-feedback", "explain-offline"], "notOffered": ["cooling-off-refund"]} },
      { text: "Monthly it is, then. If it works at the barns I'll stay. Thank you.", when: {"offered": ["switch-monthly"]} },
    ],
    escalated: [
      { text: "Don't tell me it isn't true, I was there. I'd like a manager, please, someone who'll listen.", when: {"labels": ["argue"]} },
      "I'd like to speak to someone more senior, please. I don't feel like I'm getting a straight answer.",
      "Forget it. I'll ask my bank to reverse the payment.",
      "I'm going to leave a review so nobody else gets caught out by this.",
      "Is there a manager I can talk to? Someone who can actually decide something?",
      "I'm done. I'll put a complaint in writing.",
    ],
    closing: [
      "No, that's everything. Thanks again.",
      "No, I think I've got it now. Thank you.",
      "That's all, thanks. I'd better get on with my editing.",
      { text: "I'll look out for the guide, then. No, that's everything. Thanks.", when: {"topics": ["guide"]} },
    ],
    cutOff: [
      "Oh. You've gone. Right. I'll ask my bank about the payment, then.",
    ],
  },
  engine: {
    effects: {
      empathy: -6,
      apology: -5,
      reflection: -6,
      open_question: -5,
      ownership: -5,
      solution: -10,
      options: -10,
      expectation: -5,
      explanation: -12,
      follow_up: -6,
      blame: 16,
      dismissive: 12,
      argue: 12,
      policy_wall: 12,
      jargon: 15,
      rude: 25,
    },
    resolveAtOrBelow: 30,
    needs: [["empathy", "reflection", "apology", "explanation"], ["solution", "options"]],
    topics: [
      { id: "offline", terms: ["offline", "no signal", "without signal", "without a signal", "no connection", "without a connection", "no internet", "no wifi", "no wi-fi", "no reception"] },
      { id: "keep-on-device", remedy: "explain-offline", terms: ["keep on this device", "on this device", "on your phone", "cloud icon", "icon", "toggle", "switch it on", "switch on", "turn on", "tap", "download", "downloaded", "save", "saved", "saving", "set it up", "set up"] },
      { id: "albums", terms: ["album", "albums", "portfolio", "photos", "wedding", "pictures"] },
      { id: "guide", remedy: "send-guide", terms: ["guide", "video", "email you", "send you", "instructions", "in writing", "step by step", "steps"] },
      { id: "refund", remedy: "cooling-off-refund", terms: ["refund", "money back", "£79", "79 pounds", "full refund", "cooling-off", "cooling off", "14 days", "fourteen days"] },
      { id: "monthly", remedy: "switch-monthly", terms: ["monthly", "£7.99", "7.99", "month by month", "monthly plan", "month to month"] },
      { id: "sales-chat", terms: ["chat", "sales chat", "sales", "what you were told", "you were told", "advert", "website", "before you bought", "before you paid"] },
      { id: "feedback", remedy: "log-sales-feedback", terms: ["feedback", "log", "logged", "logging", "pass it on", "passed it on", "report it", "reported it", "flag it", "flagged"] },
      { id: "saturday", terms: ["saturday", "weekend", "next shoot", "venue", "venues", "barn", "barns", "clients", "couple", "shoot"] },
      { id: "timing", terms: ["5 working days", "five working days", "working days", "within 5 days", "within five days"] },
      { id: "premium", terms: ["premium", "plan", "subscription", "£79", "eighty pounds"] },
    ],
    concerns: [
      { id: "venues", description: "to know her photos will open at a venue with no signal (or that she has her money back)", fact: "shoots-weekly", topics: ["keep-on-device", "saturday", "refund", "monthly"], by: ["solution", "explanation", "expectation", "options"], raise: "But will it actually work at my next wedding? Half my venues have no signal at all." },
    ],
  },
  rubricId: "core-deescalation",
  branching: {
    startNodeId: "opening",
    nodes: [
      {
        id: "opening",
        customerLine:
          "Hi, um, I bought Premium last week because it said it worked offline, and yesterday I was stood in front of a couple trying to show them my portfolio and it just wouldn't open. I don't understand what I've paid for.",
        choices: [
          {
            id: "technical-answer",
            text: "Offline access depends on local caching, so if the sync didn't complete before you lost connectivity, the assets won't be available. It's a common issue when the device's storage settings restrict background data.",
            feedback:
              "Probably accurate, but 'caching', 'sync' and 'assets' are our words, not hers. She is now more confused and more worried she is the problem.",
            tensionDelta: 14,
            labels: ["jargon", "explanation"],
            next: "lost-in-terms",
          },
          {
            id: "validate-and-ask",
            text: "That sounds really embarrassing, in front of clients as well. I'm sorry. Can you confirm the email on your account, and tell me what you saw on the screen when you opened it?",
            feedback:
              "Validates the embarrassment, apologises for the experience and asks an open question about what actually happened.",
            tensionDelta: -12,
            labels: ["empathy", "apology", "open_question"],
            next: "describes-screen",
          },
          {
            id: "terms-say",
            text: "The plan does include offline access, it's explained in the terms on the website.",
            feedback: "Pointing at the terms tells her she should have read them. It argues with her experience and helps with nothing.",
            tensionDelta: 15,
            labels: ["argue", "blame"],
            next: "feels-conned",
          },
        ],
      },
      {
        id: "describes-screen",
        customerLine:
          "It's priya@ravenphotos.co.uk. It just had a spinning wheel and said 'Connect to view'. I didn't set anything up, I assumed it just did it. I even asked your chat before I bought it and it said everything works offline.",
        choices: [
          {
            id: "just-yes-no",
            text: "Right. Is the app up to date?",
            feedback:
              "A closed question that skips past both her embarrassment and what the sales chat told her. To her it sounds like you are looking for a way to make it her fault.",
            tensionDelta: 8,
            labels: [],
            next: "feels-conned",
          },
          {
            id: "chat-was-wrong",
            text: "Honestly, the chat lied to you. Sales will say anything. But don't worry, the next update will make offline automatic.",
            feedback:
              "It feels like siding with her, but it blames colleagues and promises a feature nobody has committed to. When the update doesn't do it, she has been misled twice. This is a forbidden promise.",
            tensionDelta: -6,
            labels: ["blame"],
            next: "end-false-hope",
          },
          {
            id: "reflect-explain-plain",
            text: "So you were told it all works offline, and when you needed it, it didn't. I can see why that feels misleading. Here's how it actually works: the app only keeps an album on your phone if you switch that album to 'Keep on this device' while you have signal. Nothing is saved automatically.",
            feedback:
              "Reflects her experience, validates it without blaming sales, and explains the real behaviour in plain words.",
            tensionDelta: -12,
            labels: ["reflection", "empathy", "explanation"],
            next: "understands-now",
          },
        ],
      },
      {
        id: "lost-in-terms",
        customerLine: "I'm sorry, I don't really know what you mean. I'm not a technical person. Does it work offline or doesn't it?",
        choices: [
          {
            id: "start-again-plainly",
            text: "That's my fault for explaining it badly. Let me try again. Yes, it works offline, but only for albums you've told it to keep on your phone. Can you open the app now? I'll walk you through it.",
            feedback:
              "Takes responsibility for the confusion, answers her yes/no directly, explains plainly and offers to guide her.",
            tensionDelta: -12,
            labels: ["apology", "ownership", "explanation", "solution"],
            next: "understands-now",
          },
          {
            id: "send-article",
            text: "I'm sorry it's confusing. There's a really good help article that covers offline albums step by step, with pictures, so I'll send you the link by email now and you can go through it when you've got a quiet moment.",
            feedback: "Sending a guide is good as a follow-up, but on its own it hands the confusion back to her.",
            tensionDelta: 6,
            labels: ["solution"],
            next: "feels-conned",
          },
          {
            id: "more-jargon",
            text: "Basically the assets need to be pinned locally before the session goes offline.",
            feedback: "More jargon after she has told you she is lost. This is where confused customers become angry ones.",
            tensionDelta: 14,
            labels: ["jargon"],
            next: "feels-conned",
          },
        ],
      },
      {
        id: "feels-conned",
        customerLine:
          "Honestly, this feels like a con. You sell people a feature and then hide how it works. I want my money back.",
        choices: [
          {
            id: "offer-manager",
            text: "I'll pass you to my supervisor, they deal with refunds.",
            feedback: "You can do this refund yourself. Escalating adds a wait and tells her the first person she spoke to couldn't help.",
            tensionDelta: 2,
            labels: ["escalation"],
            next: "end-escalated",
          },
          {
            id: "validate-and-offer-both",
            text: "I understand why it feels like that, and I'm sorry it's come to this. You bought it nine days ago, so you're entitled to a full refund if you want one. Or I can show you the setting now, which takes about two minutes, and you can decide afterwards. Which would you prefer?",
            feedback:
              "Acknowledges the feeling, states her refund right plainly, and gives her a real choice with no pressure.",
            tensionDelta: -16,
            labels: ["empathy", "apology", "options", "explanation"],
            next: "chooses",
          },
          {
            id: "refuse-refund",
            text: "We don't normally give refunds on annual plans.",
            feedback:
              "Wrong and a policy wall: she is inside the 14-day cooling-off period. Guessing at policy under pressure creates a real complaint.",
            tensionDelta: 18,
            labels: ["policy_wall"],
            next: "end-complaint",
          },
        ],
      },
      {
        id: "understands-now",
        customerLine: "Oh. So it's not broken, it just has to be switched on for each album? Why did nobody say that?",
        choices: [
          {
            id: "should-have-checked",
            text: "It's in the getting-started guide, to be fair.",
            feedback: "'To be fair' is rarely fair to the customer. She hears that it was her fault after all.",
            tensionDelta: 12,
            labels: ["blame", "argue"],
            next: "feels-conned",
          },
          {
            id: "free-year",
            text: "I'm really sorry for all the trouble this has caused, especially in front of clients. To make up for it, I'll give you a free year on top of the one you've already paid for, so you've got plenty of time to get the hang of the offline albums without any pressure at all.",
            feedback: "Generous, and not allowed: free years aren't an approved remedy. It also doesn't fix her problem for Saturday. Forbidden promise.",
            tensionDelta: -8,
            labels: ["solution"],
            next: "end-false-hope",
          },
          {
            id: "walk-through-and-options",
            text: "Exactly, and you're right that it should have been clearer; I've logged the chat answer so it gets corrected. Shall we switch your wedding albums on now? If it still isn't right after the weekend, you're within 14 days for a full refund, or you can move to monthly.",
            feedback:
              "Agrees where she is right, explains what happens to the sales-chat answer, solves the problem on the call and keeps her options open.",
            tensionDelta: -14,
            labels: ["empathy", "solution", "options", "follow_up"],
            next: "chooses",
          },
        ],
      },
      {
        id: "chooses",
        customerLine:
          "Okay. Let's do the setting, and if it works at the weekend I'll keep it. Can you send me the steps? I'll never remember them.",
        choices: [
          {
            id: "send-and-follow-up",
            text: "Of course. I'm emailing you the step-by-step guide and the short video now. The refund stays open until the 17th, so I'll check in with you after Saturday's shoot, while there's still time to decide. Anything else I can help with?",
            feedback: "Clear expectation, written support and a follow-up that closes the loop after the moment that matters.",
            tensionDelta: -10,
            labels: ["solution", "expectation", "follow_up"],
            next: "end-resolved",
          },
          {
            id: "promise-auto",
            text: "Of course, I'll email you the step-by-step guide now. And honestly, don't worry about remembering the setting for every album: we're adding automatic offline soon, so before long you won't need to switch anything on by hand again.",
            feedback: "A promise about a future feature you can't guarantee. Forbidden: if it never arrives, the trust you just rebuilt is gone.",
            tensionDelta: -4,
            labels: ["solution"],
            next: "end-false-hope",
          },
          {
            id: "its-in-the-app",
            text: "It's all in the help section of the app.",
            feedback: "Technically true, but she has just asked for help. It ends the call on a cold note.",
            tensionDelta: 6,
            labels: [],
            next: "end-resolved-grudging",
          },
        ],
      },
      {
        id: "end-resolved",
        customerLine: "Brilliant. I feel a lot less stupid than I did ten minutes ago. Thank you.",
        outcome: "resolved",
        choices: [],
      },
      {
        id: "end-resolved-grudging",
        customerLine: "Right. Fine. I'll have a look, I suppose.",
        outcome: "resolved",
        choices: [],
      },
      {
        id: "end-false-hope",
        customerLine: "Oh, great, that's good to know. (Months later the feature still hasn't appeared, and she files a complaint.)",
        outcome: "ongoing",
        choices: [],
      },
      {
        id: "end-complaint",
        customerLine: "I'll be putting this in writing, and I'll be asking my bank to claw the money back.",
        outcome: "ongoing",
        choices: [],
      },
      {
        id: "end-escalated",
        customerLine: "Fine. Put me through. Again.",
        outcome: "escalated",
        choices: [],
      },
    ],
  },
};
