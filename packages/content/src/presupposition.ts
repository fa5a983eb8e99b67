import type { CustomerLine, Scenario } from "./schema";

/**
 * A customer line may only take as said what the call established. A line that names an amount, a
 * weekday, an agent's time frame or a remedy as something the agent said or did must carry a
 * precondition that the agent said it (`said`) or promised it (`breached`); a remedy may also rest on
 * having been offered (`offered`), but an amount, day or time frame echoes the agent's own words, so it
 * needs `said` (an offered refund says nothing about "3-5 days" unless the agent said so).
 * Exempt: words the customer brings herself (her opening, her facts, her situation and what she wants,
 * the scenario's summary of her case), and remedies she demands or asks about ("I want a manager",
 * "is there a supervisor?", "I asked for a refund").
 */
const AMOUNT =
  /£\s?\d[\d,.]*|\b\d+(?:\.\d+)?\s?(?:pounds|quid)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[- ](?:pounds|quid)\b/gi;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
/** Time frames an agent commits to: "tomorrow", "next week", "3-5 working days", "two hours". */
const FRAME = /\b(?:tomorrow|next week|(?:\d+(?:\s?(?:-|to)\s?\d+)?|one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|ninety)[- ](?:working[- ])?(?:days?|weeks?|hours?))\b/gi;
const REMEDY = /\b(?:refund(?:ed|s)?|replacement|repair|voucher|credit(?:ed)?|engineer|manager|supervisor|freeze|discount|compensation|waived?)\b/gi;
/** A sentence in which she asks for something rather than takes it as offered. */
const DEMAND = /\?|\b(?:i want|i'd like|i would like|i asked for|i'm asking for|put me through|get me|give me|i need|not a|no,? not)\b/i;

export interface Presupposition {
  where: string;
  kind: "amount" | "weekday" | "time frame" | "remedy";
  words: string;
  text: string;
}

const textOf = (l: CustomerLine) => (typeof l === "string" ? l : l.text);

/** The lines of a scenario that take an amount, day, time frame or remedy as said without a precondition. */
export function unfoundedPresuppositions(s: Scenario): Presupposition[] {
  const own = [s.summary, s.openingLine, s.openingLineMild ?? "", s.persona.situation, s.persona.wants, ...s.persona.facts.map((f) => f.customerLine)].join(" ").toLowerCase();
  const out: Presupposition[] = [];
  const check = (l: CustomerLine, where: string) => {
    const w = typeof l === "string" ? undefined : l.when;
    // an amount, day or time frame echoes the agent's own words (`said`); a remedy may also rest on its offer
    const saidIt = (w?.said?.length ?? 0) + (w?.breached?.length ?? 0) > 0;
    const offeredIt = saidIt || (w?.offered?.length ?? 0) > 0;
    if (saidIt) return;
    for (const text of typeof l === "string" || !l.mild ? [textOf(l)] : [l.text, l.mild]) checkText(text, where, offeredIt);
  };
  const checkText = (text: string, where: string, offeredIt: boolean) => {
    const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [text];
    for (const sentence of sentences) {
      for (const [kind, re] of [
        ["amount", AMOUNT],
        ["weekday", WEEKDAY],
        ["time frame", FRAME],
        ["remedy", REMEDY],
      ] as const) {
        for (const m of sentence.matchAll(re)) {
          const words = m[0].toLowerCase();
          if (own.includes(words)) continue;
          if (kind === "remedy" && (offeredIt || DEMAND.test(sentence))) continue;
          out.push({ where, kind, words: m[0], text });
        }
      }
    }
  };
  for (const [group, lines] of Object.entries(s.lines)) {
    // escalated lines are her demand to be passed on ("Get me your manager"), a cut-off her reaction to it
    if (group === "escalated" || group === "cutOff") continue;
    lines.forEach((l, i) => check(l, `lines.${group}[${i}]`));
  }
  for (const c of s.engine.concerns) check(c.raise, `concern '${c.id}' raise`);
  return out;
}

export function presuppositionProblems(s: Scenario): string[] {
  return unfoundedPresuppositions(s).map(
    (p) => `scenario '${s.id}' ${p.where}: "${p.text}" names the ${p.kind} "${p.words}" as said, with no \`said\`, \`offered\` or \`breached\` precondition (the agent may never have said it)`,
  );
}
