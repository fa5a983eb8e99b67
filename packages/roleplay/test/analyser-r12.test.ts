import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";

/**
 * Analyser round 12 (issue 11, part 4: pitfall recall on authors the model never saw): the cue families written
 * from the taxonomy's definitions of rude, dismissive and argue, each with the near-misses a trainer would not
 * call that pitfall. These check the rule table; the model weighs the cues (and asserts a label only from a cue
 * precise on every training author).
 */
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);

describe("rude: contempt for repeating, dares, ultimatums, talking down, exasperation", () => {
  it("counting out how often she has been told; not a plain 'as I mentioned' or her being let down three times", () => {
    expect(fires("I've told you twice. No refund today.", "rude-repeat-count")).toBe(true);
    expect(fires("Yes, you've said that about five times now.", "rude-repeat-count")).toBe(true);
    expect(fires("Third time lucky, eh?", "rude-repeat-count")).toBe(true);
    expect(fires("As I mentioned, the refund is on its way.", "rude-repeat-count")).toBe(false);
    expect(fires("You've been let down by us three times and I'm going to change that.", "rude-repeat-count")).toBe(false);
  });
  it("daring her to complain; not telling her she may leave a review", () => {
    expect(fires("Go ahead and post your reviews, sir. It won't change anything.", "rude-dare-complain")).toBe(true);
    expect(fires("Report me, go on, I'm not scared of you.", "rude-dare-complain")).toBe(true);
    expect(fires("You're entitled to leave a review, of course, and I'd rather fix this first.", "rude-dare-complain")).toBe(false);
    expect(fires("Feel free to call us back if the parcel isn't there by Friday.", "rude-dare-complain")).toBe(false);
    expect(fires("Go ahead and cancel the old order, I'll place the new one.", "rude-dare-complain")).toBe(false);
  });
  it("an ultimatum with no wish to help is a threat, not the taxonomy's respectful boundary", () => {
    expect(fires("Swear at me again and I'm closing the chat.", "rude-ultimatum")).toBe(true);
    expect(fires("Calm down, sir, or I'll end this call.", "rude-ultimatum")).toBe(true);
    expect(fires("Please stop swearing or I'll have to end the call.", "rude-ultimatum")).toBe(true);
    expect(fires("I do want to sort this out for you, so please stop swearing or I'll have to end the call.", "rude-ultimatum")).toBe(false);
    expect(fires("I'd much rather get this solved. Keep the language down, or I'll have to end the call.", "rude-ultimatum")).toBe(false);
  });
  it("a cold 'don't talk to me like that'; not when the turn goes on to help", () => {
    expect(fires("Don't talk to me like that.", "rude-like-that")).toBe(true);
    expect(fires("I won't be spoken to like that. Watch your language.", "rude-like-that")).toBe(true);
    expect(fires("Please don't speak to me like that, I want to help you get this sorted.", "rude-like-that")).toBe(false);
  });
  it("'you're lucky I'm even…'; not luck about the warranty", () => {
    expect(fires("Technically you're outside the 30 days, so you're lucky I'm even looking at this.", "rude-lucky")).toBe(true);
    expect(fires("You're lucky that the warranty still covers it, so I can send a new one.", "rude-lucky")).toBe(false);
  });
  it("checking she can follow; not asking which language she wants or the agent not working something out", () => {
    expect(fires("I'll say it again, dear, the bill hasn't been paid. Do you understand?", "rude-can-you-follow")).toBe(true);
    expect(fires("sorry, can you say that again in English?", "rude-can-you-follow")).toBe(true);
    expect(fires("Would you like the letter in English or in Welsh?", "rude-can-you-follow")).toBe(false);
    expect(fires("I can't work out why the system sent that, so I'm raising it with billing.", "rude-can-you-follow")).toBe(false);
  });
  it("an exasperated opening; not surprise on her behalf or a 'here we go' that finds the order", () => {
    expect(fires("wow ok. good morning to you too", "rude-exasperated")).toBe(true);
    expect(fires("Oh here we go. Look, if you don't like it, don't buy annual next time.", "rude-exasperated")).toBe(true);
    expect(fires("Wow, twenty minutes on hold and then cut off. I'm so sorry.", "rude-exasperated")).toBe(false);
    expect(fires("Here we go, I've found your order from Tuesday.", "rude-exasperated")).toBe(false);
  });
});

describe("dismissive: set against something worse, shrunk by scale, told how to feel", () => {
  it("her problem set against a worse one; not the agent owning it", () => {
    expect(fires("Go on, ring the papers about a sofa. It's a sofa, not a scandal.", "dis-not-a-disaster")).toBe(true);
    expect(fires("It's a leaky machine, it's not like your house has flooded.", "dis-not-like")).toBe(true);
    expect(fires("That's on us, not you.", "dis-not-a-disaster")).toBe(false);
    expect(fires("It's not your fault, it's ours.", "dis-not-like")).toBe(false);
    expect(fires("It's like the router lost its settings overnight, so I'll reset it.", "dis-not-like")).toBe(false);
  });
  it("shrinking it by scale; not an apology that it happens too often", () => {
    expect(fires("It's a gym membership, it's hardly the end of the world.", "dis-scale")).toBe(true);
    expect(fires("It's a bit of water, sir. Stick a towel under it for now.", "dis-scale")).toBe(true);
    expect(fires("Two working days isn't long.", "dis-scale")).toBe(true);
    expect(fires("I'm sorry, parcels go missing all the time with that depot and it's not good enough.", "dis-scale")).toBe(false);
  });
  it("telling her how to feel or behave; not the agent's own 'I'd like to help'", () => {
    expect(fires("Sorry about the bill, but getting wound up isn't going to help either of us.", "dis-how-to-feel")).toBe(true);
    expect(fires("I understand, but there's really no need to start threatening reviews.", "dis-how-to-feel")).toBe(true);
    expect(fires("Stop shouting at me.", "dis-how-to-feel")).toBe(true);
    expect(fires("I can't help while you're shouting, so let's stop shouting and I want to help you sort it.", "dis-how-to-feel")).toBe(false);
  });
});

describe("argue: correcting her word, defending the company or the product, doubting her account", () => {
  it("her word corrected to another; not the agent owning the fault", () => {
    expect(fires("It's not a scam, it's an estimate. There's a difference.", "arg-not-x-its-y")).toBe(true);
    expect(fires("It's not daft, it's completely standard.", "arg-not-x-its-y")).toBe(true);
    expect(fires("It's not your mistake, it's ours, and I'm sorry.", "arg-not-x-its-y")).toBe(false);
  });
  it("the company defended against her charge", () => {
    expect(fires("We're not profiting from anything, madam, you signed up to an annual contract.", "arg-defend-company")).toBe(true);
    expect(fires("ma'am our system doesn't make mistakes like that", "arg-defend-company")).toBe(true);
    expect(fires("Nobody lied to you, there's just been a mix-up.", "arg-defend-company")).toBe(true);
    expect(fires("I'm sorry nobody answered you on Saturday.", "arg-defend-company")).toBe(false);
  });
  it("doubting her account; not asking what she tried", () => {
    expect(fires("Did you check properly, sir?", "arg-doubt-her")).toBe(true);
    expect(fires("There's no record of any previous call on here, are you sure you called this number?", "arg-doubt-her")).toBe(true);
    expect(fires("What have you tried so far with the router?", "arg-doubt-her")).toBe(false);
  });
  it("defending the product; not 'you'll be back online' or an explained difference", () => {
    expect(fires("It's one of our best sellers, actually.", "arg-defend-product")).toBe(true);
    expect(fires("that eighteen pound deal won't be what it looks like, trust me, you'll be back", "arg-defend-product")).toBe(true);
    expect(fires("You'll be back online by five, and I'll text you when it's done.", "arg-defend-product")).toBe(false);
    expect(fires("The new plan is completely different because the calls are included, so you'd save £6.", "arg-defend-product")).toBe(false);
  });
});

describe("blame: her agreement held against her, the fault handed to someone else", () => {
  it("her own agreement held against her; not asking what she was told when she signed", () => {
    expect(fires("You did agree to the terms when you joined.", "blame-you-agreed")).toBe(true);
    expect(fires("Well it's up to customers to check their tariff when the handset's paid off.", "blame-you-agreed")).toBe(true);
    expect(fires("Can you tell me what the salesperson said about the price?", "blame-you-agreed")).toBe(false);
  });
  it("the fault handed to another party; not an apology that someone should have called, nor owning it", () => {
    expect(fires("Courier'll contact you. If they mess it up that's on them, not us.", "blame-on-them")).toBe(true);
    expect(fires("Agents aren't actually allowed to promise dates, so he shouldn't have said that.", "blame-on-them")).toBe(true);
    expect(fires("I'm sorry about the emails. Someone should have got back to you the first time.", "blame-on-them")).toBe(false);
    expect(fires("We dropped the ball on the meter, that's on us, and I'm booking it now.", "blame-on-them")).toBe(false);
  });
});

describe("options: two offers joined by 'or'", () => {
  it("two things the agent can do, the second brought in by 'or'; not one offer with an 'or' question", () => {
    expect(fires("I can move your eight months to York at no cost. Or, if there's someone here who'd use it, I can transfer them once, free.", "opt-or-i-can")).toBe(true);
    expect(fires("I can refund the £40 today. Is that okay, or would you rather think about it?", "opt-or-i-can")).toBe(false);
  });
});

describe("rude: likening her to a child", () => {
  it("an insult; not when negated", () => {
    expect(fires("Honestly, threatening reviews everywhere like a toddler throwing his toys out isn't going to help.", "rude-like-a-child")).toBe(true);
    expect(fires("I'm not going to treat you like a child, so here are the full figures.", "rude-like-a-child")).toBe(false);
  });
});
