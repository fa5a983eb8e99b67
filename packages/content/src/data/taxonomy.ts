import type { z } from "zod";
import type { TaxonomyEntry } from "../schema";

type Entry = z.input<typeof TaxonomyEntry>;

/**
 * The shared vocabulary of techniques and pitfalls. The role-play engine labels agent turns with
 * these ids, rubrics count them as evidence, and learners see the names and definitions.
 */
export const taxonomyData: Entry[] = [
  {
    id: "empathy",
    kind: "technique",
    name: "Empathy",
    definition:
      "Naming or validating what the customer feels or is going through, before or alongside fixing anything. A plain \"I understand.\" counts; it works best when it names the specific situation.",
    examples: [
      "I can see how frustrating this is, especially when you've already called once this week.",
      "Finding a charge you didn't expect two days before rent is due is genuinely stressful.",
      "That sounds like a really long morning, and I'm glad you rang us about it.",
    ],
    mistakes: [
      "Reciting a stock phrase in a flat voice, then moving straight on as if nothing was said.",
      "Saying \"I know exactly how you feel\": the customer rarely believes it and may push back.",
      "Using empathy as a stall instead of a bridge to action.",
    ],
  },
  {
    id: "apology",
    kind: "technique",
    name: "Apology",
    definition:
      "Expressing regret for the problem or the experience the customer has had. A politeness reflex such as \"Sorry, can you repeat that?\" is not an apology for the problem.",
    examples: [
      "I'm sorry we charged you twice. That should not have happened.",
      "I'm really sorry you had to chase this three times to get an answer.",
      "I apologise that the advice you got last week was wrong.",
    ],
    mistakes: [
      "\"I'm sorry you feel that way\": it apologises for the customer's reaction, not the problem.",
      "Apologising over and over without ever saying what happens next.",
      "Hedging with \"if\": \"I'm sorry if there was any confusion.\"",
    ],
  },
  {
    id: "reflection",
    kind: "technique",
    name: "Reflecting back",
    definition:
      "Paraphrasing the customer's concern in your own words so they can hear that you have understood it, and correct you if you haven't.",
    examples: [
      "So the plan was sold to you as working offline, and on the train it won't open anything. Have I got that right?",
      "Let me check I've followed: the refund was promised on the 3rd, it still isn't there, and you need it for a deposit.",
      "What I'm hearing is that the money matters, but being ignored matters more.",
    ],
    mistakes: [
      "Parroting the customer's exact words back, which can sound mocking.",
      "Adding your own interpretation or blame: \"So you didn't read the terms.\"",
      "Summarising at such length that the customer has to wait to be heard again.",
    ],
  },
  {
    id: "open_question",
    kind: "technique",
    name: "Open question",
    definition:
      "A clarifying question that invites the customer to explain in their own words (what, how, talk me through, tell me more) rather than answer yes or no.",
    examples: [
      "Talk me through what happened when you tried to cancel online.",
      "What were you hoping the upgrade would let you do?",
      "How did you first notice the charge?",
    ],
    mistakes: [
      "Firing a string of yes/no questions that makes the call feel like an interrogation.",
      "Asking for information the customer has already given.",
      "Leading questions: \"You didn't update your card, did you?\"",
    ],
  },
  {
    id: "ownership",
    kind: "technique",
    name: "Ownership",
    definition:
      "Taking explicit personal responsibility for getting the issue resolved. Simply looking something up is not ownership; saying that you will see it through is.",
    examples: [
      "I'm going to take care of this myself, so you won't need to explain it again.",
      "This one's mine now. I'll stay with it until the money is back in your account.",
      "I'll make sure this gets fixed before we finish the call.",
    ],
    mistakes: [
      "\"That's a billing department issue\" with no offer to carry it over for them.",
      "Promising to own it, then handing the customer a different number to ring.",
    ],
  },
  {
    id: "solution",
    kind: "technique",
    name: "Solution",
    definition: "A concrete remedy or next action that moves the problem towards being fixed.",
    examples: [
      "I've reversed the second charge; you'll see £42.99 back on your card.",
      "I can book an engineer visit for Thursday morning to replace the router.",
      "I'm sending a prepaid return label to your email right now.",
    ],
    mistakes: [
      "Vague intentions: \"We'll look into it.\"",
      "Offering a remedy the policy does not allow, which creates a second complaint later.",
    ],
  },
  {
    id: "options",
    kind: "technique",
    name: "Offering choices",
    definition:
      "Giving the customer a real choice between two or more workable alternatives, so they have some control over the outcome.",
    examples: [
      "I can either send a replacement today or refund it to your card. Which suits you better?",
      "There are two ways to do this: I can move you to monthly billing from your renewal date, or pause the account for up to three months.",
      "Would you rather I call you back at 5 or send the details by text?",
    ],
    mistakes: [
      "Offering a choice where one option is obviously useless, which feels like a trick.",
      "Listing six options at once so the customer can't hold them in their head.",
    ],
  },
  {
    id: "expectation",
    kind: "technique",
    name: "Setting expectations",
    definition:
      "Telling the customer what will happen next and when, with a concrete timeframe or clear steps.",
    examples: [
      "The refund leaves us today; banks usually show it within three to five working days.",
      "You'll get a text with the engineer's name by 8 a.m. on Thursday.",
      "First I'll check the account, then I'll explain the options, then we'll decide together. It should take about five minutes.",
    ],
    mistakes: [
      "\"Soon\" or \"as quickly as possible\" with no real timeframe.",
      "Promising a time you cannot control, such as when the bank will release funds.",
    ],
  },
  {
    id: "boundary",
    kind: "technique",
    name: "Respectful boundary",
    definition:
      "Calmly naming a limit on abusive or insulting language while making clear you still want to help. A threat or a cold \"stop shouting\" is not a respectful boundary.",
    examples: [
      "I do want to sort this out for you, and I can't do that while I'm being sworn at. Can we go back to the charge?",
      "I'm here to help you, Mr Haines. I'll need us to keep it to the problem rather than personal remarks, and then I can get on with fixing it.",
      "I hear how angry you are. If the name-calling carries on I'll have to end the call, and I'd much rather get this solved for you.",
    ],
    mistakes: [
      "\"Don't talk to me like that\" in a sharp voice: it is a counter-attack, not a boundary.",
      "Threatening to hang up as the first move.",
      "Setting the boundary and then offering no way forward.",
    ],
  },
  {
    id: "escalation",
    kind: "technique",
    name: "Escalation",
    definition:
      "Offering to involve a supervisor, specialist or another team who can do more, ideally with a warm handover so the customer does not repeat themselves.",
    examples: [
      "This needs our retentions specialist, who can look at pricing I can't. I'll brief her first so you don't have to start again.",
      "I'd like to bring my team leader in. Can I put you on hold for two minutes while I explain the situation to her?",
    ],
    mistakes: [
      "Cold transfers with no explanation, so the customer starts from zero.",
      "Escalating the moment the customer raises their voice, before trying anything.",
      "Promising the supervisor will do something specific that they may not be able to do.",
    ],
  },
  {
    id: "explanation",
    kind: "technique",
    name: "Plain explanation",
    definition:
      "Explaining in everyday words why something happened or why a rule exists, so the customer can make sense of it.",
    examples: [
      "The charge came from the annual renewal. The plan renews automatically on the date you first signed up, which was the 14th.",
      "We can't swap the flight name because the airline ties each ticket to a passport. Changing it means cancelling and rebooking.",
      "Offline mode only saves files you've opened on that device while connected; anything new needs a signal the first time.",
    ],
    mistakes: [
      "Explaining the rule before acknowledging how the customer feels about it.",
      "Using internal codes or technical terms the customer has never heard.",
      "Long lectures that sound like a justification rather than an explanation.",
    ],
  },
  {
    id: "follow_up",
    kind: "technique",
    name: "Follow-up",
    definition:
      "Committing to check back later, or checking before the call ends that the customer is satisfied and has nothing else outstanding.",
    examples: [
      "I'll ring you on Thursday afternoon to make sure the refund has landed.",
      "Before I let you go, is there anything else about the account that's bothering you?",
      "You'll get an email from me tomorrow with a reference number, and my direct line if anything changes.",
    ],
    mistakes: [
      "Promising a call back and not putting it in the diary.",
      "Asking \"Anything else?\" while already closing the call, so it sounds like a formality.",
    ],
  },
  {
    id: "blame",
    kind: "pitfall",
    name: "Blaming",
    definition: "Putting the fault on the customer, a colleague, another department or a supplier.",
    examples: [
      "Well, you should have read the terms before you signed up.",
      "The last agent obviously didn't put the notes on.",
    ],
    mistakes: [
      "Even accurate blame makes the customer defend themselves instead of working with you.",
      "Blaming another team tells the customer the company is disorganised.",
    ],
  },
  {
    id: "dismissive",
    kind: "pitfall",
    name: "Dismissing feelings",
    definition:
      "Minimising the problem or telling the customer how to feel or behave, such as \"calm down\" or \"it's only a few pounds\".",
    examples: ["Calm down, it's not a big deal.", "There's no need to get upset about it."],
    mistakes: [
      "Telling someone to calm down almost always has the opposite effect.",
      "Comparing their problem with worse ones other customers have.",
    ],
  },
  {
    id: "argue",
    kind: "pitfall",
    name: "Arguing",
    definition: "Contradicting the customer, correcting them for the sake of it, or getting defensive.",
    examples: [
      "No, that's not what I said.",
      "Actually, our system is never wrong about that.",
    ],
    mistakes: [
      "Winning the point and losing the customer.",
      "Defending the company before you know what happened.",
    ],
  },
  {
    id: "policy_wall",
    kind: "pitfall",
    name: "Policy wall",
    definition: "Refusing by citing policy and stopping there, with no explanation and no alternative.",
    examples: ["It's company policy, there's nothing I can do.", "Rules are rules, I'm afraid."],
    mistakes: [
      "The policy may be right, but a bare refusal invites the customer to fight it.",
      "Repeating the same refusal louder when the customer pushes back.",
    ],
  },
  {
    id: "jargon",
    kind: "pitfall",
    name: "Jargon",
    definition: "Using internal, technical or industry terms without explaining them.",
    examples: [
      "Your account's in a pro-rata dunning cycle, so the MRR adjustment posts next period.",
      "It's a known sync issue with the edge cache on the tier-one SKU.",
    ],
    mistakes: [
      "Assuming that because a word is normal at work, customers know it.",
      "Using jargon under pressure because it sounds authoritative.",
    ],
  },
  {
    id: "rude",
    kind: "pitfall",
    name: "Rudeness",
    definition: "Sarcasm, insults, threats or unprofessional language towards the customer.",
    examples: [
      "Maybe if you listened for a second we'd get somewhere.",
      "Right, well, good luck finding a company that puts up with you.",
    ],
    mistakes: [
      "Sarcasm under stress, which feels like a small release but ends the trust on the call.",
      "Any insult, however provoked, is a critical failure in assessment.",
    ],
  },
];
