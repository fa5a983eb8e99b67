/** Lines an agent might say to the billing-error customer, for the learner tests (API and e2e share the idea). */
export const SKILLED_BILLING = [
  "I'm so sorry, Sandra. I can hear how worrying that charge is, especially after waiting so long on hold. I'm going to sort this out for you myself. Can you tell me what the extra line on the bill says?",
  "Thank you, that really helps. That equipment charge is for your old router: it's added automatically when a return hasn't been scanned in. Did you manage to send the old router back?",
  "That's brilliant, thank you. Because you have the Post Office receipt, I'll remove the £59.98 fee right now and refund it to your card today. It usually shows within 3 to 5 working days, so it will be back before Friday. I'll call you back on Thursday to check it has landed.",
  "Is there anything else I can help you with today?",
];

export const RUDE_BILLING = [
  "That's not my problem. You should have read your bill properly. Calm down.",
  "It's company policy, there's nothing I can do about it. You should have returned the router properly.",
  "Whatever. Stop shouting at me, it's your own fault. Take it or leave it.",
  "Look, I don't care, that's just how it is. Shut up and listen.",
  "You're being ridiculous. Not my problem.",
];
