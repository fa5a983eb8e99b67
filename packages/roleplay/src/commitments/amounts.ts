import type { Money } from "@defuse/content";
import { wordTable } from "./word-table";

const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, grand: 1000 };
const CURRENCY_SYMBOL: Record<string, Money["currency"]> = { "£": "GBP", $: "USD", "€": "EUR" };
const CURRENCY_WORD: Record<string, Money["currency"]> = {
  pound: "GBP", pounds: "GBP", quid: "GBP", gbp: "GBP", sterling: "GBP",
  dollar: "USD", dollars: "USD", bucks: "USD", usd: "USD", euro: "EUR", euros: "EUR", eur: "EUR",
};
const SLANG: Record<string, number> = { tenner: 10, fiver: 5, score: 20, pony: 25, ton: 100 };
// (read through Maps: see word-table.ts, speed round 24)
const UNITS_ = wordTable(UNITS);
const TENS_ = wordTable(TENS);
const SCALES_ = wordTable(SCALES);
const CURRENCY_SYMBOL_ = wordTable(CURRENCY_SYMBOL);
const CURRENCY_WORD_ = wordTable(CURRENCY_WORD);
const SLANG_ = wordTable(SLANG);
/** "the whole overpayment", "the entire amount": all of the sum in dispute. */
const WHOLE_OF = new Set(["amount", "overpayment", "overcharge", "sum", "lot", "balance", "bill", "refund", "charge", "payment", "thing", "difference"]);
/** Periods a share is given over: "25% off your next 4 boxes". */
const PERIODS = new Set(["box", "boxes", "month", "months", "bill", "bills", "order", "orders", "delivery", "deliveries", "week", "weeks"]);
/** "whatever they came to", "however much it cost": a sum promised with no limit. */
const OPEN_SUM = /^(?:whatever|however much) (?:it|they|that|this|those|the \S+|your \S+|your \S+ 's \S+|you \S+) (?:cost|costs|came to|come to|comes to|was|were|is|are|adds up to|added up to|lost|earn|earned|make|made)$/;

/** A number written in digits or words starting at token i: its value and the index after it. */
export function parseNumber(toks: string[], i: number): { value: number; end: number } | null {
  const t = toks[i];
  if (t === undefined) return null;
  const digits = /^\d[\d,]*(?:\.\d+)?k?$/.exec(t);
  if (digits) {
    let v = Number(t.replace(/,/g, "").replace(/k$/, ""));
    if (t.endsWith("k")) v *= 1000;
    return Number.isFinite(v) ? { value: v, end: i + 1 } : null;
  }
  // words: "two hundred and eighty", "twenty - five", "a hundred", "three hundred and forty - nine"
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < toks.length) {
    const w = toks[j]!;
    if (UNITS_.has(w) && !((w === "a" || w === "an" || w === "one") && !SCALES_.has(toks[j + 1]))) {
      current += UNITS_.get(w)!;
      any = true;
      j++;
    } else if (TENS_.has(w)) {
      current += TENS_.get(w)!;
      any = true;
      j++;
      if (toks[j] === "-" && UNITS_.has(toks[j + 1])) {
        current += UNITS_.get(toks[j + 1])!;
        j += 2;
      }
    } else if (SCALES_.has(w) && any) {
      if (w === "hundred") current = Math.max(1, current) * 100;
      else {
        total += Math.max(1, current) * SCALES_.get(w)!;
        current = 0;
      }
      j++;
    } else if (w === "and" && any && (UNITS_.has(toks[j + 1]) || TENS_.has(toks[j + 1]))) {
      j++;
    } else break;
  }
  if (!any) return null;
  return { value: total + current, end: j };
}

export interface AmountHit {
  money: Money;
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  /**
   * "half", "the full amount", "every penny": read against the scenario's sum in dispute; "25% off your next 4
   * boxes" a share of it (times the periods named); "whatever they came to" a sum with no limit (`open`).
   */
  relative?: "half" | "full" | "share" | "open";
}

/**
 * Sums of money in a run of normalised tokens: "£15", "15 pounds", "fifteen quid", "a tenner",
 * "fifty - pound voucher", and with `basis` "half" or "the full amount".
 */
export function findAmounts(toks: string[], basis: Money | undefined): AmountHit[] {
  const out: AmountHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const sym = CURRENCY_SYMBOL_.get(t);
    if (sym) {
      const n = parseNumber(toks, i + 1);
      if (n) {
        out.push({ money: { amount: n.value, currency: sym }, start: i, end: n.end });
        i = n.end - 1;
      }
      continue;
    }
    if ((t === "a" || t === "one") && SLANG_.has(toks[i + 1])) {
      out.push({ money: { amount: SLANG_.get(toks[i + 1])!, currency: "GBP" }, start: i, end: i + 2 });
      i++;
      continue;
    }
    if (t === "whatever" || t === "however") {
      // the longest phrase first, three to six tokens ("whatever it costs", "whatever your day 's wages were": lead, round 23)
      let m: RegExpExecArray | null = null;
      for (let n = 6; n >= 3 && !m; n--) m = OPEN_SUM.exec(toks.slice(i, i + n).join(" "));
      if (m) {
        const len = m[0].split(" ").length;
        out.push({ money: { amount: Number.POSITIVE_INFINITY, currency: basis?.currency ?? "GBP" }, start: i, end: i + len, relative: "open" });
        i += len - 1;
        continue;
      }
    }
    const n = parseNumber(toks, i);
    if (n && basis && (toks[n.end] === "%" || toks[n.end] === "percent" || (toks[n.end] === "per" && toks[n.end + 1] === "cent"))) {
      // a share of the sum in dispute, over as many periods as are named after it ("25% off ur next 4 boxes")
      const end = toks[n.end] === "per" ? n.end + 2 : n.end + 1;
      let times = 1;
      for (let j = end; j < Math.min(toks.length, end + 6); j++) {
        const c = parseNumber(toks, j);
        if (c && PERIODS.has(toks[c.end] ?? "") && c.value < 100) {
          times = c.value;
          break;
        }
      }
      out.push({ money: { amount: (basis.amount * n.value * times) / 100, currency: basis.currency }, start: i, end, relative: "share" });
      i = end - 1;
      continue;
    }
    if (n) {
      let k = n.end;
      // "thirty-odd quid", "fifty-ish pounds": about that sum (at least it)
      if (toks[k] === "-" && /^(?:odd|ish)$/.test(toks[k + 1] ?? "")) k += 2;
      else if (/^(?:odd|ish)$/.test(toks[k] ?? "")) k++;
      if (toks[k] === "-") k++;
      const cur = CURRENCY_WORD_.get(toks[k] ?? "");
      if (cur) {
        out.push({ money: { amount: n.value, currency: cur }, start: i, end: k + 1 });
        i = k;
        continue;
      }
      // a bare number the words make money: "thirty in credit", "twenty off", "a credit of thirty"
      const next = toks[n.end] === "in" ? toks[n.end + 1] : toks[n.end];
      const prev = `${toks[i - 2] ?? ""} ${toks[i - 1] ?? ""}`;
      if (
        (next !== undefined && /^(?:credit|off|voucher|compensation|goodwill|compo)$/.test(next)) ||
        /(?:credit|voucher|compensation|refund|discount|payment) (?:of|for)$/.test(prev)
      ) {
        out.push({ money: { amount: n.value, currency: basis?.currency ?? "GBP" }, start: i, end: n.end });
        i = n.end - 1;
        continue;
      }
      i = n.end - 1;
      continue;
    }
    if (basis) {
      if (t === "half" && toks[i - 1] !== "a" && toks[i + 1] !== "an" && toks[i + 1] !== "hour") {
        out.push({ money: { amount: basis.amount / 2, currency: basis.currency }, start: i, end: i + 1, relative: "half" });
      } else if (
        (t === "full" && (toks[i + 1] === "amount" || toks[i + 1] === "price" || toks[i + 1] === "refund" || toks[i - 1] === "in")) ||
        (t === "everything" && toks[i + 1] === "back") ||
        ((t === "whole" || t === "entire") && WHOLE_OF.has(toks[i + 1] ?? ""))
      ) {
        out.push({ money: { ...basis }, start: i, end: i + 1, relative: "full" });
      } else if (t === "every" && (toks[i + 1] === "penny" || toks[i + 1] === "cent")) {
        out.push({ money: { ...basis }, start: i, end: i + 2, relative: "full" });
        i++;
      }
    }
  }
  return out;
}
