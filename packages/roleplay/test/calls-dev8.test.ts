import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Engine round 9: 40 whole calls by author V (a customer-experience consultant persona auditing UK/AU contact
 * centres, who saw only the taxonomy and the scenario briefs), in src/eval/data/calls-dev8.json, copied verbatim:
 * 8 excellent, 8 good, 4 recoveries, 2 proper endings, 8 mediocre, 5 gaming, 5 breaches. Tuned on in this round, so
 * a dev set now. Before the round 34/40 got the expected verdict (excellent 7/8, breach 4/5, gaming 4/5).
 */
/**
 * Calls that do not get the author's verdict yet, with why: none. (v-persistent-abuse-1 passes since engine round 10: "a
 * parcel marked delivered that isn't there … is properly stressful" is read as empathy by the definition, 74 → 86;
 * v-bereavement-3 too: "I'm very sorry about Ken." two sentences after the stock "Oh, Joan, I'm so sorry." is the
 * apology she heard, ongoing 72 → resolved 92. v-cancellation-2 since engine round 17: "Can I just ask what's behind
 * the move?" asks why he is leaving, so he tells of the signal and it is an open question; "And wifi calling would stop
 * the calls dropping at home. I can switch it on now." acts on the worry it names, 69 ongoing → 89 resolved.)
 */
const KNOWN_MISSES: Record<string, string> = {};

describeCalls("calls-dev8: a new author's good and excellent calls pass, the rest fail", readCalls("calls-dev8.json"), KNOWN_MISSES);
