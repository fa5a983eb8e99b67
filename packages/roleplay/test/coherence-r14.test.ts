import { describe, expect, it } from "vitest";
import { last, said } from "./helpers/replies";

/**
 * Coherence round 14: the kinds of misfit two independent readers found on dev14 (a "no" answering a question nobody
 * asked, "Got it?" answered "I couldn't tell you", a choice she made and the agent recorded put back to her, "whenever
 * works" to a time the agent had just booked, an offer to read out a number already read out, a refusal to give the
 * reading said in the same breath as the reading, a one-word welcome naming what was not offered, a formula apology
 * thanked as a real one), one block per mechanism, in wordings written for these tests (not the dev sets'). Every
 * case holds for several seeds, and every one fails on main.
 */
const SEEDS = [1, 2, 7, 99];

describe("a 'no' answers a question, so she does not say one when nothing was asked", () => {
  it("told the switch to monthly is done and the guide is on its way, she does not begin 'No, …'", () => {
    const turns = [
      "I'm sorry the sales chat told you that, it sounds like it caught you out badly. What did you need Premium for?",
      "Offline does come with Premium, but each album has to be switched on for it. I can move you to monthly at £7.99 and refund the £71.01 difference, if you'd like.",
      "Done. You're on monthly at £7.99 and £71.01 is on its way back to you, within 5 working days. I'm emailing you the set-up guide too, so it's ready before Saturday.",
    ];
    for (const seed of SEEDS) expect(last("misled-features", turns, seed)).not.toMatch(/^\W*(?:no|nope|nah)\b[,.!]/i);
  });
});

describe("'Got it?' asks whether she follows", () => {
  it("after set-up steps and 'Got it?' she says she follows, not that she couldn't tell", () => {
    const turns = [
      "Sure, Tom. You're out of contract, so no fee. Before I send the PAC, can I ask what's making you leave?",
      "Calls dropping at home is a real pain. I've turned wifi calling on for your line. On the phone, open Settings, then Phone, and switch on Wi-Fi Calling. Got it? Shout if it still drops.",
    ];
    for (const seed of SEEDS) {
      const reply = last("cancellation", turns, seed);
      expect(reply).not.toMatch(/couldn't tell you|not sure|don't really know/i);
      expect(reply).toMatch(/got it|makes sense/i);
    }
  });
});

describe("a choice she has made, recorded by the agent, is not put back to her", () => {
  it("'you'd rather leave, that's entirely your decision' is not answered by picking 'the first one'", () => {
    const turns = [
      "No problem, Tom. There's no exit fee as you're out of contract. Could I take your date of birth for security?",
      "Thanks. I understand you'd rather leave. That's entirely your decision. The PAC has gone to your phone by text.",
    ];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).not.toMatch(/first (?:one|option)|second (?:one|option)/i);
  });
});

describe("a call-back time the agent asks for and then books herself is not hers to name", () => {
  it("'What time of day suits you best? Friday at two, that's in my diary.' is not answered 'whenever'", () => {
    const turns = [
      "Mrs Hartley, I'm very sorry for your loss. Take your time. Could you give me your husband's name and the address on the letter?",
      "I'm sorry, I'll go slowly. Ken's payment didn't go through because the bank froze his account when he died. None of that is your fault.",
      "Right now I'm putting the account on hold for 60 days: no letters, no late fees, and the line stays on so your alarm keeps working. I've also removed the £12 late fee.",
      "I'd like to phone you to make sure the letters have stopped. What time of day suits you best? Friday at two, that's in my diary. Look after yourself, Mrs Hartley.",
    ];
    for (const seed of SEEDS) expect(last("bereavement", turns, seed)).not.toMatch(/whenever|any time|anytime|whatever's easiest/i);
  });
});

describe("what she has done is not offered again, nor refused in the same breath", () => {
  it("once she has read the tracking number out, she does not offer to read it out", () => {
    const turns = [
      "Thanks for waiting, Ms Whitlock. The extra £59.98 is a fee for an old router our system says never came back, so the charge stands, I'm afraid.",
      "Sorry, that wasn't fair of me. I told you it was right before asking whether you'd posted it, and it sounds like you did. Could you read me the tracking number from the receipt?",
      "Thanks. That shows it was handed in at the Post Office in May, so it reached us and just wasn't booked in. That's on us. I've removed the £59.98 now.",
    ];
    for (const seed of SEEDS) {
      const replies = said("billing-error", turns, seed);
      expect(replies[1]).toMatch(/KT 4471/);
      expect(replies[2]).not.toMatch(/let me read|read the number out/i);
    }
  });

  it("a caller asked for his meter reading does not say he won't tell anything and then read it out", () => {
    const turns = [
      "If anyone's the idiot on this call, it's you, mate.",
      "I apologise, Mr Cole. That was out of line and I shouldn't have said it. I want to get this bill right, so let's keep to the bill. Could you read me the meter?",
    ];
    for (const seed of SEEDS) {
      const reply = last("abusive-caller", turns, seed);
      expect(reply).toMatch(/one four six eight two/i);
      expect(reply).not.toMatch(/not (?:telling|giving) you anything/i);
    }
  });
});

describe("a welcome names what was offered, even in one word", () => {
  it("a bill spread over months is not welcomed as 'Wiped?'", () => {
    const turns = [
      "I'm here to help with the bill, Mr Cole, and I'd ask that we keep it civil. What's happened?",
      "I'm sorry, the estimate is because your smart meter stopped sending readings, and fixing that is our job. Can you read the meter for me now?",
      "14,682, thanks. I'll reissue the bill from that within 48 hours, about £236 instead of £412, and I've held tomorrow's direct debit until it's out.",
      "I've booked the first engineer slot, next Tuesday, reference BW-10442.",
      "If it helps your cash flow, I can spread the corrected bill over up to six months at no extra cost. Anything else I can help with?",
    ];
    for (const seed of SEEDS) expect(last("abusive-caller", turns, seed)).not.toMatch(/\bwiped\?/i);
  });
});

describe("a formula apology is not thanked as a real one", () => {
  it("'Sorry for any inconvenience' after telling her the fee stands gets no thanks for saying sorry", () => {
    const turns = [
      "The £59.98 is for your old router, and our system says it never came back, so the fee is correct.",
      "I'm sorry for any inconvenience caused. I can pass a query to the warehouse.",
    ];
    for (const seed of SEEDS) expect(last("billing-error", turns, seed)).not.toMatch(/thank you for saying sorry|stop shouting at you/i);
  });
});
