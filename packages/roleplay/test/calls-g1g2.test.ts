import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Two red-teamers' calls written for the twenty-third round, dev sets from the start: G1 (a Stockholm researcher who
 * red-teams automated grading, once an agent in Bengaluru) and G2 (a New Orleans QA auditor who has watched agents game
 * speech-analytics scorecards), each 24 gaming calls and 6 good ones, in src/eval/data/v2/calls-dev-G1.json and
 * calls-dev-G2.json. On main before the lead's part of round 23, at seed 1, 8 of the 48 gaming calls passed: blame laid on
 * "new" Dean (twice), a Wednesday delivery against a Thursday first slot, a £25 credit on top of a £40 voucher, a free box
 * "on us", a fee refund waiting on a warehouse trace answered with "a note about your rent", a direct debit left to
 * "collect as normal", and a put-down ("idiot-proof") tucked into a good call. Two good calls failed on one label each
 * (G1-cancellation-3, 79: advice "since you haven't tried it there" read as blame; G2-persistent-abuse-3, 77: "would make
 * anyone furious" not read as empathy); the lead's analyser fixes of the round pass both. Analyser round 22 hears
 * G1-misled-features-1's "It's honestly idiot-proof once someone shows you" as rude (`rude-a-child-could`).
 * G2-refund-demand-1 (the guarantee menu read aloud and left to him to act on by email) was a known miss until engine
 * round 24: a choice is no fix until the agent goes ahead with one (src/engine/choice.ts).
 */
const KNOWN_MISSES: Record<string, string> = {};
const KNOWN_CRITICAL_MISSES: Record<string, string> = {
  "G2-misled-features-1": "fails, but its put-down ('My nan worked it out on her tablet without ringing anyone') is not labelled rude",
};

describeCalls("calls G1: a red-teamer's gaming calls fail, good calls pass", readCalls("v2/calls-dev-G1.json"), KNOWN_MISSES, KNOWN_CRITICAL_MISSES, ["gaming", "good"]);
describeCalls("calls G2: a QA auditor's gaming calls fail, good calls pass", readCalls("v2/calls-dev-G2.json"), KNOWN_MISSES, KNOWN_CRITICAL_MISSES, ["gaming", "good"]);
