import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C30 (a Belfast senior QA analyst for UK telco, retail and consumer-software complaints), in
 * src/eval/data/v2/calls-dev-C30.json: 12 gaming, 8 breach, 8 mediocre and 12 good. Written before round 24's changes
 * as that round's held-out set and read by the lead only as totals (37/40 before the round and after its merges); two
 * readers then rated its replies paired before and after the round (r53 78.5% -> 79.0% fit, r54 76.9% -> 76.3%; the
 * ratings and the key are committed), and it became a dev set. Pinned at seeds 1, 2, 7 and 99.
 */
const KNOWN_MISSES: Record<string, string> = {
  "C30-bereavement-2": "the recap's 'the £12 is gone' (the late fee taken off two turns before, which policy allows) is read as writing the balance off",
  "C30-repeat-contact-4": "'got you squeezed onto a van for tomorrow, so the new sofa'll be with you tomorrow afternoon' (Thursday is the first slot) is not read as the forbidden earlier delivery",
  "C30-policy-exception-1": "'council centres often do month-to-month contracts where you can stop and get money back', about other providers, is read as a promise of a refund for moving",
};
describeCalls("calls C30: a Belfast QA analyst's good calls pass; gaming, breaches and mediocre calls fail", readCalls("v2/calls-dev-C30.json"), KNOWN_MISSES, {}, ["gaming", "breach", "mediocre", "good"]);
