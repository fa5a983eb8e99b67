import { describe } from "vitest";
import { callsUpTo } from "./helpers/calls";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds } from "./helpers/reply-kinds";

/**
 * Coherence round 26: kinds of misfit the C29 (r55, r56) and C30 (r53, r54) readers found that were still on main, in wordings
 * written for these tests, with look-alikes that must keep their reply: a matter handed on with no time ("someone will be in
 * touch", "they'll get back to you") is pressed for when, after a bare idle line or a tag question too, and not called fine; a
 * question the author answered in the turn's pause ("What do you use the club for? ... Swimming, lovely. We've a club in York")
 * is not answered again over what followed it; a chat template's greeting is not thanked or praised; thanks for a reply at all
 * and "go on" are not said with her question standing; no contrition to a turn sending her to ring a line.
 */
const SEEDS = [1, 2, 7, 99];
const SORRY_MACHINE = "I'm sorry about the machine and the emails.";
const SORRY_BILL = "I'm sorry about the bill, that's a shock.";
const PRESSES_WHEN = /\bwhen\b|rough idea|a day\b|still waiting|what are you doing|coming off my bill|whether i'm getting it back/i;
const TAKES_HANDOFF = /don't care how|passing me on's fine|where the money went|i'm listening, but/i;
const LEAK_TOLD = /puddle on the worktop|coming out from underneath/i;
const TEMPLATE_THANKED = /thank you for actually replying|at least you're being straight|that's fair/i;

const KINDS: Record<string, ReplyCase[]> = {
  "a matter handed on with no time is pressed for when, not taken as fine": [
    { name: "'I've made a note, someone will be in touch regarding your request'", scenario: "refund-demand", turns: [SORRY_MACHINE, "Ok, I've made a note. Someone from the relevant team will be in touch regarding your request."], matches: PRESSES_WHEN, not: TAKES_HANDOFF },
    { name: "'I've escalated this and they'll get back to you'", scenario: "refund-demand", turns: [SORRY_MACHINE, "I've escalated this as a priority and they'll review everything and get back to you."], matches: PRESSES_WHEN, not: TAKES_HANDOFF },
    { name: "a tag question does not stop the press: '…in touch very soon to get it sorted, alright?'", scenario: "billing-error", turns: [SORRY_BILL, "I'll get that looked into and someone will be in touch very soon to get it sorted, alright?"], matches: PRESSES_WHEN, not: TAKES_HANDOFF },
    { name: "look-alike: handed on with a day, 'they'll ring you on Thursday morning'", scenario: "billing-error", turns: [SORRY_BILL, "I've passed it to the billing team and they'll ring you on Thursday morning with the answer."], not: /\bwhen\b|rough idea|what does that mean/i },
    { name: "look-alike: handed on, then a real question, 'Can you give me the order number?'", scenario: "refund-demand", turns: [SORRY_MACHINE, "Someone from the returns team will be in touch. Can you give me the order number?"], matches: /HH-\d+/, not: /\bwhen\b|rough idea/i },
  ],
  "a question answered in the turn's pause is not answered again": [
    { name: "'What do you use the club for? ... Swimming, lovely. We've a club in York with a pool'", scenario: "policy-exception", turns: ["I'm sorry to hear you're moving. Can I ask what's taking you away?", "I can't refund the annual plan after 14 days, I'm afraid. What do you use the club for mostly? ... Swimming, lovely. We've a club in York with a pool, and I can move your membership there at no cost."], matches: /york|pool/i, not: /i swim, mostly/i },
    { name: "'Where is the water coming from? ... Underneath the tank, right. That's a known seal fault'", scenario: "refund-demand", turns: ["I'm sorry about the machine. Where exactly is the water coming from? ... Underneath the tank, right. That's a seal fault we know about on that batch, so it's not anything you did."], not: LEAK_TOLD },
    { name: "look-alike: the same question with no pause, she answers it", scenario: "refund-demand", turns: ["I'm sorry about the machine. Where exactly is the water coming from?"], matches: LEAK_TOLD },
    { name: "look-alike: a pause followed by another question, 'Sorry, are you still there?'", scenario: "refund-demand", turns: ["I'm sorry about the machine. Where exactly is the water coming from? ... Sorry, are you still there?"], matches: LEAK_TOLD },
    { name: "look-alike: the club question with no pause, she answers it", scenario: "policy-exception", turns: ["I'm sorry to hear you're moving. Can I ask what's taking you away?", "I can't refund the annual plan after 14 days, I'm afraid. What do you use the club for mostly?"], matches: /i swim, mostly/i },
  ],
  "a chat template's greeting is not thanked or praised": [
    { name: "'Dear Valued Customer, Thank you for contacting Crate & Fork. I apologise for any inconvenience…'", scenario: "chat-complaint", turns: ["Dear Valued Customer, Thank you for contacting Crate & Fork. I apologise for any inconvenience caused and I fully understand your frustration."], not: TEMPLATE_THANKED },
    { name: "'Hi there and thank you for contacting us! 😊 I understand you have been charged twice'", scenario: "chat-complaint", turns: ["Hi there and thank you for contacting us! 😊 I understand you have been charged twice and nobody replied."], not: TEMPLATE_THANKED },
    { name: "'Dear Customer, … My name is Sam and I will be assisting you today. I sincerely apologise…'", scenario: "chat-complaint", turns: ["Dear Customer, Thank you for contacting Crate & Fork Customer Care. My name is Sam and I will be assisting you today. I sincerely apologise for any inconvenience and I fully understand and empathise with your frustration."], not: /thank you for actually replying|at least you're being straight|that's fair|sorry for the caps/i },
    { name: "look-alike: a plain sorry that owns it, with no template, is still thanked", scenario: "chat-complaint", turns: ["Hi Ria, I'm so sorry, you were charged twice and nobody answered you on Saturday. That's on us."], matches: /thank you for actually replying/i },
  ],
  "no thanks for replying, no 'go on', no contrition to a turn that leaves her waiting or sends her away": [
    { name: "'I totally hear you… I'm here for you' with her worry standing", scenario: "chat-complaint", turns: ["Hi Ria, thanks for waiting. I can see the two payments.", "I totally hear you, that must be so stressful. I'm here for you."], not: /thank you for actually replying|go on|sorry for the caps/i },
    { name: "'I totally hear you that money is tight… I am here for you' after a play-back, her worry standing", scenario: "chat-complaint", turns: ["Hello and thank you for contacting Crate & Fork! I understand that you have been charged twice and you want to know if anyone will reply.", "So what I am hearing is you were charged twice and nobody replied. I completely hear you!", "I totally hear you that money is tight. That must be so frustrating. I am here for you."], not: /thank you for actually replying|go on|sorry for the caps/i },
    { name: "guard: 'you may wish to call our Customer Care line'", scenario: "chat-complaint", turns: ["Hi Ria, I'm sorry about the double payment.", "For a quicker answer you may wish to call our Customer Care line on 0345 000 0000, Monday to Friday."], matches: /on chat/i, not: /sorry for the caps|thank you for actually replying/i },
  ],
};
describe("coherence round 26: the r53-r56 (C29, C30) misfit kinds still on main, in other words", () => describeReplyKinds(KINDS, SEEDS));

/** C29's and C30's own turns the readers flagged, replayed up to the flagged one: the reply must not be what they rated. */
const upTo = callsUpTo("v2/calls-dev-C30.json", "v2/calls-dev-C29.json");
const RATED: Record<string, ReplyCase[]> = {
  "flagged turns": [
    { name: "C30 refund-demand-2 #3: 'escalated… they'll get back to you'", ...upTo("C30-refund-demand-2", 3), not: /passing me on's fine/i },
    { name: "C29 refund-demand-3 #3: 'someone… will definately be in touch'", ...upTo("C29-refund-demand-3", 3), matches: PRESSES_WHEN, not: /don't care how/i },
    { name: "C30 billing-error-2 #3: '…very soon to get it all sorted, ok?'", ...upTo("C30-billing-error-2", 3), matches: PRESSES_WHEN, not: /where the money went/i },
    { name: "C29 policy-exception-1 #2: the pool taken in the pause, York offered", ...upTo("C29-policy-exception-1", 2), matches: /york/i, not: /i swim, mostly/i },
    { name: "C29 cancellation-2 #3: broadband taken in the pause, wifi calling offered", ...upTo("C29-cancellation-2", 3), not: /broadband's fine/i },
    { name: "C29 chat-complaint-3 #0: a template greeting", ...upTo("C29-chat-complaint-3", 0), not: TEMPLATE_THANKED },
    { name: "C30 chat-complaint-1 #0: 'Dear Valued Customer…'", ...upTo("C30-chat-complaint-1", 0), not: TEMPLATE_THANKED },
    { name: "C29 chat-complaint-3 #2: 'I'm here for you 😊' with her Friday question standing", ...upTo("C29-chat-complaint-3", 2), not: /go on|thank you for actually replying/i },
  ],
};
describe("coherence round 26: C29's and C30's flagged turns as the readers saw them (seed 1, as rated)", () => describeReplyKinds(RATED, [1]));
