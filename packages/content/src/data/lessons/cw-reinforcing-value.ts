import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const cwReinforcingValue: LessonInput = {
  id: "cw-reinforcing-value",
  version: 1,
  title: "Reinforcing value with an inflexible customer",
  summary: "When a customer has fixed on one outcome you can't give, remind them honestly what they already get and what the alternatives are worth.",
  objectives: [
    "Recognise when a customer has locked onto one outcome and stopped hearing alternatives",
    "Connect an alternative to what the customer told you they value",
    "Reinforce value honestly, without a sales pitch and without pressure",
  ],
  body: `## The locked-on customer
Some customers arrive with one answer in mind: "I want it free", "I want the old price back", "I want to cancel unless you match this deal". Every alternative you offer bounces off, because they're comparing it against the outcome they've already chosen, not against each other.

Repeating the policy won't unlock this, and neither will offering option after option. What often helps is stepping back from the demand to **what the customer actually values**, and showing how the options on the table serve it.

## Find out what matters first
Before you describe anything, ask. "What do you use the service for most?" or "What would make this feel fair to you?" gives you the material you need. A customer demanding the old price might care most about the monthly total; one threatening to leave might mainly want to feel their loyalty counts.

## Then connect, don't pitch
Reinforcing value means linking something real to what they just told you:
- "You said you mostly use it for the kids' streaming. The plan you're on includes four screens; the cheaper one only has one."
- "You've been with us six years. That's why I can offer the loyalty rate, which isn't open to new customers."

Keep it specific, short and true. A list of every feature sounds like a script, and an exaggerated claim will be checked.

## Know when to stop
Value is a reason, not pressure. Say it once, check how it lands ("Does that change things at all?"), and accept the answer. If they still want to leave or complain, help them do that properly: a customer who is let go gracefully is far more likely to come back than one who was argued with.`,
  examples: [
    {
      situation: "A customer insists on a price match with a competitor's introductory offer, which you can't do.",
      weak: "We don't price match. Our service is better anyway, so it's worth paying more.",
      strong: "I can't match that offer. You mentioned the router dropping out was your biggest worry last year; you're on our fixed-line guarantee now, which pays you back for any day you're offline. Is that something the other offer includes?",
      why: "The weak reply is a bare refusal plus an unproven boast. The strong one is honest about the limit and links a real feature to the customer's own concern.",
    },
    {
      situation: "After hearing the value, the customer still wants to cancel.",
      weak: "Are you sure? You'll lose all your benefits, and you might regret it.",
      strong: "That's completely your call, and I'll make it easy. I'll set the cancellation for the end of this billing month so you keep the service until then.",
      why: "Pressure after a clear no damages trust. Accepting it cleanly and helping is what leaves the door open.",
    },
  ],
  activity: {
    title: "Value map",
    instructions:
      "Pick the three products or plans your team gets most cancellation or price complaints about. For each, write down two benefits customers most often forget they have, and one question that would tell you whether a given customer cares about them. Practise the link sentence in the inflexible-customer scenario (policy exception).",
  },
  quizId: "cw-reinforcing-value-check",
};

export const cwReinforcingValueCheck = quiz("cw-reinforcing-value-check", 1, "Check: reinforcing value", [
  question("first", "A customer is fixed on an outcome you can't give. What should you do before mentioning any benefits?",
    ["Ask what they use or value most, so anything you mention is relevant.", "Value only lands when it's tied to what this customer cares about."],
    [
      ["Read out the full list of plan features in case one catches their interest.", "A long list sounds scripted and rarely touches what they care about."],
      ["Restate the policy clearly so they stop asking for the outcome you can't give.", "Repeating the rule keeps the conversation stuck on the demand."],
    ], 2),
  question("link", "Which sentence reinforces value well?",
    ["'You said evenings matter most; your plan has unlimited evening calls.'", "Specific, true and linked to something the customer told you."],
    [
      ["'Honestly, our service is the best on the market, everyone agrees.'", "An unprovable boast invites an argument and sounds like a sales line."],
      ["'You'd be mad to leave us, you'll really struggle to find this elsewhere.'", "That's pressure with a put-down in it, not value."],
    ], 0),
  question("stop", "You've explained the value once and the customer still says no. What now?",
    ["Accept it and help them do what they've chosen, properly and without fuss.", "A graceful exit protects trust and leaves the door open for later."],
    [
      ["Explain the value again in more detail, since they may not have understood it.", "Repeating after a clear no turns a reason into pressure."],
      ["Warn them firmly about everything they will lose if they go ahead.", "Warnings framed as losses feel like threats and usually harden the decision."],
    ], 1),
  question("honesty", "Why must every value claim be accurate?",
    ["The customer may check, and one false claim undoes the rest.", "Trust is the whole basis of reinforcing value; an exaggeration spends it."],
    [
      ["Because regulators only allow scripted benefits to be mentioned on calls.", "Accuracy matters for trust whatever the script says; this isn't about a list."],
      ["It mostly doesn't matter, provided the customer decides to stay.", "A customer kept by a false claim comes back angrier when they find out."],
    ], 2),
  question("purpose", "What is reinforcing value for, in a de-escalation call?",
    ["Reminding the customer what they already get, so the options can be judged fairly.", "It widens the view beyond the one outcome they'd fixed on."],
    [
      ["Winning the argument, so the customer accepts the policy was fair after all.", "Winning isn't the aim; helping them see the options is."],
      ["Selling an upgrade while the customer is on the line and paying attention.", "Upselling during a complaint usually lands badly and can inflame the call."],
    ], 0),
]);
