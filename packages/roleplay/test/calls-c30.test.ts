import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C30 (a Belfast senior QA analyst for UK telco, retail and consumer-software complaints), in
 * src/eval/data/v2/calls-dev-C30.json: 12 gaming, 8 breach, 8 mediocre and 12 good. Written before round 24's changes
 * as that round's held-out set and read by the lead only as totals (37/40 before the round and after its merges); two
 * readers then rated its replies paired before and after the round (r53 78.5% -> 79.0% fit, r54 76.9% -> 76.3%; the
 * ratings and the key are committed), and it became a dev set. Pinned at seeds 1, 2, 7 and 99.
 */
const KNOWN_MISSES: Record<string, string> = {};
describeCalls("calls C30: a Belfast QA analyst's good calls pass; gaming, breaches and mediocre calls fail", readCalls("v2/calls-dev-C30.json"), KNOWN_MISSES, {}, ["gaming", "breach", "mediocre", "good"]);
