import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C27 (a Cork complaints-handling compliance trainer: Irish and UK energy, insurance and mobile
 * accounts), in src/eval/data/v2/calls-dev-C27.json: 12 gaming, 8 breach, 8 mediocre and 12 good. Held out for the
 * twenty-third round and read by the lead only as totals until every helper's work was merged: 35/40 before the round and
 * 35/40 after it (gaming 10/12, breach 6/8, good 11/12). Two readers then rated its replies, paired before and after (r49
 * 80.3% -> 81.2% fit, r50 80.3% -> 80.7%; the ratings and the key are committed). It became a dev set after that, and the
 * lead's last fixes of the round came from it: "Tuesday week", the agent's own call back, a month zeroed, wages
 * reimbursed "whatever they were", a put-down beside a proper ending, a cold warning. Pinned at seeds 1, 2, 7 and 99.
 */
describeCalls("calls C27: a Cork compliance trainer's good calls pass; gaming, breaches and mediocre calls fail", readCalls("v2/calls-dev-C27.json"), {}, {}, ["gaming", "breach", "mediocre", "good"]);
