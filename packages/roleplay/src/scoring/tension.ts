/**
 * Estimated tension of a real customer, read from their own words. A practice call has a simulated
 * customer whose tension the engine knows; a real call has only what the customer said, so this reads
 * the frustration and anger signals in it (strong words, threats to leave or complain, insults,
 * shouting, exclamation marks, being passed around) and the signals that they are calming (thanks,
 * agreement). Every estimate comes with a reason quoting the customer, worded like the practice meter's.
 */

export interface TensionSignal {
  kind: "anger" | "frustration" | "threat" | "abuse" | "shouting" | "exclamation" | "calming";
  /** The customer's words that show it. */
  quote: string;
  weight: number;
}

export interface TensionReading {
  /** 0..100 after this customer turn. */
  tension: number;
  before: number;
  signals: TensionSignal[];
  /** The customer insulted or swore at the agent in this turn. */
  abusive: boolean;
  /** One sentence, quoting the customer, saying why the estimate moved. */
  reason: string;
}

/** Where an estimate starts when the customer has said nothing yet: a caller who rings in is not calm. */
export const BASELINE_TENSION = 35;

const FAMILIES: { kind: TensionSignal["kind"]; weight: number; re: RegExp }[] = [
  {
    kind: "abuse",
    weight: 18,
    re: /\b(?:f+u+c+k\w*|shit\w*|crap|bloody|damn\w*|bastard\w*|idiot\w*|stupid|moron\w*|clown\w*|useless (?:lot|people|idiots?)|bollocks)\b/gi,
  },
  {
    kind: "anger",
    weight: 12,
    re: /\b(?:ridiculous|unacceptable|disgusting|disgrace(?:ful)?|outrageous|pathetic|useless|incompetent|furious|livid|fuming|angry|appalling|shocking|scandalous|rubbish|scam|liars?|lying|a joke|daylight robbery)\b/gi,
  },
  {
    kind: "frustration",
    weight: 8,
    re: /\b(?:fed up|sick (?:and tired )?of|had enough|third time|(?:second|fourth|fifth) time|every (?:single )?time|how many times|nobody|no one|no-one|waste of (?:my )?time|on hold|keep (?:being|getting) (?:passed|transferred|told|cut off)|still (?:not|haven'?t|hasn'?t|waiting|no)|again\?|frustrat\w*|annoy\w*|stressed|worried sick|can'?t believe|don'?t tell me)\b/gi,
  },
  {
    kind: "threat",
    weight: 10,
    re: /\b(?:cancel\w*|complain\w*|complaint|ombudsman|solicitor|lawyer|court|trading standards|(?:your |a |the )?manager|supervisor|switch(?:ing)? (?:provider|to)|take my business|social media|bad review|leave (?:you|this company))\b/gi,
  },
  {
    kind: "calming",
    weight: -14,
    re: /\b(?:thank you|thanks|cheers|that'?s (?:great|fine|fair|brilliant|perfect|helpful|good)|sounds good|that helps|appreciate (?:it|that)|perfect|brilliant|lovely|great|ok(?:ay)?,? (?:then|that works)|that works|makes sense)\b/gi,
  },
];

const KIND_WORDS: Record<TensionSignal["kind"], string> = {
  anger: "anger",
  frustration: "frustration",
  threat: "a threat to leave or complain",
  abuse: "abuse",
  shouting: "shouting",
  exclamation: "exclamation",
  calming: "calming",
};

const quote = (s: string, max = 40) => {
  const t = s.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t}"`;
};

/** The frustration, anger and calming signals in one customer turn, strongest first. */
export function tensionSignals(text: string): TensionSignal[] {
  const out: TensionSignal[] = [];
  const t = text.replace(/[\u2018\u2019]/g, "'");
  for (const f of FAMILIES) {
    const seen = new Set<string>();
    for (const m of t.matchAll(f.re)) {
      const k = m[0].toLowerCase();
      if (seen.has(k)) continue;
      seen.add(k);
      // "not angry", "no complaints": a negated word is not a signal
      const before = t.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if ((f.kind === "anger" || f.kind === "threat") && /(?:\bnot|\bno|\bnever|n't)\s+(?:\w+\s+)?$/.test(before)) continue;
      out.push({ kind: f.kind, quote: m[0], weight: f.weight });
    }
  }
  const shouted = (t.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !/^(?:OK|ID|PIN|VAT|SMS|TV|BT|UK|USA|IBAN|DD)$/.test(w));
  if (shouted.length >= 2) out.push({ kind: "shouting", quote: shouted.slice(0, 3).join(" "), weight: 10 });
  const bangs = (t.match(/!/g) ?? []).length;
  if (bangs > 0) out.push({ kind: "exclamation", quote: "!".repeat(Math.min(bangs, 3)), weight: 4 * Math.min(bangs, 3) });
  // calming counts at most twice, so a polite sign-off does not wipe out a furious turn
  let calm = 0;
  return out
    .filter((s) => s.kind !== "calming" || ++calm <= 2)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

/**
 * The customer's tension after this turn: the first turn is read from the baseline; later turns move
 * from where the customer was by what their words show, and a turn with no signal settles a quarter of
 * the way back to the baseline, since nobody goes from furious to calm in one sentence.
 */
export function readTension(text: string, before: number | null): TensionReading {
  const signals = tensionSignals(text);
  const sum = signals.reduce((s, x) => s + x.weight, 0);
  const prev = before ?? BASELINE_TENSION;
  const moved =
    before === null ? prev + sum : signals.length === 0 ? prev + (BASELINE_TENSION - prev) / 4 : prev + 0.75 * sum;
  const tension = Math.max(0, Math.min(100, Math.round(moved)));
  const dir = tension < prev ? "Tension fell" : tension > prev ? "Tension rose" : "Tension held";
  const shown = signals.slice(0, 3).map((s) => `${quote(s.quote)} (${KIND_WORDS[s.kind]})`);
  const what = shown.length
    ? `the customer said ${shown.join(", ")}`
    : "no frustration, anger or calming signal in the customer's words";
  return {
    tension,
    before: prev,
    signals,
    abusive: signals.some((s) => s.kind === "abuse"),
    reason: `${dir} (${prev} → ${tension}): ${what}.`,
  };
}
