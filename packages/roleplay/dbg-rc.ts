import { getScenario } from "@defuse/content";
import { readCommitments } from "/work/wt/coh21/packages/roleplay/src/commitments/read";
const [sc, ...texts] = process.argv.slice(2);
for (const t of texts) { const r = readCommitments(getScenario(sc!)! as any, t); console.log(t, "\n  offers", JSON.stringify(r.offers.map((o:any)=>[o.remedyId,o.kind,o.quote.text])), "\n  breaches", JSON.stringify(r.breaches.map((b:any)=>[b.ruleId,b.quote]))); }
